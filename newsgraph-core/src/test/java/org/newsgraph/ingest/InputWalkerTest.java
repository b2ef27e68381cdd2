package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @Test
    void walksFoldersRecursivelyInOrderAndSkipsHiddenFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/deeper/z.txt"), "z");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        Files.writeString(dir.resolve(".git/config"), "c");
        Path single = Files.writeString(dir.resolve("single.jsonl"), "{}");

        List<Path> files = InputWalker.files(List.of(dir, single, dir.resolve("missing.txt")));

        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("b/deeper/z.txt"),
                dir.resolve("single.jsonl"), single, dir.resolve("missing.txt"));
    }
}
