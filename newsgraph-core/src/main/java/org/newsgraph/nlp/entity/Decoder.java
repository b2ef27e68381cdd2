package org.newsgraph.nlp.entity;

import java.util.Arrays;

/**
 * Viterbi decoding over BILOU labels, the same for tagging and for learning. A token's score for a label is the
 * sum of its fixed features' weights (the words, shapes, classes, places around it, and in the second pass the
 * first pass's labels) plus the weights of the features that pair the label before with this token (the label
 * alone, with the word, with the shape). Only orders BILOU allows are searched. Learning is the structured
 * perceptron: decode a sentence, and where the best path is not the gold one, move weights toward the gold path's
 * features and away from the chosen path's.
 */
public final class Decoder {

    /** Scores every label for some features. */
    public interface Scorer {
        void score(Features features, float[] scores);
    }

    /** Moves the weights of some features for one label. */
    public interface Learner extends Scorer {
        void update(Features features, int label, float delta);

        /** One more sentence seen (the clock of weight averaging). */
        void tick();
    }

    private static final int L = EntityLabels.COUNT;

    private Decoder() {}

    /** Labels of every token of the document, sentence by sentence. */
    public static int[][] run(Document d, boolean secondPass, Scorer scorer) {
        int[][] out = new int[d.words.size()][];
        for (int s = 0; s < out.length; s++) out[s] = sentence(d, s, secondPass, scorer);
        return out;
    }

    /** One epoch's pass over a document's sentences: decode each, and correct where it differs from gold. */
    public static void learn(Document d, boolean secondPass, Learner learner, int[][] gold) {
        for (int s = 0; s < d.words.size(); s++) {
            learner.tick();
            int[] chosen = sentence(d, s, secondPass, learner);
            if (Arrays.equals(chosen, gold[s])) continue;
            Features f = new Features();
            for (int i = 0; i < chosen.length; i++) {
                int gp = i == 0 ? EntityLabels.O : gold[s][i - 1];
                int cp = i == 0 ? EntityLabels.O : chosen[i - 1];
                if (gold[s][i] != chosen[i]) {
                    f.clear();
                    EntityFeatures.fixed(d, s, i, secondPass, f);
                    learner.update(f, gold[s][i], 1);
                    learner.update(f, chosen[i], -1);
                }
                if (gold[s][i] != chosen[i] || gp != cp) {
                    f.clear();
                    EntityFeatures.history(d, s, i, gp, f);
                    learner.update(f, gold[s][i], 1);
                    f.clear();
                    EntityFeatures.history(d, s, i, cp, f);
                    learner.update(f, chosen[i], -1);
                }
            }
        }
    }

    private static int[] sentence(Document d, int s, boolean secondPass, Scorer scorer) {
        int n = d.words.get(s).size();
        int[] labels = new int[n];
        if (n == 0) return labels;
        float[][] best = new float[n][L];
        int[][] back = new int[n][L];
        Features f = new Features();
        float[] emission = new float[L];
        float[] pair = new float[L];
        for (int i = 0; i < n; i++) {
            f.clear();
            EntityFeatures.fixed(d, s, i, secondPass, f);
            Arrays.fill(emission, 0f);
            scorer.score(f, emission);
            Arrays.fill(best[i], Float.NEGATIVE_INFINITY);
            for (int p = 0; p < L; p++) {
                float before = i == 0 ? (p == EntityLabels.O ? 0f : Float.NEGATIVE_INFINITY) : best[i - 1][p];
                if (before == Float.NEGATIVE_INFINITY) continue;
                f.clear();
                EntityFeatures.history(d, s, i, p, f);
                Arrays.fill(pair, 0f);
                scorer.score(f, pair);
                for (int y = 0; y < L; y++) {
                    if (!EntityLabels.allowed(p, y)) continue;
                    float v = before + pair[y] + emission[y];
                    if (v > best[i][y]) {
                        best[i][y] = v;
                        back[i][y] = p;
                    }
                }
            }
        }
        int last = -1;
        for (int y = 0; y < L; y++) {
            if (!EntityLabels.closes(y) || best[n - 1][y] == Float.NEGATIVE_INFINITY) continue;
            if (last < 0 || best[n - 1][y] > best[n - 1][last]) last = y;
        }
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i][labels[i]];
        return labels;
    }
}
