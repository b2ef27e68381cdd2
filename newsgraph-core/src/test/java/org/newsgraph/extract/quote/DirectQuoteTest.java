package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

class DirectQuoteTest {

    @Test
    void curlyQuoteBeforeItsSpeaker() {
        List<Quote> qs = story("\u201CThe bridge will reopen in May,\u201D Lena Ostrova said on Monday.").quotes();
        Quote q = startingWith(qs, "The bridge");
        assertThat(q.text()).isEqualTo("The bridge will reopen in May");
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker()).isEqualTo("Lena Ostrova");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void straightQuoteWithInvertedSpeaker() {
        List<Quote> qs = story("\"We ran out of sandbags by noon,\" said Tomas Reyes, the harbour master.").quotes();
        Quote q = startingWith(qs, "We ran out");
        assertThat(q.text()).isEqualTo("We ran out of sandbags by noon");
        assertThat(q.speakerMention()).isEqualTo("Tomas Reyes");
        assertThat(q.speaker()).isEqualTo("Tomas Reyes");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void quoteSplitAroundItsSubject() {
        List<Quote> qs = story("Mayor Ines Falk spoke first.",
                "The council \"is not our opponent, and we will keep talking to it,\" she said.").quotes();
        Quote q = startingWith(qs, "is not our opponent");
        assertThat(q.text()).isEqualTo("is not our opponent, and we will keep talking to it");
        assertThat(q.direct()).isTrue();
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.speakerMention()).isEqualTo("she");
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        List<Quote> qs = story("Engineer Paulo Mendes said: \u201CThe pumps failed first.",
                "\u201CThen the backup generator would not start, and the water rose.\u201D").quotes();
        Quote q = startingWith(qs, "The pumps failed first.");
        assertThat(q.text()).contains("the water rose");
        assertThat(q.speaker()).isEqualTo("Paulo Mendes");
    }

    @Test
    void oneQuotedWordInReportedSpeechIsTheSourcesWord() {
        List<Quote> qs = story("The army said it had \"neutralised\" four drones over the coast.").quotes();
        Quote q = startingWith(qs, "neutralised");
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker()).isEqualTo("army");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.parent()).isGreaterThanOrEqualTo(0);
        assertThat(qs.get(q.parent()).text()).startsWith("it had");
    }

    @Test
    void aTitleInQuotesIsNotAQuote() {
        List<Quote> qs = story("The band played \"Northern Lights Again\" at the festival on Friday.").quotes();
        assertThat(qs).isEmpty();
    }

    @Test
    void quoteSentenceEndingInAQuestionMarkKeepsItsAttribution() {
        List<Quote> qs = story("\u201CWho pays for the repairs?\u201D Dana Whitlock asked. \u201CNobody has told us.\u201D").quotes();
        assertThat(startingWith(qs, "Who pays").speaker()).isEqualTo("Dana Whitlock");
        assertThat(startingWith(qs, "Who pays").cue()).isEqualTo("asked");
        assertThat(startingWith(qs, "Nobody has told us").speaker()).isEqualTo("Dana Whitlock");
    }
}
