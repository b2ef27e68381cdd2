package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiersTest {

    private static Qualifier of(String sentence) {
        List<Word> w = Words.of(sentence);
        List<Quantity> q = Quantities.find(w);
        assertThat(q).as(sentence).hasSize(1);
        return Qualifiers.of(w, q.get(0));
    }

    @Test
    void hedgesBeforeTheNumberWithTheirDirection() {
        String[][] cases = {
            {"more than 300 fled", "more than", "lower"}, {"at least 12 died", "at least", "lower"},
            {"some 800 marched", "some", "approximate"}, {"about 45 boats", "about", "approximate"},
            {"nearly 90 homes", "nearly", "upper"}, {"almost 70 trucks", "almost", "upper"},
            {"up to 500 guests", "up to", "upper"}, {"over 60 villages", "over", "lower"},
            {"the toll surpassed 9,000", "surpassed", "lower"}, {"roughly 2,000 tents", "roughly", "approximate"},
            {"around 14 ships", "around", "approximate"}, {"no more than 20 people", "no more than", "upper"},
            {"fewer than 10 cases", "fewer than", "upper"}, {"an estimated 4,000 people", "an estimated", "approximate"},
        };
        for (String[] c : cases) {
            Qualifier q = of(c[0]);
            assertThat(q).as(c[0]).isNotNull();
            assertThat(q.text()).as(c[0]).isEqualTo(c[1]);
            assertThat(q.bound()).as(c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void hedgesAfterTheNumber() {
        assertThat(of("40 or more boats").text()).isEqualTo("or more");
        assertThat(of("a 300-plus crowd").bound()).isEqualTo("lower");
    }

    @Test
    void onlyAdjacentWordsHedgeTheNumber() {
        assertThat(of("almost all of its 3.1 million people")).isNull();
        assertThat(of("more than half of the 400 workers")).isNull();
        assertThat(of("the 400 workers")).isNull();
    }
}
