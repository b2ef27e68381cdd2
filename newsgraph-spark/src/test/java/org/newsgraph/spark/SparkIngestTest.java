package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Batch;

/**
 * The Spark job against the in-process batch on the same files: the repository's sample corpus (every reader the
 * corpus exercises) plus a file that is not valid UTF-8. Both run the real pipeline, CoreNLP included; in local
 * mode the executors share this JVM, so the models load once for both.
 */
class SparkIngestTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("newsgraph-spark-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void tablesHoldWhatTheBatchExtractsAndABadFileIsOneProblem(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        copy(Path.of("../examples/corpus"), corpus);
        // 0xC3 starts a two-byte sequence that '(' cannot continue: the decoder refuses the file, naming the byte.
        Files.write(corpus.resolve("broken.txt"),
                new byte[] {'A', 'b', 'a', 'd', ' ', 'l', 'i', 'n', 'e', ' ', (byte) 0xC3, '(', '\n'});

        Map<String, ExtractedArticle> expected = new HashMap<>();
        List<String> expectedProblems = new ArrayList<>();
        Batch.standard().run(List.of(corpus), new Batch.Listener() {
            @Override
            public void article(ExtractedArticle a) {
                expected.put(a.id(), a);
            }

            @Override
            public void problem(String file, String reason) {
                expectedProblems.add("newsgraph: " + file + ": " + reason);
            }
        });
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(expected.values().stream().mapToInt(a -> a.quotes().size()).sum()).isPositive();
        assertThat(expected.values().stream().mapToInt(a -> a.figures().size()).sum()).isPositive();
        assertThat(expectedProblems).singleElement().asString().contains("broken.txt").contains("at byte 10");

        String out = tmp.resolve("out").toString();
        SparkIngest.Summary summary = SparkIngest.run(spark, out, List.of(corpus.toString()));

        assertThat(summary.problems()).containsExactlyElementsOf(expectedProblems);
        assertThat(summary.articles()).isEqualTo(expected.size());
        assertThat(read(out, "problems")).extracting(r -> r.getString(0)).singleElement().asString()
                .endsWith("broken.txt");

        Map<String, Row> articles = read(out, "articles").stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (ExtractedArticle x : expected.values()) {
            Row r = articles.get(x.id());
            assertThat((String) r.getAs("headline")).isEqualTo(x.article().headline());
            assertThat((String) r.getAs("text")).isEqualTo(x.article().text());
            assertThat((String) r.getAs("source_path")).isEqualTo(x.article().source().path());
            assertThat((String) r.getAs("source_format")).isEqualTo(x.article().source().format());
            assertThat((String) r.getAs("published_basis")).isEqualTo(x.article().published().basis());
        }

        Map<String, List<Row>> quotes = byArticle(read(out, "quotes"));
        Map<String, List<Row>> figures = byArticle(read(out, "figures"));
        Map<String, List<Row>> entities = byArticle(read(out, "entities"));
        for (ExtractedArticle x : expected.values()) {
            String text = articles.get(x.id()).getAs("text");
            List<Row> q = sorted(quotes.getOrDefault(x.id(), List.of()), "index");
            assertThat(q).as("quotes of %s", x.article().headline()).hasSameSizeAs(x.quotes());
            for (int i = 0; i < q.size(); i++) {
                Quote want = x.quotes().get(i);
                Row got = q.get(i);
                assertThat((int) got.getAs("index")).isEqualTo(i);
                assertThat((String) got.getAs("speaker")).isEqualTo(want.speaker());
                assertThat(span(text, got)).isEqualTo(x.article().text().substring(want.start(), want.end()));
            }
            List<Row> f = sorted(figures.getOrDefault(x.id(), List.of()), "start");
            assertThat(f).as("figures of %s", x.article().headline()).hasSameSizeAs(x.figures());
            List<String> wantFigures = x.figures().stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                    .map(w -> x.article().text().substring(w.start(), w.end())).toList();
            assertThat(f.stream().map(r -> span(text, r)).toList()).isEqualTo(wantFigures);
            assertThat(f.stream().map(r -> (String) r.getAs("counts")).sorted().toList())
                    .isEqualTo(x.figures().stream().map(Figure::counts).sorted().toList());
            assertThat(entities.getOrDefault(x.id(), List.of())).hasSameSizeAs(x.entities());
        }
        for (String table : Tables.FACTS) assertThat(Files.isDirectory(Path.of(out, table))).isTrue();
    }

    private static List<Row> read(String out, String table) {
        return spark.read().parquet(out + "/" + table).collectAsList();
    }

    private static Map<String, List<Row>> byArticle(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.getAs("article_id")));
    }

    private static List<Row> sorted(List<Row> rows, String column) {
        return rows.stream().sorted((a, b) -> Integer.compare(a.<Integer>getAs(column), b.<Integer>getAs(column)))
                .toList();
    }

    private static String span(String text, Row fact) {
        return text.substring(fact.<Integer>getAs("start"), fact.<Integer>getAs("end"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
