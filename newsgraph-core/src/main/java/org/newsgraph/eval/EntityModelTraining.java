package org.newsgraph.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsgraph.nlp.entity.Decoder;
import org.newsgraph.nlp.entity.Document;
import org.newsgraph.nlp.entity.EntityLabels;
import org.newsgraph.nlp.entity.EntityTagger;
import org.newsgraph.nlp.entity.WordClusters;

/**
 * Learns the entity tagger from a CoNLL-2003 training file (CoNLL++ train), measuring on a development file
 * (CoNLL++ dev) after every epoch. The second pass reads the first pass's labels; so that it learns how far they
 * can be trusted, the first-pass labels it trains on are out of fold (each fold tagged by a first pass that never
 * saw it). The whole second pass is also run out of fold on train, for error analysis, when asked.
 */
public final class EntityModelTraining {

    /** What to learn from and where to write. */
    public record Options(Path train, Path dev, Path model, int epochs, int folds, Path devPredictions,
                          Path outOfFoldPredictions, float keep, long seed, Path trainCodes, Path devCodes) {}

    private record Labelled(int index, ConllDocument conll, Document doc, int[][] gold) {}

    private EntityModelTraining() {}

    public static Score run(Options o, WordClusters clusters, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        List<Labelled> train = labelled(ConllDocument.read(o.train()), clusters);
        List<Labelled> dev = o.dev() == null ? List.of() : labelled(ConllDocument.read(o.dev()), clusters);
        List<List<List<String>>> devCodes = null;
        if (o.trainCodes() != null) {
            List<List<List<String>>> trainCodes = codes(o.trainCodes(), train);
            for (int i = 0; i < train.size(); i++) train.get(i).doc().codes(trainCodes.get(i));
            devCodes = codes(o.devCodes(), dev);
            for (int i = 0; i < dev.size(); i++) dev.get(i).doc().codes(devCodes.get(i));
        }
        log.printf(Locale.ROOT, "train: %d documents, %d tokens; dev: %d documents%n", train.size(),
                train.stream().mapToInt(l -> l.conll().tokens()).sum(), dev.size());

        List<List<Labelled>> folds = folds(train, o.folds(), o.seed());
        // first pass, out of fold: the labels the second pass learns to read
        int[][][] outOfFold = new int[train.size()][][];
        for (int k = 0; k < folds.size(); k++) {
            EntityPerceptron p = learn(others(folds, k), false, o.epochs(), o.seed(), List.of(), null, log);
            Decoder.Scorer s = p.averagedScorer();
            for (Labelled l : folds.get(k)) outOfFold[l.index()] = Decoder.run(l.doc(), false, s);
            log.printf(Locale.ROOT, "first pass, fold %d of %d: %d features (%.0f s)%n", k + 1, folds.size(), p.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        log.println("first pass out of fold on train: " + score(train, outOfFoldList(outOfFold)).line("ner-pass1-oof"));

        EntityPerceptron first = learn(train, false, o.epochs(), o.seed(), dev, null, log);
        Decoder.Scorer firstScorer = first.averagedScorer();
        for (int i = 0; i < train.size(); i++) train.get(i).doc().firstPass(outOfFold[i]);
        for (Labelled l : dev) l.doc().firstPass(Decoder.run(l.doc(), false, firstScorer));

        if (o.outOfFoldPredictions() != null) {
            List<int[][]> second = new ArrayList<>(Collections.nCopies(train.size(), (int[][]) null));
            for (int k = 0; k < folds.size(); k++) {
                Decoder.Scorer s = learn(others(folds, k), true, o.epochs(), o.seed(), List.of(), null, log).averagedScorer();
                for (Labelled l : folds.get(k)) second.set(l.index(), Decoder.run(l.doc(), true, s));
            }
            log.println("both passes out of fold on train: " + score(train, second).line("ner-oof"));
            write(o.outOfFoldPredictions(), train, second);
        }

        EntityPerceptron secondPass = learn(train, true, o.epochs(), o.seed(), dev, "second pass", log);
        Files.createDirectories(o.model().toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(o.model())) {
            EntityTagger.write(out, first.features(), first.averaged(), secondPass.features(), secondPass.averaged(),
                    o.keep());
        }
        log.printf(Locale.ROOT, "model written to %s (%d bytes) in %.0f s%n", o.model(), Files.size(o.model()),
                (System.nanoTime() - t0) / 1e9);
        if (dev.isEmpty()) return null;
        // measured with the model as written (small weights left out), through the tagger that ships
        EntityTagger tagger;
        try (var in = Files.newInputStream(o.model())) {
            tagger = EntityTagger.read(in, clusters);
        }
        List<int[][]> predicted = new ArrayList<>();
        for (Labelled l : dev) {
            Document d = tagger.document(l.conll().words());
            if (devCodes != null) d.codes(devCodes.get(l.index()));
            predicted.add(tagger.labels(d));
        }
        if (o.devPredictions() != null) write(o.devPredictions(), dev, predicted);
        return score(dev, predicted);
    }

    /** Per-token codes ("code" lines, a blank line between sentences) split into the documents' sentences. */
    private static List<List<List<String>>> codes(Path file, List<Labelled> docs) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) sentences.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(line.strip());
            }
        }
        if (!cur.isEmpty()) sentences.add(cur);
        List<List<List<String>>> out = new ArrayList<>();
        int k = 0;
        for (Labelled l : docs) {
            List<List<String>> mine = new ArrayList<>();
            for (List<String> s : l.conll().words()) {
                List<String> c = sentences.get(k++);
                if (c.size() != s.size()) throw new IOException(file + ": sentence " + k + " has " + c.size() + " codes for " + s.size() + " tokens");
                mine.add(c);
            }
            out.add(mine);
        }
        if (k != sentences.size()) throw new IOException(file + ": " + sentences.size() + " sentences of codes for " + k);
        return out;
    }

    private static List<Labelled> labelled(List<ConllDocument> docs, WordClusters clusters) {
        List<Labelled> out = new ArrayList<>();
        for (ConllDocument c : docs) {
            int[][] gold = new int[c.tags().size()][];
            for (int s = 0; s < gold.length; s++) gold[s] = EntityLabels.fromIob(c.tags().get(s));
            out.add(new Labelled(out.size(), c, EntityTagger.document(c.words(), clusters), gold));
        }
        return out;
    }

    private static List<List<Labelled>> folds(List<Labelled> docs, int n, long seed) {
        List<Labelled> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(seed));
        List<List<Labelled>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) out.add(new ArrayList<>());
        for (int i = 0; i < shuffled.size(); i++) out.get(i % n).add(shuffled.get(i));
        return out;
    }

    private static List<Labelled> others(List<List<Labelled>> folds, int k) {
        List<Labelled> out = new ArrayList<>();
        for (int j = 0; j < folds.size(); j++) if (j != k) out.addAll(folds.get(j));
        return out;
    }

    private static List<int[][]> outOfFoldList(int[][][] labels) {
        List<int[][]> out = new ArrayList<>();
        Collections.addAll(out, labels);
        return out;
    }

    /** Epochs over the documents in a new seeded order each time; dev measured after each when a name is given. */
    private static EntityPerceptron learn(List<Labelled> docs, boolean secondPass, int epochs, long seed,
                                          List<Labelled> dev, String name, PrintStream log) {
        EntityPerceptron p = new EntityPerceptron();
        List<Labelled> order = new ArrayList<>(docs);
        Random r = new Random(seed);
        for (int e = 1; e <= epochs; e++) {
            Collections.shuffle(order, r);
            for (Labelled l : order) Decoder.learn(l.doc(), secondPass, p, l.gold());
            if (!dev.isEmpty()) {
                Decoder.Scorer s = p.averagedScorer();
                List<int[][]> predicted = new ArrayList<>();
                for (Labelled l : dev) predicted.add(Decoder.run(l.doc(), secondPass, s));
                log.printf(Locale.ROOT, "%s epoch %d: %d features, dev %s%n", name == null ? "first pass" : name, e,
                        p.size(), score(dev, predicted).line("ner"));
            }
        }
        return p;
    }

    static Score score(List<Labelled> docs, List<int[][]> predicted) {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (int d = 0; d < docs.size(); d++) {
            ConllDocument c = docs.get(d).conll();
            for (int s = 0; s < c.tags().size(); s++) {
                Set<String> g = ConllNerEval.spans(c.tags().get(s));
                Set<String> p = ConllNerEval.spans(EntityLabels.toIob(predicted.get(d)[s]));
                gold += g.size();
                pred += p.size();
                for (String x : p) if (g.contains(x)) tp++;
            }
        }
        return new Score(tp, pred, gold);
    }

    /** "token gold predicted" lines, a blank line between sentences: what {@code conll_f1.py} reads. */
    private static void write(Path file, List<Labelled> docs, List<int[][]> predicted) throws IOException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int d = 0; d < docs.size(); d++) {
                ConllDocument c = docs.get(d).conll();
                for (int s = 0; s < c.words().size(); s++) {
                    List<String> ours = EntityLabels.toIob(predicted.get(d)[s]);
                    for (int i = 0; i < ours.size(); i++) {
                        w.write(c.words().get(s).get(i) + " " + c.tags().get(s).get(i) + " " + ours.get(i) + "\n");
                    }
                    w.write("\n");
                }
            }
        }
    }
}
