package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per framing rule, on the first cue of sentences of our own. */
class FramingTest {

    private static Cue act(String sentence) {
        return CueLexicon.first(sentence);
    }

    @Test
    void theFirstCueNamesTheAct() {
        assertThat(act("Norvania demanded that Belstad refuse the deal.").type()).isEqualTo("REQUEST");
    }

    @Test
    void negatedCooperationRejects() {
        assertThat(act("Norvania failed to reach agreement with Belstad.").type()).isEqualTo("REJECT");
    }

    @Test
    void intentToCooperateAgrees() {
        Cue c = act("Norvania said it will release the Belstad prisoners.");
        assertThat(c.type()).isEqualTo("AGREE");
        assertThat(c.mode()).isEqualTo("future");
    }

    @Test
    void intentToHarmThreatens() {
        assertThat(act("Norvania said it would attack Belstad.").type()).isEqualTo("THREATEN");
    }

    @Test
    void anObligationIsADemand() {
        assertThat(act("Norvania said Belstad must return the ship.").type()).isEqualTo("REQUEST");
    }

    @Test
    void aConditionIsHypothetical() {
        assertThat(act("If talks fail, Norvania could attack Belstad.").mode()).isEqualTo("hypothetical");
    }

    @Test
    void reportingVerbsAreNoActs() {
        assertThat(act("Norvania said on Monday that it was satisfied.")).isNull();
    }
}
