package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreWordCharactersWithCaseKept() {
        assertThat(ShingleScore.tokens("It's 9:30 \u2014 S\u00e3o_Paulo, na\u00efve!")).containsExactly(
                "It", "s", "9", "30", "S\u00e3o_Paulo", "na\u00efve");
    }

    @Test
    void identicalTextsScoreOneAndDisjointZero() {
        ShingleScore.Page same = ShingleScore.page("one two three four five", "one two three four five");
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
        ShingleScore.Page none = ShingleScore.page("one two three four five", "six seven eight nine ten");
        assertThat(none.precision()).isZero();
        assertThat(none.recall()).isZero();
    }

    @Test
    void extraTextCostsPrecisionOnlyAndIsNormalisedPerPage() {
        // truth has 2 shingles; prediction has them plus 2 more
        ShingleScore.Page p = ShingleScore.page("a b c d e", "a b c d e f g");
        assertThat(p.tp()).isCloseTo(0.5, within(1e-9));
        assertThat(p.fp()).isCloseTo(0.5, within(1e-9));
        assertThat(p.fn()).isZero();
        assertThat(p.recall()).isEqualTo(1.0);
        assertThat(p.precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextsAreOneShorterShingleAndRepeatsCountAsAMultiset() {
        assertThat(ShingleScore.page("a b", "a b").precision()).isEqualTo(1.0);
        ShingleScore.Page p = ShingleScore.page("x y z w x y z w", "x y z w");
        assertThat(p.recall()).isCloseTo(1.0 / 5, within(1e-9));
    }

    @Test
    void f1ComesFromAveragedPrecisionAndRecall() {
        ShingleScore.Totals t = ShingleScore.totals(List.of(new ShingleScore.Page(0.5, 0.5, 0), new ShingleScore.Page(1, 0, 0),
                new ShingleScore.Page(0, 0, 0)));
        // the empty page defines neither precision nor recall
        assertThat(t.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(t.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(t.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
        assertThat(t.n()).isEqualTo(3);
    }
}
