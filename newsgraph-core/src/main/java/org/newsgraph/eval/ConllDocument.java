package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of a CoNLL-2003 file (the sentences between two -DOCSTART- lines): each sentence's tokens and its
 * gold IOB tags (the last column).
 */
record ConllDocument(List<List<String>> words, List<List<String>> tags) {

    static List<ConllDocument> read(Path conll) throws IOException {
        List<ConllDocument> out = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
            String l = line.strip();
            boolean docStart = l.startsWith("-DOCSTART-");
            if (l.isEmpty() || docStart) {
                if (!w.isEmpty()) {
                    words.add(w);
                    tags.add(t);
                    w = new ArrayList<>();
                    t = new ArrayList<>();
                }
                if (docStart && !words.isEmpty()) {
                    out.add(new ConllDocument(words, tags));
                    words = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] cols = l.split("\\s+");
            w.add(cols[0]);
            t.add(cols[cols.length - 1]);
        }
        if (!w.isEmpty()) {
            words.add(w);
            tags.add(t);
        }
        if (!words.isEmpty()) out.add(new ConllDocument(words, tags));
        return out;
    }

    int tokens() {
        int n = 0;
        for (List<String> s : words) n += s.size();
        return n;
    }
}
