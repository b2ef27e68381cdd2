package org.newsgraph.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.nlp.corenlp.FourClassTagger;

/**
 * Writes the word classes the entity tagger reads ("word TAB class" lines, gzipped): the 512 distributional classes
 * of CoreNLP's 4-class model (lower-cased words from Gigaword and Reuters, no labels). Our unlabelled news is too
 * little to learn classes as good; taking CoreNLP's means both taggers read the same unlabelled evidence.
 */
public final class WordClassExport {

    private WordClassExport() {}

    /** Returns how many words were written. */
    public static int write(Path file) throws IOException {
        Map<String, String> classes = FourClassTagger.load().wordClasses();
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        int n = 0;
        try (OutputStream out = Files.newOutputStream(file);
             GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
             Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            for (var e : classes.entrySet()) {
                if (e.getKey().isEmpty() || e.getKey().indexOf('\t') >= 0 || e.getKey().indexOf('\n') >= 0) continue;
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
                n++;
            }
        }
        return n;
    }
}
