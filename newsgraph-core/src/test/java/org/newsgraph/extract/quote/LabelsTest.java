package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

class LabelsTest {

    @Test
    void colonLabelInATranscript() {
        List<Quote> qs = story("HOST: Will the plant close?", "MORALES: Not this year. We have orders until spring.").quotes();
        Quote q = startingWith(qs, "Not this year.");
        assertThat(q.speaker()).isEqualTo("MORALES");
        assertThat(q.cue()).isEqualTo(":");
        assertThat(q.text()).isEqualTo("Not this year. We have orders until spring");
    }

    @Test
    void lowerCaseLeadInIsNotALabel() {
        assertThat(story("Two questions remain: who pays, and when?").quotes()).isEmpty();
    }

    @Test
    void dashSignatureAfterAQuote() {
        List<Quote> qs = story("\u201CThe school bus never came back after the flood.\u201D \u2015 Maria Okafor").quotes();
        Quote q = startingWith(qs, "The school bus");
        assertThat(q.speaker()).isEqualTo("Maria Okafor");
        assertThat(q.cue()).isEqualTo("\u2015");
        assertThat(q.direct()).isTrue();
    }

    @Test
    void dashSignatureWithANoBreakSpace() {
        Quote q = Newsroom.startingWith(story("\u201CWe waited three days for the water to go down.\u201D \u2015\u00A0Ada Lindqvist")
                .quotes(), "We waited");
        assertThat(q.direct()).isTrue();
        assertThat(q.speakerMention()).isEqualTo("Ada Lindqvist");
        assertThat(q.cue()).isEqualTo("\u2015");
        assertThat(q.text()).isEqualTo("We waited three days for the water to go down.");
    }
}
