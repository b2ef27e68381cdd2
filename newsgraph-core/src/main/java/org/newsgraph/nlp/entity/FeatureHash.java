package org.newsgraph.nlp.entity;

/**
 * Features are 64-bit hashes of their names, never strings: the model stores eight bytes a feature and tagging
 * builds no string per feature. At a few million features a 64-bit hash has no collision worth counting.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {}

    /** The hash of a feature named by a template and one value ("w0" and "london"). */
    static long of(String template, CharSequence value) {
        long h = OFFSET;
        h = mix(h, template);
        h = (h ^ 0x1f) * PRIME;
        h = mix(h, value);
        return finish(h);
    }

    /** The hash of a feature named by a template and two values ("w-1|w0", "the", "london"). */
    static long of(String template, CharSequence a, CharSequence b) {
        long h = OFFSET;
        h = mix(h, template);
        h = (h ^ 0x1f) * PRIME;
        h = mix(h, a);
        h = (h ^ 0x1e) * PRIME;
        h = mix(h, b);
        return finish(h);
    }

    private static long mix(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = (h ^ (c & 0xff)) * PRIME;
            h = (h ^ (c >>> 8)) * PRIME;
        }
        return h;
    }

    /** A final avalanche (MurmurHash3's), so that the low bits used by the tables are well spread. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
