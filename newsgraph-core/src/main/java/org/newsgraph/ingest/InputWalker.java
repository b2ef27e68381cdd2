package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user names into files: folders recursively, in a stable order, hidden files skipped. */
public final class InputWalker {

    private InputWalker() {}

    /** Each named path becomes its files; a path that does not exist is returned as is, to fail with its name. */
    public static List<Path> files(List<Path> named) {
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !p.relativize(f).toString().matches("(^|.*/)\\..*"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
