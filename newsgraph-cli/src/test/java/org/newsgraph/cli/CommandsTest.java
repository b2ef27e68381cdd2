package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.store.Store;

/** The commands end to end, in-process, on the real store and the real sample files. */
class CommandsTest {

    /** What a command printed and returned. */
    record Result(int status, String out, String err) {}

    static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Path examples() {
        Path p = Path.of("..", "examples", "corpus");
        Assumptions.assumeTrue(Files.isDirectory(p), "examples/corpus missing at " + p.toAbsolutePath());
        return p;
    }

    static Path seed() {
        Path shared = Path.of(System.getProperty("newsgraph.shared", "../../shared"));
        Path seed = shared.resolve("seeds/000_b7151a86ead9373e.txt");
        if (!Files.exists(seed)) {
            org.junit.jupiter.api.Assumptions.abort("SKIPPED LOUDLY: the shared seed is missing at " + seed);
        }
        return seed;
    }

    @Test
    void extractWritesOneContractObjectPerArticle() throws Exception {
        Result r = run("extract", examples().toString());
        assertThat(r.status()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            JsonNode o = ArticleJson.mapper().readTree(line);
            assertThat(o.get("id").asText()).matches("[0-9a-f]{32}");
            assertThat(o.get("headline").asText()).isNotBlank();
            assertThat(o.get("paragraphs").size()).isPositive();
            assertThat(o.has("quotes") && o.has("figures") && o.has("events")).isTrue();
        }
    }

    @Test
    void ingestTwiceLeavesTheStoreIdenticalAndSearchFindsTheSeed(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("store");
        Result first = run("ingest", seed().toString(), examples().toString(), "--data", data.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("articles new").contains("10 articles new, 0 unchanged");
        String before;
        try (Store store = Store.open(data)) {
            assertThat(store.count()).isEqualTo(10);
            before = store.fingerprint();
        }

        Result second = run("ingest", seed().toString(), examples().toString(), "--data", data.toString());
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("0 articles new, 10 unchanged");
        try (Store store = Store.open(data)) {
            assertThat(store.count()).isEqualTo(10);
            assertThat(store.fingerprint()).isEqualTo(before);
        }

        Result search = run("search", "Sudani", "--data", data.toString(), "--json");
        assertThat(search.status()).isZero();
        JsonNode hits = ArticleJson.mapper().readTree(search.out());
        assertThat(hits.size()).isPositive();
        assertThat(hits.get(0).get("headline").asText()).startsWith("Iraq PM");
        assertThat(hits.get(0).get("snippet").asText()).contains("Sudani");
    }

    @Test
    void badInputIsOneLineOnStderrAndTheRestIsIngested(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("store");
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Result r = run("ingest", empty.toString(), examples().toString(), "--data", data.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString()
                .startsWith("newsgraph: " + empty).contains("empty");
        assertThat(r.out()).contains("8 articles new").contains("1 files failed");
    }

    @Test
    void searchWithoutAStoreOrWithBadSyntaxSaysSoInOneLine(@TempDir Path tmp) {
        Result none = run("search", "anything", "--data", tmp.resolve("nothing-here").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("no store at");
        run("ingest", examples().toString(), "--data", tmp.resolve("s").toString());
        Result bad = run("search", "headline:(unclosed", "--data", tmp.resolve("s").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
    }

    @Test
    void quotesAndFiguresAreQueriedFromTheStore(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("store");
        assertThat(run("ingest", seed().toString(), "--data", data.toString()).status()).isZero();

        JsonNode sudani = ArticleJson.mapper().readTree(
                run("quotes", "--speaker", "Mohammed Shia al-Sudani", "--json", "--data", data.toString()).out());
        assertThat(sudani.size()).isGreaterThanOrEqualTo(5);
        sudani.forEach(q -> assertThat(q.get("speaker").asText()).isEqualTo("Mohammed Shia al-Sudani"));
        JsonNode worded = ArticleJson.mapper().readTree(
                run("quotes", "--words", "hostage exchange", "--json", "--data", data.toString()).out());
        assertThat(worded.size()).isPositive();
        worded.forEach(q -> assertThat(q.get("text").asText().toLowerCase()).contains("hostage", "exchange"));

        JsonNode killed = ArticleJson.mapper().readTree(
                run("figures", "--counts", "killed", "--json", "--data", data.toString()).out());
        assertThat(killed.size()).isPositive();
        killed.forEach(f -> assertThat(f.get("counts").asText()).isEqualTo("killed"));
        assertThat(killed.findValues("value")).extracting(JsonNode::asDouble).contains(40000.0);

        Result table = run("figures", "--counts", "killed", "--by-claimant", "--data", data.toString());
        assertThat(table.status()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("date").contains(" | ");
    }
}
