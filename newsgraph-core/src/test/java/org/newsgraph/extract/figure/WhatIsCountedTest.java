package org.newsgraph.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Figure;

class WhatIsCountedTest {

    private static Figure only(String sentence) {
        List<Figure> f = FigureStage.find(Texts.of(sentence).build());
        assertThat(f).as(sentence).hasSize(1);
        return f.get(0);
    }

    private static String counts(String sentence) {
        return only(sentence).counts();
    }

    @Test
    void theNounSaysWhatIsCounted() {
        assertThat(counts("The navy keeps 900 sailors at the base.")).isEqualTo("troops");
        assertThat(counts("The convoy carried 40 foreign hostages home.")).isEqualTo("hostages");
        assertThat(counts("Guards moved 300 detainees to a new camp.")).isEqualTo("prisoners");
        assertThat(counts("The camp now holds 12,000 refugees.")).isEqualTo("displaced");
        assertThat(counts("The group has about 5,000 fighters in the hills.")).isEqualTo("fighters");
        assertThat(counts("Rebels launched dozens of drone and artillery attacks overnight.")).isEqualTo("attacks");
        assertThat(counts("The air force flew 70 sorties.")).isEqualTo("strikes");
        assertThat(counts("The valley had its 450,000 population counted.")).isEqualTo("population");
        assertThat(counts("Police said 2,000 protesters gathered.")).isEqualTo("protesters");
    }

    @Test
    void whatHappenedWinsOverWhatTheyAre() {
        assertThat(counts("The army said it had killed 230 militants.")).isEqualTo("killed");
        assertThat(counts("Eleven soldiers were wounded in the ambush.")).isEqualTo("wounded");
        assertThat(counts("At least 14 fishermen remain missing.")).isEqualTo("missing");
        assertThat(counts("Officers arrested 45 people after the march.")).isEqualTo("arrested");
        assertThat(counts("Gunmen abducted twenty-five pupils.")).isEqualTo("hostages");
        assertThat(counts("The floods displaced hundreds of thousands of people.")).isEqualTo("displaced");
        assertThat(counts("The toll from the quake rose to 3,100.")).isEqualTo("killed");
        assertThat(counts("Seven people died in the fire.")).isEqualTo("killed");
    }

    @Test
    void aVerbBehindAPrepositionBelongsToAnotherPhrase() {
        assertThat(counts("Guards were killed in 30 attacks last year.")).isEqualTo("attacks");
    }

    @Test
    void otherKeepsItsNoun() {
        Figure f = only("Volunteers planted 4,000 olive trees.");
        assertThat(f.counts()).isEqualTo("other");
        assertThat(f.noun()).isEqualTo("olive trees");
    }

    @Test
    void moneyCarriesItsCurrency() {
        Figure f = only("The donors pledged $1.5 billion for reconstruction.");
        assertThat(f.counts()).isEqualTo("money");
        assertThat(f.unit()).isEqualTo("USD");
        assertThat(f.value()).isEqualTo(1.5e9);
        assertThat(only("The fine was 20 million euros.").unit()).isEqualTo("EUR");
    }

    @Test
    void vagueQuantitiesAreFiguresWithARange() {
        Figure f = only("Tens of thousands of people marched.");
        assertThat(f.vague()).isTrue();
        assertThat(f.value()).isNull();
        assertThat(f.low()).isEqualTo(20_000d);
        assertThat(f.high()).isEqualTo(99_999d);
        assertThat(f.text()).isEqualTo("Tens of thousands");
    }

    @Test
    void boundsOpenTheRangeOnTheHedgedSide() {
        Figure more = only("More than 600 homes burned.");
        assertThat(more.low()).isEqualTo(600d);
        assertThat(more.high()).isNull();
        assertThat(more.bound()).isEqualTo("lower");
        Figure upTo = only("Up to 90 boats sank.");
        assertThat(upTo.low()).isNull();
        assertThat(upTo.high()).isEqualTo(90d);
        assertThat(upTo.text()).isEqualTo("Up to 90");
    }
}
