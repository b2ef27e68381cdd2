package org.newsgraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsgraph.model.Block;

/** Whole dumps of shapes the seed never shows. */
class DumpSegmenterTest {

    @Test
    void nothingRecognisableIsNoArticle() {
        assertThat(DumpSegmenter.split("")).isEmpty();
        assertThat(DumpSegmenter.split("\n\n   \n")).isEmpty();
        assertThat(DumpSegmenter.split("The ferry left at noon.\nIt came back late.\n")).isEmpty();
        assertThat(DumpSegmenter.split("Velmora Ferry Union Strikes\n\n")).as("a headline without body").isEmpty();
    }

    @Test
    void oneArticleWithoutCaptionOrMarker() {
        String dump = "\n\nVelmora Ferry Union Strikes Again  \n\nThe ferry union walked out on Monday.  \n\n\n"
                + "Talks resume next week, Oren Valdane said.\n\n";
        List<DumpArticle> found = DumpSegmenter.split(dump);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.offset()).isEqualTo(2);
            assertThat(a.headline()).isEqualTo("Velmora Ferry Union Strikes Again");
            assertThat(a.images()).isEmpty();
            assertThat(a.blocks()).containsExactly(Block.paragraph("The ferry union walked out on Monday."),
                    Block.paragraph("Talks resume next week, Oren Valdane said."));
        });
    }

    @Test
    void singleLineCaptionsAndNoMarker() {
        String dump = "Karsk Mine Reopens After Flood\n"
                + "Miners gather outside the pit in Karsk, Jan 30, 2024. REUTERS/Ilsabet Quorrin\n"
                + "The mine reopened on Tuesday.\n"
                + "\n"
                + "Duvany Court Backs Tariff Plan\n"
                + "FILE - The court house in Sol Avery.\n"
                + "The court backed the plan.\n";
        List<DumpArticle> found = DumpSegmenter.split(dump);
        assertThat(found).extracting(DumpArticle::headline)
                .containsExactly("Karsk Mine Reopens After Flood", "Duvany Court Backs Tariff Plan");
        assertThat(found.get(0).images()).singleElement()
                .extracting("credit", "photographer", "date", "fileImage")
                .containsExactly("REUTERS/Ilsabet Quorrin", "Ilsabet Quorrin", "2024-01-30", false);
        assertThat(found.get(1).images()).singleElement().extracting("caption", "credit", "fileImage")
                .containsExactly("FILE - The court house in Sol Avery.", null, true);
        assertThat(found.get(1).offset()).isEqualTo(dump.indexOf("Duvany"));
    }

    @Test
    void aTitleCasedSignOffAfterAGapStaysInItsArticle() {
        String dump = "Tarnwick Bridge Contract Signed\n\nThe contract was signed on Monday.\n\n\n"
                + "Reporting by Kasimir Petrakis\n";
        assertThat(DumpSegmenter.split(dump)).singleElement().extracting(a -> a.blocks().size()).isEqualTo(2);
    }

    @Test
    void paragraphsNeverBecomeHeadlinesWhateverTheGap() {
        String dump = "Tarnwick Bridge Contract Signed\n\nThe contract was signed on Monday.\n\n\n\n\n"
                + "The builders start in spring.\n\n\n\nA LONG WINTER\n\n\nCosts rose again.\n";
        assertThat(DumpSegmenter.split(dump)).singleElement().extracting(DumpArticle::blocks).asList().hasSize(4);
    }

    @Test
    void aStandfirstBetweenTheMarkerAndTheRepeatedHeadlineIsTheFirstParagraph() {
        // Headline, marker, the page's teaser, then the headline again: one story, the teaser its lead.
        String dump = "Pellin Bay Harbour Levy Doubled\n\nNW\n\n"
                + "Boat owners in Pellin Bay will pay twice as much from spring. The harbour authority says repairs cannot wait.\n\n"
                + "Pellin Bay Harbour Levy Doubled\n"
                + "NW\n"
                + "The harbour authority voted on Tuesday.\n"
                + "Dagny Okoru, who chairs it, said the quay was unsafe.\n\n\n"
                + "Will Brennock Keep Its Canal?\n\nKP\n\nThe canal lock failed again on Friday.\n";
        List<DumpArticle> found = DumpSegmenter.split(dump);
        assertThat(found).extracting(DumpArticle::headline)
                .containsExactly("Pellin Bay Harbour Levy Doubled", "Will Brennock Keep Its Canal?");
        assertThat(found.get(0).offset()).isZero();
        assertThat(found.get(0).images()).isEmpty();
        assertThat(found.get(0).blocks()).containsExactly(
                Block.paragraph("Boat owners in Pellin Bay will pay twice as much from spring. "
                        + "The harbour authority says repairs cannot wait."),
                Block.paragraph("The harbour authority voted on Tuesday."),
                Block.paragraph("Dagny Okoru, who chairs it, said the quay was unsafe."));
        assertThat(found.get(1).offset()).isEqualTo(dump.indexOf("Will Brennock"));
    }

    @Test
    @Timeout(30)
    void aHugeSingleLineIsNoArticleAndFast() {
        String huge = "word (".repeat(16_000_000) + "x/";
        assertThat(DumpSegmenter.split(huge)).isEmpty();
    }

    @Test
    @Timeout(30)
    void aHugeLineAfterAHeadlineIsOneParagraph() {
        String huge = "Pellin Bay Festival Opens\n\n" + "The festival opened (x ".repeat(4_000_000) + "REUTERS/Ab\n";
        List<DumpArticle> found = DumpSegmenter.split(huge);
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.images()).isEmpty();
            assertThat(a.blocks()).singleElement().extracting(Block::kind).isEqualTo(Block.Kind.PARAGRAPH);
        });
    }

    @Test
    void manyGeneratedArticlesSplitInLinearTime() {
        DumpGenerator.GeneratedDump small = DumpGenerator.generate(11L, 2_000);
        DumpGenerator.GeneratedDump large = DumpGenerator.generate(11L, 20_000);
        DumpSegmenter.split(small.text());
        long t0 = System.nanoTime();
        assertThat(DumpSegmenter.split(small.text())).hasSize(2_000);
        long t1 = System.nanoTime();
        assertThat(DumpSegmenter.split(large.text())).hasSize(20_000);
        long t2 = System.nanoTime();
        // Ten times the input may take ten times as long, with room for noise, never a hundred times.
        assertThat(Duration.ofNanos(t2 - t1)).isLessThan(Duration.ofNanos(Math.max(40 * (t1 - t0), 2_000_000_000L)));
    }
}
