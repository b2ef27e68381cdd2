package org.newsgraph.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.nlp.entity.Decoder;
import org.newsgraph.nlp.entity.EntityLabels;
import org.newsgraph.nlp.entity.Features;

/**
 * An averaged perceptron over feature hashes, for learning the entity tagger. A feature gets a row only when a
 * correction first touches it. Averaging uses the usual trick: beside each weight, the sum of its changes times the
 * step at which they happened, so the average is {@code w - sum / steps} without visiting every weight each step.
 */
final class EntityPerceptron implements Decoder.Learner {

    private static final int L = EntityLabels.COUNT;

    private final Map<Long, Integer> rows = new HashMap<>();
    private long[] features = new long[1 << 16];
    private float[] weights = new float[(1 << 16) * L];
    private double[] changes = new double[(1 << 16) * L];
    private long steps = 1;

    @Override
    public void tick() {
        steps++;
    }

    @Override
    public void score(Features f, float[] scores) {
        for (int k = 0; k < f.size(); k++) {
            Integer r = rows.get(f.get(k));
            if (r == null) continue;
            int base = r * L;
            for (int y = 0; y < L; y++) scores[y] += weights[base + y];
        }
    }

    @Override
    public void update(Features f, int label, float delta) {
        for (int k = 0; k < f.size(); k++) {
            int i = row(f.get(k)) * L + label;
            weights[i] += delta;
            changes[i] += delta * steps;
        }
    }

    private int row(long feature) {
        Integer r = rows.get(feature);
        if (r != null) return r;
        int n = rows.size();
        if (n == features.length) {
            features = Arrays.copyOf(features, n * 2);
            weights = Arrays.copyOf(weights, n * 2 * L);
            changes = Arrays.copyOf(changes, n * 2 * L);
        }
        features[n] = feature;
        rows.put(feature, n);
        return n;
    }

    int size() {
        return rows.size();
    }

    long[] features() {
        return Arrays.copyOf(features, rows.size());
    }

    /** The averaged weights, row-major (labels × features). */
    float[] averaged() {
        float[] out = new float[rows.size() * L];
        for (int i = 0; i < out.length; i++) out[i] = (float) (weights[i] - changes[i] / steps);
        return out;
    }

    /** A scorer with the averaged weights as they are now (for measuring between epochs). */
    Decoder.Scorer averagedScorer() {
        float[] avg = averaged();
        Map<Long, Integer> index = new HashMap<>(rows);
        return (f, scores) -> {
            for (int k = 0; k < f.size(); k++) {
                Integer r = index.get(f.get(k));
                if (r == null) continue;
                int base = r * L;
                for (int y = 0; y < L; y++) scores[y] += avg[base + y];
            }
        };
    }
}
