package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for a bench or eval store, deleted with everything in it when closed. */
final class ScratchFolder implements AutoCloseable {

    final Path path;

    ScratchFolder(String prefix) throws IOException {
        this.path = Files.createTempDirectory(prefix);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
