package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsgraph.extract.quote.CueFeatures;
import org.newsgraph.extract.quote.PartsOfSpeech;
import org.newsgraph.extract.quote.QuoteMarks;
import org.newsgraph.extract.quote.QuoteSentences;
import org.newsgraph.extract.quote.Quoted;
import org.newsgraph.extract.quote.Span;
import org.newsgraph.extract.quote.Word;
import org.newsgraph.extract.quote.Words;
import org.newsgraph.model.Block;
import org.newsgraph.nlp.NlpEngine;

/**
 * Learns the cue model from a PolNeAR split (the training split; dev is for measuring): every word of every
 * sentence, labelled cue when a gold Cue span covers it, read by an averaged perceptron. Writes the weights
 * that matter as "feature TAB weight" lines: |w| at least 1 keeps 79k of 207k features and costs 0.005
 * source F1 on dev.
 *
 * <pre>java -cp ... org.newsgraph.eval.CueModelTraining PolNeAR/train OUT.tsv</pre>
 */
public final class CueModelTraining {

    record Example(List<String> features, boolean cue) {}

    /** Weights smaller than this are dropped: they hardly move a score, and the file stays small. */
    static final double KEEP = 1.0;

    public static void main(String[] args) throws IOException {
        List<PolnearDocument> docs = PolnearDocument.read(Path.of(args[0]));
        List<Example> examples = new ArrayList<>();
        for (PolnearDocument d : docs) examples.addAll(examples(d));
        Map<String, double[]> w = train(examples, 6);
        List<String> lines = new ArrayList<>();
        for (var e : w.entrySet()) {
            double v = e.getValue()[0];
            if (Math.abs(v) >= KEEP) lines.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.3f", v));
        }
        lines.sort(null);
        write(Path.of(args[1]), lines);
        System.out.println(docs.size() + " articles, " + examples.size() + " words, " + lines.size() + " weights");
    }

    /** Writes the lines, gzipped when the file name ends in ".gz" (Java's gzip header has no time: same bytes each run). */
    static void write(Path file, List<String> lines) throws IOException {
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        if (!file.toString().endsWith(".gz")) {
            Files.write(file, text);
            return;
        }
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text);
        }
    }

    private static final Map<String, PartsOfSpeech> TAGGED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An article's parts of speech from the news engine's tagger, as the quote stage gets them; kept, because the
     * folds of the attribution model's training read each article several times.
     */
    static PartsOfSpeech tags(String text) {
        return TAGGED.computeIfAbsent(text, t -> PartsOfSpeech.of(NlpEngine.news().tag(t)));
    }

    /** A cue model learned from these articles, with the weights the shipped one keeps. */
    static org.newsgraph.extract.quote.LinearModel model(List<PolnearDocument> docs) {
        List<Example> examples = new ArrayList<>();
        for (PolnearDocument d : docs) examples.addAll(examples(d));
        Map<String, Double> kept = new HashMap<>();
        for (var e : train(examples, 6).entrySet()) {
            if (Math.abs(e.getValue()[0]) >= KEEP) kept.put(e.getKey(), e.getValue()[0]);
        }
        return new org.newsgraph.extract.quote.LinearModel(kept);
    }

    static List<Example> examples(PolnearDocument d) {
        PlainTextArticle p = PlainTextArticle.of(d.stem(), d.text());
        String text = p.article().text();
        PartsOfSpeech tags = tags(text);
        boolean[] cue = new boolean[text.length()];
        for (BratAttribution a : d.gold()) {
            if (a.cue() == null) continue;
            for (int[] f : a.cue().fragments()) {
                int s = p.toArticle(f[0]), e = p.toArticle(f[1]);
                for (int i = Math.max(0, s); i < Math.min(e, text.length()); i++) cue[i] = true;
            }
        }
        List<Span> paragraphs = new ArrayList<>();
        for (Block b : p.article().blocks()) paragraphs.add(new Span(b.start(), b.end()));
        List<Quoted> quotes = QuoteMarks.find(text, paragraphs);
        List<Example> out = new ArrayList<>();
        for (Span s : QuoteSentences.of(p.article(), quotes)) {
            List<Word> w = tags.on(Words.of(text, s));
            for (int i = 0; i < w.size(); i++) {
                if (!w.get(i).isLetters()) continue;
                boolean inside = false;
                for (Quoted q : quotes) if (q.marks().contains(w.get(i).start())) inside = true;
                out.add(new Example(CueFeatures.of(w, i, inside), cue[w.get(i).start()]));
            }
        }
        return out;
    }

    /** Averaged perceptron; returns feature -> {averaged weight, ...}. */
    static Map<String, double[]> train(List<Example> examples, int epochs) {
        return train(examples, epochs, 7);
    }

    static Map<String, double[]> train(List<Example> examples, int epochs, long seed) {
        Map<String, double[]> w = new HashMap<>();   // {weight, total, lastUpdate}
        Random random = new Random(seed);
        List<Example> order = new ArrayList<>(examples);
        long t = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                t++;
                double s = 0;
                for (String f : e.features()) {
                    double[] v = w.get(f);
                    if (v != null) s += v[0];
                }
                boolean predicted = s > 0;
                if (predicted == e.cue()) continue;
                double y = e.cue() ? 1 : -1;
                for (String f : e.features()) {
                    double[] v = w.computeIfAbsent(f, k -> new double[3]);
                    v[1] += (t - v[2]) * v[0];
                    v[2] = t;
                    v[0] += y;
                }
            }
        }
        for (double[] v : w.values()) {
            v[1] += (t - v[2]) * v[0];
            v[0] = v[1] / t;
        }
        return w;
    }
}
