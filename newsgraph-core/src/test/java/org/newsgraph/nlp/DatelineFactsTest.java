package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.quote.QuoteStage;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Source;

/** A dateline is where a story was filed: never a speaker, and its place is a place (issue 15; invented stories). */
class DatelineFactsTest {

    private static final NlpStage NLP = NlpStage.news();
    private static final QuoteStage QUOTES = QuoteStage.standard();

    private static ExtractedArticle run(Published published, String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "test", 0), "Headline", published, List.of(),
                Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return QUOTES.apply(NLP.apply(ExtractedArticle.bare(a)));
    }

    @Test
    void aColonDatelineIsNoSpeaker() {
        ExtractedArticle x = run(Published.unknown(),
                "KARSK: Ferry workers blocked the quay for a ninth day on Monday, and the harbour board warned of losses.",
                "\"We will stay until the board pays,\" union leader Dagny Okoru said.");
        assertThat(x.quotes()).extracting(Quote::speaker).doesNotContain("KARSK").contains("Dagny Okoru");
        assertThat(x.article().metadata().dateline().place()).isEqualTo("KARSK");
    }

    @Test
    void theSourceRightAfterADatelineIsTheSourceAlone() {
        ExtractedArticle x = run(Published.unknown(),
                "VELMORA -- The Norland Space Agency says its lunar lander will launch in the spring.");
        assertThat(x.quotes()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.speakerMention()).doesNotContain("VELMORA").contains("Norland Space Agency");
            assertThat(q.speaker()).doesNotContain("VELMORA");
        });
    }

    @Test
    void theDatelinePlaceIsTaggedAsAPlace() {
        ExtractedArticle x = run(Published.unknown(),
                "BEIRUT (Reuters) - Lebanon's parliament failed again on Thursday to elect a president, lawmakers said.");
        var d = x.article().metadata().dateline();
        assertThat(x.entities()).filteredOn(e -> e.start() == d.placeStart()).extracting(Entity::type).containsOnly("LOCATION");
        assertThat(x.quotes()).extracting(Quote::speaker).doesNotContain("BEIRUT", "Reuters");
    }

    @Test
    void aPagesUpdateDateStaysAnUpperBound() {
        ExtractedArticle x = run(new Published(null, null, "2018-09-17", "metadata"),
                "Rebels dug trenches around the towns of the province, commanders said.");
        assertThat(x.article().published()).extracting("notAfter", "basis").containsExactly("2018-09-17", "metadata");
    }
}
