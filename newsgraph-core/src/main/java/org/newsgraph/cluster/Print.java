package org.newsgraph.cluster;

/**
 * What the store keeps of a text to recognise its reprints: the MinHash signature that estimates how much
 * two texts share, and the lookup keys that find the texts worth comparing.
 */
public record Print(long[] signature, long[] keys) {

    public static Print of(String text) {
        long[] shingles = Shingles.of(text);
        return new Print(MinHash.signature(shingles), MinHash.keys(shingles));
    }

    /** The estimated share of word shingles the two texts have in common. */
    public double similarity(Print other) {
        return MinHash.similarity(signature, other.signature);
    }
}
