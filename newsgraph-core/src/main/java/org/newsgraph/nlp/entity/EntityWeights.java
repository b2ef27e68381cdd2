package org.newsgraph.nlp.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear model's weights: one row of {@link EntityLabels#COUNT} scores per feature hash, in an open-addressing
 * table. Read-only once built, so one instance serves every thread.
 *
 * <p>Written as "NGNER", version, label count, feature count, then per feature its hash, the number of labels
 * with a weight, and (label, weight) pairs.
 */
public final class EntityWeights {

    private static final String MAGIC = "NGNER";
    private static final int VERSION = 1;

    private final long[] keys;
    private final int[] rows;
    private final float[] weights;
    private final int mask;
    private final int size;

    private EntityWeights(long[] keys, int[] rows, float[] weights, int size) {
        this.keys = keys;
        this.rows = rows;
        this.weights = weights;
        this.mask = keys.length - 1;
        this.size = size;
    }

    /** Builds the table from parallel arrays: feature hashes and their rows (labels × features, row-major). */
    static EntityWeights of(long[] features, float[] dense) {
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        Arrays.fill(rows, -1);
        int m = capacity - 1;
        for (int f = 0; f < features.length; f++) {
            int slot = (int) features[f] & m;
            while (rows[slot] >= 0) slot = (slot + 1) & m;
            keys[slot] = features[f];
            rows[slot] = f;
        }
        return new EntityWeights(keys, rows, dense, features.length);
    }

    public int features() {
        return size;
    }

    /** Adds the feature's row to {@code scores}; an unknown feature adds nothing. */
    void addTo(long feature, float[] scores) {
        int slot = (int) feature & mask;
        while (true) {
            int r = rows[slot];
            if (r < 0) return;
            if (keys[slot] == feature) {
                int base = r * EntityLabels.COUNT;
                for (int y = 0; y < EntityLabels.COUNT; y++) scores[y] += weights[base + y];
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    static EntityWeights read(DataInputStream d) throws IOException {
        if (!d.readUTF().equals(MAGIC) || d.readInt() != VERSION) throw new IOException("not an entity model (version " + VERSION + ")");
        int labels = d.readInt();
        if (labels != EntityLabels.COUNT) throw new IOException("entity model has " + labels + " labels, not " + EntityLabels.COUNT);
        int n = d.readInt();
        long[] features = new long[n];
        float[] dense = new float[n * labels];
        for (int f = 0; f < n; f++) {
            features[f] = d.readLong();
            int k = d.readUnsignedByte();
            for (int j = 0; j < k; j++) {
                int y = d.readUnsignedByte();
                dense[f * labels + y] = d.readFloat();
            }
        }
        return of(features, dense);
    }

    /**
     * Writes the features with at least one weight whose magnitude reaches {@code keep}, in hash order so that the
     * same model gives the same bytes (Java's gzip header carries no time).
     */
    static void write(long[] features, float[] dense, float keep, DataOutputStream d) throws IOException {
        Integer[] order = new Integer[features.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(features[a], features[b]));
        int labels = EntityLabels.COUNT;
        int kept = 0;
        for (int f = 0; f < features.length; f++) if (strongest(dense, f) >= keep) kept++;
        d.writeUTF(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(labels);
        d.writeInt(kept);
        for (int f : order) {
            if (strongest(dense, f) < keep) continue;
            d.writeLong(features[f]);
            int k = 0;
            for (int y = 0; y < labels; y++) if (Math.abs(dense[f * labels + y]) >= keep) k++;
            d.writeByte(k);
            for (int y = 0; y < labels; y++) {
                float w = dense[f * labels + y];
                if (Math.abs(w) < keep) continue;
                d.writeByte(y);
                d.writeFloat(w);
            }
        }
    }

    private static float strongest(float[] dense, int f) {
        float m = 0;
        for (int y = 0; y < EntityLabels.COUNT; y++) m = Math.max(m, Math.abs(dense[f * EntityLabels.COUNT + y]));
        return m;
    }
}
