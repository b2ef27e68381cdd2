package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve and bench api commands are wired into the newsgraph command. */
class ServeCommandsTest {

    @Test
    void serveIsACommandBoundToLoopbackByDefault() {
        CommandsTest.Result r = CommandsTest.run("serve", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--port").contains("--host").contains("127.0.0.1");
    }

    @Test
    void serveRefusesAFolderWithoutAStore(@TempDir Path dir) {
        CommandsTest.Result r = CommandsTest.run("serve", "--data", dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no store");
    }

    @Test
    void benchApiPrintsLatencyBesideTheInProcessBaseline() {
        CommandsTest.Result r = CommandsTest.run("bench", "api", "--articles", "300", "--requests", "20");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("store: 300 generated articles").contains("GET /api/search?q=WORD")
                .contains("GET /api/articles/{id}").contains("in-process");
    }
}
