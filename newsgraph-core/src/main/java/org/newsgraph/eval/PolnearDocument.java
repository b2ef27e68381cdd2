package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One PolNeAR article: its text file's stem and text, and the gold attributions of its annotator. */
public record PolnearDocument(String stem, String text, List<BratAttribution> gold) {

    /**
     * The articles of a PolNeAR folder: a split folder (with text/ and attributions/), or the benchmark root,
     * whose dev split is read. Articles come in file-name order; a text without annotations is skipped.
     */
    public static List<PolnearDocument> read(Path dir) {
        Path split = Files.isDirectory(dir.resolve("text")) ? dir : dir.resolve("dev");
        if (!Files.isDirectory(split.resolve("text")) || !Files.isDirectory(split.resolve("attributions")))
            throw new IllegalArgumentException(dir + " holds neither text/ and attributions/ nor a dev/ split");
        List<PolnearDocument> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(split.resolve("text"))) {
            List<Path> files = texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<Path> anns;
            try (Stream<Path> a = Files.list(split.resolve("attributions"))) {
                anns = a.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
            }
            for (Path t : files) {
                String stem = t.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = anns.stream().filter(p -> p.getFileName().toString().startsWith(stem + "_")
                        || p.getFileName().toString().equals(stem + ".ann")).findFirst().orElse(null);
                if (ann == null) continue;
                String text = Files.readString(t, StandardCharsets.UTF_8);
                out.add(new PolnearDocument(stem, text, BratFile.read(Files.readString(ann, StandardCharsets.UTF_8), text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
