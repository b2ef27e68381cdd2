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
import java.util.Collections;
import java.util.function.Function;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.entity.EntityLabels;
import org.newsgraph.nlp.entity.EntityTagger;
import org.newsgraph.nlp.rules.EntityRule;

/**
 * NER on CoNLL-2003 columns (token first, IOB tag last): tags the given tokens an article (a -DOCSTART- document)
 * at a time, writes {@code token gold predicted} per line (blank line between sentences) and scores entity spans
 * exactly (type and both ends). Several taggers can be measured in one run, each writing its own predictions.
 */
public final class ConllNerEval {

    /** A tagger under test: a document's sentences in, IOB2 tags with CoNLL's type names out. */
    public record Side(String name, Function<List<List<String>>, List<List<String>>> tagger) {}

    private ConllNerEval() {}

    /** Tags and scores each side in turn; returns their scores in the same order. */
    public static List<Score> run(List<Side> sides, Path conll, List<Path> predictions) throws IOException {
        List<ConllDocument> docs = ConllDocument.read(conll);
        List<Score> out = new ArrayList<>();
        for (int k = 0; k < sides.size(); k++) {
            List<List<List<String>>> tags = new ArrayList<>();
            for (ConllDocument d : docs) tags.add(sides.get(k).tagger().apply(d.words()));
            out.add(write(docs, tags, predictions.get(k)));
        }
        return out;
    }

    private static Score write(List<ConllDocument> docs, List<List<List<String>>> tags, Path predictions) throws IOException {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        if (predictions.toAbsolutePath().getParent() != null) Files.createDirectories(predictions.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int d = 0; d < docs.size(); d++) {
                ConllDocument doc = docs.get(d);
                for (int k = 0; k < doc.words().size(); k++) {
                    List<String> goldTags = doc.tags().get(k);
                    List<String> ourTags = tags.get(d).get(k);
                    for (int i = 0; i < goldTags.size(); i++) {
                        w.write(doc.words().get(k).get(i) + " " + goldTags.get(i) + " " + ourTags.get(i) + "\n");
                    }
                    w.write("\n");
                    Set<String> g = spans(goldTags);
                    Set<String> p = spans(ourTags);
                    gold += g.size();
                    pred += p.size();
                    for (String s : p) if (g.contains(s)) tp++;
                }
            }
        }
        return new Score(tp, pred, gold);
    }

    /**
     * Our side: the engine analyses the given tokens, the entity rules of the NLP stage correct its names (as in
     * {@code extract}), and each name becomes IOB2 tags.
     */
    public static Function<List<List<String>>, List<List<String>>> newsgraph(NlpEngine engine) {
        return sentences -> {
            Analysis a = EntityRule.applyAll(engine.analyzeTokens(sentences));
            List<String> flat = new ArrayList<>(Collections.nCopies(a.tokens().size(), "O"));
            for (Mention m : a.mentions()) {
                String type = switch (m.type()) {
                    case "PERSON" -> "PER";
                    case "ORGANIZATION" -> "ORG";
                    case "LOCATION" -> "LOC";
                    default -> "MISC";
                };
                for (int t = m.firstToken(); t < m.endToken(); t++) flat.set(t, (t == m.firstToken() ? "B-" : "I-") + type);
            }
            List<List<String>> out = new ArrayList<>();
            int k = 0;
            for (List<String> s : sentences) {
                out.add(flat.subList(k, k + s.size()));
                k += s.size();
            }
            return out;
        };
    }

    /** Our entity tagger alone on the given tokens, without the engine's parts of speech or the entity rules. */
    public static Function<List<List<String>>, List<List<String>>> taggerAlone() {
        return sentences -> {
            EntityTagger t = EntityTagger.standard();
            List<List<String>> out = new ArrayList<>();
            for (int[] s : t.labels(t.document(sentences))) out.add(EntityLabels.toIob(s));
            return out;
        };
    }

    /** A tagger that gives one coarse label per token (PERSON ... or O) as IOB2 tags: adjacent tokens of one type are one name. */
    public static Function<List<List<String>>, List<List<String>>> coarse(Function<List<List<String>>, List<List<String>>> labels) {
        return sentences -> labels.apply(sentences).stream().map(ConllNerEval::iob).toList();
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
}
