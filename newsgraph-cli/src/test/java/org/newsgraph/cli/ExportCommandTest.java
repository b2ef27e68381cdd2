package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.cli.CommandsTest.examples;
import static org.newsgraph.cli.CommandsTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command over a store of the invented example corpus: every format, read back. */
class ExportCommandTest {

    @Test
    void everyFormatReadsBackWithItsShape(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("store");
        assertThat(run("ingest", examples().toString(), "--data", data.toString()).status()).isZero();

        Path jsonl = tmp.resolve("a.jsonl");
        assertThat(run("export", "--format", "jsonl", "--data", data.toString(), "--out", jsonl.toString()).status()).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(8);

        Path events = tmp.resolve("events.tsv");
        assertThat(run("export", "--format", "gdelt-events", "--data", data.toString(), "--out", events.toString()).status())
                .isZero();
        for (String row : Files.readAllLines(events)) assertThat(row.split("\t", -1)).hasSize(61);

        Path gkg = tmp.resolve("gkg.tsv");
        assertThat(run("export", "--format", "gdelt-gkg", "--data", data.toString(), "--out", gkg.toString()).status()).isZero();
        List<String> rows = Files.readAllLines(gkg);
        assertThat(rows).hasSize(8);
        for (String row : rows) assertThat(row.split("\t", -1)).hasSize(27);

        Path csv = tmp.resolve("articles.csv");
        assertThat(run("export", "--format", "csv", "--data", data.toString(), "--out", csv.toString()).status()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(9).first().asString().startsWith("id,published,headline");
        assertThat(Files.readAllLines(tmp.resolve("articles.places.csv")).get(0)).startsWith("article_id,name,country");
        assertThat(Files.readAllLines(tmp.resolve("articles.events.csv")).get(0)).startsWith("article_id,source,action");
    }

    @Test
    void anUnknownFormatIsOneLineAndStatusTwo(@TempDir Path tmp) {
        CommandsTest.Result r = run("export", "--format", "parquet", "--data", tmp.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).contains("unknown format parquet").doesNotContain("\n");
    }
}
