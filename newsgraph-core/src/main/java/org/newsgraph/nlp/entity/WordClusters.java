package org.newsgraph.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Word classes learnt from unlabelled text (a path in a binary tree of classes per word, as Brown clusters are
 * written: "0110"), so that a word the labelled data never showed still shares weights with words used alike.
 * Words are looked up as written, then in lower case.
 */
public final class WordClusters {

    public static final WordClusters NONE = new WordClusters(Map.of());

    private final Map<String, String> paths;

    WordClusters(Map<String, String> paths) {
        this.paths = paths;
    }

    String of(String word) {
        String p = paths.get(word);
        return p != null ? p : paths.get(Document.fold(word));
    }

    public int size() {
        return paths.size();
    }

    /** Reads "word TAB path" lines (gzipped). */
    public static WordClusters read(InputStream in) throws IOException {
        Map<String, String> m = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1).intern());
        }
        return new WordClusters(m);
    }
}
