package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.html.ArticleExtractor;

/** The extractor on the shared article-extraction development pages; skipped, loudly, when they are absent. */
class ExtractionBenchmarkTest {

    static Path benchmark() {
        String shared = System.getProperty("newsgraph.shared");
        Path dir = shared == null ? null : Path.of(shared, "benchmarks", "article-extraction");
        if (dir == null || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            Assumptions.abort("SKIPPED: article-extraction benchmark not found (system property newsgraph.shared="
                    + shared + "); the extraction F1 was NOT checked");
        }
        return dir;
    }

    @Test
    void f1OnTheDevelopmentPagesBeatsTrafilatura() throws Exception {
        ExtractionEval eval = new ExtractionEval(benchmark());
        Map<String, String> predicted = eval.predict(new ArticleExtractor());
        ShingleScore.Totals t = eval.score(predicted);
        System.out.printf("extraction f1=%.3f precision=%.3f recall=%.3f n=%d%n", t.f1(), t.precision(), t.recall(), t.n());
        assertThat(t.n()).isEqualTo(eval.truth().size());
        assertThat(t.f1()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void peersScoreAsPublished() throws Exception {
        var peers = new ExtractionEval(benchmark()).peers();
        ShingleScore.Totals newspaper = peers.get("newspaper");
        Assumptions.assumeTrue(newspaper != null, "SKIPPED: peers/newspaper.json holds no predictions");
        // newspaper's published score on these pages, by the upstream scorer
        assertThat(newspaper.f1()).isBetween(0.955, 0.961);
    }
}
