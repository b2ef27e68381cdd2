package org.newsgraph.cluster;

import java.nio.ByteBuffer;

/**
 * A fixed-size signature of a set of shingles whose agreement with another signature estimates the two
 * sets' Jaccard similarity (Li, Owen and Zhang's one-permutation hashing, densified as Shrivastava proposed),
 * plus a few lookup keys that find candidate pairs without comparing every pair.
 */
public final class MinHash {

    public static final int SIZE = 128;
    /** Lookup keys per text, see {@link #keys}. */
    public static final int KEYS = 8;

    private static final int BIN_BITS = Integer.numberOfTrailingZeros(SIZE);

    private MinHash() {}

    /**
     * The signature by one-permutation hashing: each shingle's hash falls in one of {@link #SIZE} bins by its
     * top bits, and each bin keeps its least value; so one hash per shingle, not one per position. A bin no
     * shingle fell in borrows from the next filled bin to its right, mixed with the distance, so that two
     * texts agree on it exactly when they agree on the bin it borrows from (densification).
     */
    public static long[] signature(long[] shingles) {
        long[] bins = new long[SIZE];
        java.util.Arrays.fill(bins, Long.MAX_VALUE);
        for (long sh : shingles) {
            int bin = (int) (sh >>> (Long.SIZE - BIN_BITS));
            long value = sh & (-1L >>> BIN_BITS);
            if (value < bins[bin]) bins[bin] = value;
        }
        long[] sig = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int k = 0;
            while (k < SIZE && bins[(i + k) % SIZE] == Long.MAX_VALUE) k++;
            sig[i] = k == SIZE ? Long.MAX_VALUE : k == 0 ? bins[i] : mix(bins[(i + k) % SIZE] + k * 0x9E3779B97F4A7C15L);
        }
        return sig;
    }

    /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != Long.MAX_VALUE) same++;
        return (double) same / a.length;
    }

    /**
     * The {@value #KEYS} least shingle hashes (a bottom-k sketch): texts that share any are candidates. Two
     * texts sharing half their shingles share the least hash of their union with probability one half, and miss
     * all of the few least ones only rarely (about (1 - J)^k), so few keys find reprints; a text's keys are
     * few enough that looking them up costs little. Fewer than {@value #KEYS} when the text has fewer shingles.
     */
    public static long[] keys(long[] shingles) {
        long[] sorted = shingles.clone();
        java.util.Arrays.sort(sorted);
        long[] keys = new long[Math.min(KEYS, sorted.length)];
        int n = 0;
        for (int i = 0; i < sorted.length && n < keys.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) keys[n++] = sorted[i];
        }
        return n == keys.length ? keys : java.util.Arrays.copyOf(keys, n);
    }

    public static byte[] bytes(long[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long v : signature) buf.putLong(v);
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) out[i] = buf.getLong();
        return out;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
