package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Newsroom.startingWith;
import static org.newsgraph.extract.quote.Newsroom.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

class ReportedSpeechTest {

    @Test
    void saidThat() {
        Quote q = startingWith(story("Minister Karin Holt said that the ferry fares would rise in spring.").quotes(), "the ferry");
        assertThat(q.text()).isEqualTo("the ferry fares would rise in spring");
        assertThat(q.direct()).isFalse();
        assertThat(q.speaker()).isEqualTo("Karin Holt");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void toldAnAgencyWithoutThat() {
        Quote q = startingWith(story("Ravi Menon told Reuters the mill would close by June.").quotes(), "the mill");
        assertThat(q.text()).isEqualTo("the mill would close by June");
        assertThat(q.speaker()).isEqualTo("Ravi Menon");
        assertThat(q.cue()).isEqualTo("told");
        assertThat(q.medium()).isEqualTo("Reuters");
    }

    @Test
    void accordingToAtTheStart() {
        Quote q = startingWith(story("According to the port authority, three cranes were damaged.").quotes(), "three cranes");
        assertThat(q.text()).isEqualTo("three cranes were damaged");
        assertThat(q.speaker()).isEqualTo("port authority");
        assertThat(q.cue()).isEqualTo("According to");
    }

    @Test
    void accordingToAtTheEnd() {
        Quote q = startingWith(story("Three cranes were damaged, according to harbour chief Olu Adebayo.").quotes(), "Three cranes");
        assertThat(q.text()).isEqualTo("Three cranes were damaged");
        assertThat(q.speaker()).isEqualTo("Olu Adebayo");
    }

    @Test
    void statementOnAPlatformThenThat() {
        Quote q = startingWith(story("The rebel group said in a statement on Signal that its fighters had withdrawn.").quotes(), "its fighters");
        assertThat(q.text()).isEqualTo("its fighters had withdrawn");
        assertThat(q.speaker()).isEqualTo("rebel group");
        assertThat(q.medium()).isEqualTo("Signal");
        assertThat(q.setting()).isEqualTo("statement");
    }

    @Test
    void attributionClosingTheSentence() {
        Quote q = startingWith(story("The talks will go on for a third day, Danish and Dutch officials said.").quotes(), "The talks");
        assertThat(q.text()).isEqualTo("The talks will go on for a third day");
        assertThat(q.speaker()).isEqualTo("Danish and Dutch officials");
        assertThat(q.speakerMention()).isEqualTo("Danish and Dutch officials");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.anonymous()).isFalse();
    }

    @Test
    void presentTenseSays() {
        Quote q = startingWith(story("Opponents say the new levy hurts small farms.").quotes(), "the new levy");
        assertThat(q.speaker()).isEqualTo("Opponents");
        assertThat(q.cue()).isEqualTo("say");
    }

    @Test
    void reportedWithTimeBetweenVerbAndThat() {
        Quote q = startingWith(story("Coastal health officials reported separately on Sunday that 40 people were treated.").quotes(), "40 people");
        assertThat(q.text()).isEqualTo("40 people were treated");
        assertThat(q.speaker()).isEqualTo("Coastal health officials");
        assertThat(q.cue()).isEqualTo("reported");
    }

    @Test
    void nestedAttributionKeepsBothLayers() {
        List<Quote> qs = story("An aide told the Tribune that Swiss officials said the meeting would move to Bern.").quotes();
        Quote outer = startingWith(qs, "Swiss officials said");
        Quote inner = startingWith(qs, "the meeting would move");
        assertThat(outer.cue()).isEqualTo("told");
        assertThat(outer.speaker()).isEqualTo("aide");
        assertThat(outer.medium()).isEqualTo("Tribune");
        assertThat(inner.cue()).isEqualTo("said");
        assertThat(inner.speaker()).isEqualTo("Swiss officials");
        assertThat(qs.get(inner.parent())).isEqualTo(outer);
    }

    @Test
    void secondVerbOfTheSameSubjectEndsTheFirstContent() {
        List<Quote> qs = story("The ministry has repeatedly said the strikes were unlawful, and says it has detained two suspects.").quotes();
        Quote first = startingWith(qs, "the strikes");
        assertThat(first.text()).isEqualTo("the strikes were unlawful");
        Quote second = startingWith(qs, "it has detained");
        assertThat(second.speaker()).isEqualTo(first.speaker()).isEqualTo("ministry");
        assertThat(second.cue()).isEqualTo("says");
    }

    @Test
    void participleHangsOnTheClauseSubject() {
        Quote q = startingWith(story("With the vote a week away, candidate Mara Lind attacked the budget, saying it \"would empty the schools.\"").quotes(),
                "would empty the schools");
        assertThat(q.speaker()).isEqualTo("Mara Lind");
        assertThat(q.cue()).isEqualTo("saying");
        assertThat(q.direct()).isTrue();
    }
}
