package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Attributions;
import org.newsgraph.extract.quote.LinearModel;
import org.newsgraph.extract.quote.Span;

/**
 * Learns the attribution model from a PolNeAR split (the training split; dev is for measuring): every candidate
 * the rules find (each cue the cue model lets through, with the source and content the rules give it) is
 * labelled an attribution when a gold attribution has a Cue overlapping its cue and a Source overlapping its
 * source. Read by the same averaged perceptron as the cue model, which must be trained first (its score is a
 * feature). Writes "feature TAB weight" lines.
 *
 * <pre>java -cp ... org.newsgraph.eval.AttributionModelTraining PolNeAR/train OUT.tsv</pre>
 */
public final class AttributionModelTraining {

    static final int MIN_COUNT = 5;
    static final int EPOCHS = 5;

    /**
     * The weights are the mean of this many perceptrons, each reading the candidates in another order: one
     * perceptron's weights depend on that order enough to move dev source F1 by 0.004 either way, the mean's
     * much less.
     */
    static final int BAG = 8;

    /**
     * The candidates of each fifth of the split are found and scored by a cue model learned from the other four
     * fifths: a cue model that has seen an article is surer of its cues than it will be of a new article's, and
     * the attribution model would learn to trust it too much.
     */
    static final int FOLDS = 5;

    private AttributionModelTraining() {}

    /** Drops the features seen fewer than {@code min} times: rare ones let the model learn the split by heart. */
    static List<CueModelTraining.Example> common(List<CueModelTraining.Example> examples, int min) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (CueModelTraining.Example e : examples) for (String f : e.features()) count.merge(f, 1, Integer::sum);
        List<CueModelTraining.Example> out = new ArrayList<>();
        for (CueModelTraining.Example e : examples) {
            out.add(new CueModelTraining.Example(e.features().stream().filter(f -> count.get(f) >= min).toList(), e.cue()));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        List<PolnearDocument> docs = PolnearDocument.read(Path.of(args[0]));
        List<CueModelTraining.Example> examples = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<PolnearDocument> rest = new ArrayList<>(), held = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) (i % FOLDS == fold ? held : rest).add(docs.get(i));
            LinearModel cues = CueModelTraining.model(rest);
            for (PolnearDocument d : held) examples.addAll(examples(d, cues));
        }
        examples = common(examples, MIN_COUNT);
        Map<String, Double> w = bagged(examples);
        List<String> lines = new ArrayList<>();
        for (var e : w.entrySet()) {
            double v = e.getValue();
            if (Math.abs(v) >= 0.05) lines.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.3f", v));
        }
        lines.sort(null);
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        long positive = examples.stream().filter(CueModelTraining.Example::cue).count();
        System.out.println(docs.size() + " articles, " + examples.size() + " candidates (" + positive
                + " attributions), " + lines.size() + " weights");
    }

    static Map<String, Double> bagged(List<CueModelTraining.Example> examples) {
        Map<String, Double> w = new java.util.HashMap<>();
        for (int b = 0; b < BAG; b++) {
            for (var e : CueModelTraining.train(examples, EPOCHS, 100 + b).entrySet()) {
                w.merge(e.getKey(), e.getValue()[0] / BAG, Double::sum);
            }
        }
        return w;
    }

    static List<CueModelTraining.Example> examples(PolnearDocument d, LinearModel cues) {
        PlainTextArticle p = PlainTextArticle.of(d.stem(), d.text());
        List<Span[]> gold = new ArrayList<>();   // {cue, source} in article offsets
        for (BratAttribution a : d.gold()) {
            if (a.cue() == null || a.source() == null) continue;
            gold.add(new Span[] {articleSpan(p, a.cue()), articleSpan(p, a.source())});
        }
        List<CueModelTraining.Example> out = new ArrayList<>();
        Attributions.find(p.article(), CueModelTraining.tags(p.article().text()), new Attributions.Judge() {
            @Override
            public boolean accepts(Attribution candidate, List<String> features) {
                boolean attribution = false;
                for (Span[] g : gold) {
                    attribution |= g[0].overlaps(candidate.cue().span()) && g[1].overlaps(candidate.source());
                }
                out.add(new CueModelTraining.Example(features, attribution));
                return true;
            }

            @Override
            public LinearModel cueModel() {
                return cues;
            }
        });
        return out;
    }

    private static Span articleSpan(PlainTextArticle p, BratSpan s) {
        int start = Integer.MAX_VALUE, end = -1;
        for (int[] f : s.fragments()) {
            start = Math.min(start, p.toArticle(f[0]));
            end = Math.max(end, p.toArticle(f[1]));
        }
        return new Span(start, end);
    }
}
