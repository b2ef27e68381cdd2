package org.newsgraph.nlp.entity;

/**
 * Greedy left-to-right decoding, the same for tagging and for learning: each token takes the best-scoring label
 * that may follow the one before (BILOU order), and the labels given so far are features of the next token.
 * Learning passes the gold labels and a {@link Correction}, called wherever the choice was wrong.
 */
public final class Decoder {

    /** Scores every label for a token's features. */
    public interface Scorer {
        void score(Features features, float[] scores);
    }

    /** Told the features of a token whose chosen label was not the gold one. */
    public interface Correction {
        void correct(Features features, int gold, int chosen);
    }

    private Decoder() {}

    /** Labels of every token of the document, sentence by sentence. */
    public static int[][] run(Document d, boolean secondPass, Scorer scorer, int[][] gold, Correction correction) {
        int[][] out = new int[d.words.size()][];
        Features f = new Features();
        float[] scores = new float[EntityLabels.COUNT];
        for (int s = 0; s < out.length; s++) {
            int n = d.words.get(s).size();
            int[] labels = new int[n];
            int previous = EntityLabels.O;
            int beforePrevious = EntityLabels.O;
            for (int i = 0; i < n; i++) {
                f.clear();
                EntityFeatures.fixed(d, s, i, secondPass, f);
                EntityFeatures.history(d, s, i, previous, beforePrevious, f);
                java.util.Arrays.fill(scores, 0f);
                scorer.score(f, scores);
                int best = -1;
                for (int y = 0; y < EntityLabels.COUNT; y++) {
                    if (!EntityLabels.allowed(previous, y)) continue;
                    // a name still open at the sentence's end cannot be closed: only closing labels fit last
                    if (i == n - 1 && !EntityLabels.closes(y)) continue;
                    if (best < 0 || scores[y] > scores[best]) best = y;
                }
                if (gold != null && gold[s][i] != best) correction.correct(f, gold[s][i], best);
                labels[i] = best;
                beforePrevious = previous;
                previous = best;
            }
            out[s] = labels;
        }
        return out;
    }
}
