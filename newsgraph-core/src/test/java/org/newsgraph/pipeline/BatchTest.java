package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.ExtractedArticle;

class BatchTest {

    private static final String GOOD_DUMP = """
            Harbour Cranes Return to Work in Gdynia

            Cranes at the container terminal of Gdynia resumed work on Monday after a two-day stoppage.
            The operator said all ships would be cleared by Wednesday.
            """;

    private static final String GOOD_JSONL =
            "{\"headline\":\"Tram Line Opens\",\"text\":\"The new tram line opened on Friday.\"}\n";

    /** Collects what the batch reports. */
    private static final class Heard implements Batch.Listener {
        final List<ExtractedArticle> articles = new ArrayList<>();
        final Map<String, String> problems = new TreeMap<>();

        @Override
        public void article(ExtractedArticle a) {
            articles.add(a);
        }

        @Override
        public void problem(String file, String reason) {
            problems.merge(Path.of(file).getFileName().toString(), reason, (x, y) -> x + " | " + y);
        }
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), GOOD_DUMP);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.bin"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        byte[] invalid = (GOOD_DUMP + "broken \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("d-latin1.txt"), invalid);
        Files.writeString(dir.resolve("e-blank.txt"), "\n\n   \n\n");
        Files.writeString(dir.resolve("f-headline-only.txt"), "Just a Headline Without Any Body\n");
        Files.writeString(dir.resolve("g-feed.jsonl"), GOOD_JSONL);
        Path oneLine = dir.resolve("h-huge-line.txt");
        byte[] huge = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (int i = 7; i < huge.length; i += 8) huge[i] = ' ';
        Files.write(oneLine, huge);
        huge = null;

        Heard heard = new Heard();
        Batch.Summary summary = new Batch(Readers.standard(), Pipeline.standard(), 2)
                .run(List.of(dir, dir.resolve("z-missing.txt")), heard);

        assertThat(heard.articles).extracting(a -> a.article().headline())
                .containsExactly("Harbour Cranes Return to Work in Gdynia", "Tram Line Opens");
        assertThat(heard.problems).containsOnlyKeys("b-empty.txt", "c-binary.bin", "d-latin1.txt", "e-blank.txt",
                "f-headline-only.txt", "h-huge-line.txt", "z-missing.txt");
        assertThat(heard.problems.get("b-empty.txt")).contains("empty");
        assertThat(heard.problems.get("c-binary.bin")).contains("binary");
        assertThat(heard.problems.get("d-latin1.txt")).contains("invalid UTF-8 at byte");
        assertThat(heard.problems.get("f-headline-only.txt")).contains("no recognisable article");
        assertThat(heard.problems.get("h-huge-line.txt")).contains("no recognisable article");
        assertThat(heard.problems.get("z-missing.txt")).contains("no such file");
        assertThat(heard.problems.values()).allSatisfy(reason -> assertThat(reason).doesNotContain("\n"));
        assertThat(summary.files()).isEqualTo(9);
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.failedFiles()).isEqualTo(7);
    }

    @Test
    void resultsComeInInputOrderWhateverTheThreads(@TempDir Path dir) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            jsonl.append("{\"headline\":\"Story ").append(i).append("\",\"text\":\"Body of story ").append(i)
                    .append(".\"}\n");
        }
        Files.writeString(dir.resolve("many.jsonl"), jsonl);
        Heard heard = new Heard();
        new Batch(Readers.standard(), Pipeline.standard(), 4).run(List.of(dir), heard);
        assertThat(heard.articles).hasSize(200);
        for (int i = 0; i < 200; i++) assertThat(heard.articles.get(i).article().headline()).isEqualTo("Story " + i);
    }

    @Test
    void anArticleOverItsTimeBudgetIsGivenUpAndTheOthersStillCome(@TempDir Path dir) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            jsonl.append("{\"headline\":\"Story ").append(i).append("\",\"text\":\"Body of story ").append(i)
                    .append(".\"}\n");
        }
        Files.writeString(dir.resolve("six.jsonl"), jsonl);
        // a stage that never finishes on story 3 and ignores interruption, as a runaway tagger would
        Stage stuck = x -> {
            if (x.article().headline().equals("Story 3")) {
                long until = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < until) Thread.onSpinWait();
            }
            return x;
        };
        Heard heard = new Heard();
        Batch.Summary summary = new Batch(Readers.standard(), new Pipeline(List.of(stuck)), 2, ArticleBounds.STANDARD,
                java.time.Duration.ofMillis(300)).run(List.of(dir), heard);
        assertThat(heard.articles).as(heard.problems.toString()).extracting(a -> a.article().headline())
                .containsExactly("Story 0", "Story 1", "Story 2", "Story 4", "Story 5");
        assertThat(heard.problems.get("six.jsonl")).contains("(Story 3)").contains("longer than the 300 ms budget of CPU time")
                .doesNotContain("\n");
        assertThat(summary.clean()).isFalse();
    }

    @Test
    void anArticleWithARunawaySentenceLosesThatParagraphAndSaysSo(@TempDir Path dir) throws Exception {
        String runOn = "word ".repeat(2_000);
        Files.writeString(dir.resolve("run-on.jsonl"), "{\"headline\":\"Lists\",\"text\":\"The council met on Monday.\\n\\n"
                + runOn + "\\n\\nIt adjourned at noon.\"}\n");
        Heard heard = new Heard();
        Batch.Summary summary = new Batch(Readers.standard(), new Pipeline(List.of()), 1).run(List.of(dir), heard);
        assertThat(heard.articles).singleElement().extracting(a -> a.article().paragraphs())
                .isEqualTo(List.of("The council met on Monday.", "It adjourned at noon."));
        assertThat(heard.problems.get("run-on.jsonl")).contains("1 paragraph with 9,999 characters and no sentence end left out");
        assertThat(summary.skippedRecords()).isEqualTo(1);
    }
}
