package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Image;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/**
 * The publication date's sanity rules (issue 15), each on an invented story, through the NLP stage with the real
 * CoreNLP models and a fixed day of reading.
 */
class PublicationDateRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final NlpStage STAGE =
            new NlpStage(NlpEngine.news(), Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneOffset.UTC));

    private static ExtractedArticle run(Published published, List<Image> images, String... paragraphs) {
        Article a = Article.assemble(new Source("test", null, "test", 0), "Headline", published, images,
                Arrays.stream(paragraphs).map(Block::paragraph).toList());
        return STAGE.apply(ExtractedArticle.bare(a));
    }

    private static LocalDate notBefore(ExtractedArticle x) {
        return LocalDate.parse(x.article().published().notBefore());
    }

    @Test
    void aPlaceholderMetadataDateIsRejectedWithItsReasonKept() {
        ExtractedArticle x = run(Published.fromMetadata("0001-01-01"), List.of(),
                "The Karsk ferry union ended its strike on Friday, union leader Dagny Okoru said.");
        Published p = x.article().published();
        assertThat(p.basis()).isNotEqualTo("metadata");
        assertThat(p.date()).isNull();
        assertThat(p.rejected()).contains("0001-01-01").contains("before 1900");
    }

    @Test
    void aMetadataDateAfterTheDayOfReadingIsRejected() {
        ExtractedArticle x = run(Published.fromMetadata("2031-05-01"), List.of(), "The council met on Monday.");
        assertThat(x.article().published().basis()).isEqualTo("none");
        assertThat(x.article().published().rejected()).contains("2031-05-01").contains(TODAY.toString());

        ExtractedArticle today = run(Published.fromMetadata(TODAY.toString()), List.of(), "The council met on Monday.");
        assertThat(today.article().published()).isEqualTo(Published.fromMetadata(TODAY.toString()));
    }

    @Test
    void anArchivePhotoWithoutFileMarkNeverDatesAStoryAboutALaterTime() {
        Image old = new Image("A soldier patrols the border near Karsk on March 3, 2009.", "Norland Coast Guard", null,
                "2009-03-03", false);
        ExtractedArticle x = run(Published.unknown(), List.of(old),
                "The border guard said on Sept. 14, 2019 that smuggling had fallen by half since the fence was built.",
                "Officials expect the new posts to open by the end of the year.");
        Published p = x.article().published();
        assertThat(p.basis()).isNotEqualTo("caption");
        assertThat(p.date()).isNull();
        assertThat(notBefore(x)).isAfterOrEqualTo(LocalDate.of(2019, 9, 14));
    }

    @Test
    void aPhotoTakenForTheStoryStillDatesIt() {
        Image fresh = new Image("Ferry workers walk past the quay in Karsk, 3 May 2024.", "Norland Coast Guard", null,
                "2024-05-03", false);
        ExtractedArticle x = run(Published.unknown(), List.of(fresh),
                "The ferry union ended its strike on Friday. The strike began in 2023 over pay.");
        assertThat(x.article().published()).extracting("date", "basis").containsExactly("2024-05-03", "caption");
    }

    @Test
    void aYearInsideAPlanNameIsNoEarliestDate() {
        ExtractedArticle x = run(Published.unknown(), List.of(),
                "The ministry said on May 4 that its Vision 2035 programme had already created 40,000 jobs in 2019.");
        assertThat(notBefore(x)).isBefore(LocalDate.of(2035, 1, 1));
        assertThat(x.article().published().notBefore()).startsWith("2019");
    }

    @Test
    void aYearTheTextTreatsAsOverMakesTheArticleLater() {
        ExtractedArticle x = run(Published.unknown(), List.of(),
                "Police seized 4.2 tonnes of drugs between January and May 4, more than they seized in the whole of 2019.");
        assertThat(notBefore(x)).isAfterOrEqualTo(LocalDate.of(2020, 1, 1));
        String may4 = x.dates().stream().filter(d -> d.text().contains("May 4")).map(DateMention::value)
                .findFirst().orElse("none");
        assertThat(may4).doesNotStartWith("2019");
    }

    @Test
    void aDatelineIsReadIntoTheMetadataWithItsOffsets() {
        ExtractedArticle x = run(Published.fromMetadata("2024-05-03"), List.of(),
                "KARSK (Reuters) - The ferry union ended its strike on Friday after the harbour board raised wages.");
        var d = x.article().metadata().dateline();
        assertThat(d).isNotNull();
        assertThat(d).extracting("place", "agency").containsExactly("KARSK", "Reuters");
        assertThat(x.article().text().substring(d.placeStart(), d.placeEnd())).isEqualTo("KARSK");
    }
}
