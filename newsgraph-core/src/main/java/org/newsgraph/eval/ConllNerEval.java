package org.newsgraph.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.NlpEngine;

/**
 * NER on CoNLL-2003 columns (token first, IOB tag last): tags the given tokens, writes {@code token gold predicted}
 * per line (blank line between sentences) and scores entity spans exactly (type and both ends).
 */
public final class ConllNerEval {

    private ConllNerEval() {}

    public static Score run(NlpEngine engine, Path conll, Path predictions) throws IOException {
        List<List<String[]>> sentences = read(conll);
        List<List<String>> tokens = new ArrayList<>();
        for (List<String[]> s : sentences) tokens.add(s.stream().map(r -> r[0]).toList());
        List<List<String>> tags = new ArrayList<>();
        final int chunk = 200;
        for (int i = 0; i < tokens.size(); i += chunk) {
            tags.addAll(engine.tagEntities(tokens.subList(i, Math.min(tokens.size(), i + chunk))));
        }
        int tp = 0;
        int pred = 0;
        int gold = 0;
        if (predictions.getParent() != null) Files.createDirectories(predictions.getParent());
        try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int k = 0; k < sentences.size(); k++) {
                List<String> goldTags = sentences.get(k).stream().map(r -> r[r.length - 1]).toList();
                List<String> ourTags = iob(tags.get(k));
                for (int i = 0; i < goldTags.size(); i++) {
                    w.write(tokens.get(k).get(i) + " " + goldTags.get(i) + " " + ourTags.get(i) + "\n");
                }
                w.write("\n");
                Set<String> g = spans(goldTags);
                Set<String> p = spans(ourTags);
                gold += g.size();
                pred += p.size();
                for (String s : p) if (g.contains(s)) tp++;
            }
        }
        return new Score(tp, pred, gold);
    }

    /** Our labels as IOB2 tags with CoNLL's type names (PER, ORG, LOC, MISC). */
    static List<String> iob(List<String> labels) {
        List<String> out = new ArrayList<>();
        String prev = "O";
        for (String l : labels) {
            String t = switch (l) {
                case "PERSON" -> "PER";
                case "ORGANIZATION" -> "ORG";
                case "LOCATION" -> "LOC";
                case "MISC" -> "MISC";
                default -> "O";
            };
            out.add(t.equals("O") ? "O" : (t.equals(prev) ? "I-" : "B-") + t);
            prev = t;
        }
        return out;
    }

    /** Entity spans "type:start:end" of IOB1 or IOB2 tags. */
    static Set<String> spans(List<String> tags) {
        Set<String> out = new HashSet<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String ty = t.equals("O") ? null : t.substring(2);
            boolean begins = ty != null && (t.startsWith("B-") || !ty.equals(type));
            if (type != null && (ty == null || begins)) {
                out.add(type + ":" + start + ":" + i);
                type = null;
            }
            if (begins) {
                type = ty;
                start = i;
            }
        }
        return out;
    }

    static List<List<String[]>> read(Path conll) throws IOException {
        List<List<String[]>> out = new ArrayList<>();
        List<String[]> cur = new ArrayList<>();
        for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("-DOCSTART-")) {
                if (!cur.isEmpty()) out.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(l.split("\\s+"));
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
