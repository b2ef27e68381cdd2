package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** A store that cannot be used is one line on stderr and a non-zero status, never a stack trace. */
class StoreFailuresTest {

    private static void oneLine(CommandsTest.Result r, String says) {
        assertThat(r.status()).isNotZero();
        assertThat(r.err().strip().lines()).as(r.err()).singleElement().asString()
                .startsWith("newsgraph: ").contains(says);
    }

    @Test
    void aCorruptDatabaseFileIsOneLine(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("store"));
        Files.write(data.resolve(Store.DATABASE), "this is not a database, only some bytes that say so".repeat(100).getBytes());
        oneLine(CommandsTest.run("search", "harbour", "--data", data.toString()), "not a database");
    }

    @Test
    void aStoreInUseByAnotherRunIsOneLine(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("store");
        Path story = Files.writeString(tmp.resolve("story.txt"), "Harbour Reopens After Storm\n\n"
                + "The harbour reopened on Tuesday, three days after the storm closed it to shipping.\n");
        try (Store held = Store.open(data)) {
            oneLine(CommandsTest.run("ingest", story.toString(), "--data", data.toString()), "is open in another process");
        }
    }

    @Test
    void debugAddsTheStackTrace(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("store"));
        Files.write(data.resolve(Store.DATABASE), "not a database".repeat(100).getBytes());
        CommandsTest.Result r = CommandsTest.run("search", "harbour", "--data", data.toString(), "--debug");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("\tat ");
    }
}
