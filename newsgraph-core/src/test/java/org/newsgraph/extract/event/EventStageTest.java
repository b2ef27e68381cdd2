package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Event;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** Each event rule on sentences of our own. */
class EventStageTest {

    private static List<Event> events(String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "dump", 0), "H",
                new Published("2031-03-10", "2031-03-10", "2031-03-10", "metadata"), List.of(),
                Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return EventStage.standard().apply(PlaceStage.standard().apply(ExtractedArticle.bare(a))).events();
    }

    @Test
    void sourceBeforeTheCueTargetAfterItAsCanonicalNames() {
        List<Event> es = events("The US launched strikes on Iran-linked militant groups in Baghdad on Tuesday.");
        assertThat(es).hasSize(1);
        Event e = es.get(0);
        assertThat(e.source()).isEqualTo("United States");
        assertThat(e.action()).isEqualTo("ASSAULT");
        assertThat(e.target()).isEqualTo("Iran-linked militant groups");
        assertThat(e.place()).isEqualTo("Baghdad");
    }

    @Test
    void theArticleDateStandsInWithItsBasis() {
        Event e = events("Norvania accused Belstad of shelling the border.").get(0);
        assertThat(e.action()).isEqualTo("ACCUSE");
        assertThat(e.date()).isEqualTo("2031-03-10");
        assertThat(e.dateBasis()).isEqualTo("published");
        assertThat(e.evidence()).startsWith("Norvania accused");
    }

    @Test
    void oneEventPerActHoweverOftenReported() {
        List<Event> es = events("Norvania accused Belstad of lying.", "Again, Norvania accused Belstad of lying.");
        assertThat(es).hasSize(1);
    }

    @Test
    void negatedCooperationIsARejection() {
        Event e = events("Norvania will not accept Belstad's proposal.").get(0);
        assertThat(e.action()).isEqualTo("REJECT");
        assertThat(e.mode()).isEqualTo("negated");
    }

    @Test
    void anIntentToHarmIsAThreat() {
        Event e = events("Norvania said it would impose a blockade on Belstad.").get(0);
        assertThat(e.action()).isEqualTo("THREATEN");
        assertThat(e.mode()).isEqualTo("future");
    }

    @Test
    void aScheduledMeetingStaysAMeeting() {
        Event e = events("Norvania was to meet Belstad in Doha on Friday.").get(0);
        assertThat(e.action()).isEqualTo("CONSULT");
        assertThat(e.mode()).isEqualTo("future");
        assertThat(e.place()).isEqualTo("Doha");
    }

    @Test
    void anActInAnEarlierYearIsHistory() {
        Event e = events("Norvania invaded Belstad in 2003.").get(0);
        assertThat(e.action()).isEqualTo("ASSAULT");
        assertThat(e.mode()).isEqualTo("historical");
    }

    @Test
    void withoutATargetNothingIsCoded() {
        assertThat(events("Norvania protested loudly.")).isEmpty();
    }

    @Test
    void actsInsideQuotationsAreNotCoded() {
        assertThat(events("\"We will attack Belstad,\" a Norvania official said.")).isEmpty();
    }

    @Test
    void aTownIsNoSourceButMayBeATarget() {
        assertThat(events("Rotterdam accused Belstad of lying.")).isEmpty();
        List<Event> es = events("The US launched strikes on Rotterdam.");
        assertThat(es).extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("United States", "Rotterdam"));
    }

    @Test
    void aTimeExpressionIsNeverAnActor() {
        String text = "Norvania accused Tuesday of nothing.";
        Article a = Article.assemble(new Source("test", null, "dump", 0), "H",
                new Published("2031-03-10", "2031-03-10", "2031-03-10", "metadata"), List.of(),
                List.of(Block.paragraph(text)));
        int at = a.text().indexOf("Tuesday");
        ExtractedArticle x = new ExtractedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new org.newsgraph.model.DateMention("Tuesday", "2031-03-11", at, at + 7)), List.of(), List.of(),
                null);
        assertThat(EventStage.standard().apply(PlaceStage.standard().apply(x)).events()).isEmpty();
    }
}
