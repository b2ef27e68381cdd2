package org.newsgraph.cluster;

/**
 * When two texts are one story printed twice: their estimated share of word shingles is at least
 * {@link #SAME_STORY}. A wire story and its reprint with a new headline, a cut paragraph or an added
 * sign-off share far more; two stories on the same event in different words share far less.
 */
public final class Reprints {

    public static final double SAME_STORY = 0.5;

    private Reprints() {}

    public static boolean same(long[] signatureA, long[] signatureB) {
        return MinHash.similarity(signatureA, signatureB) >= SAME_STORY;
    }

    public static long[] signature(String text) {
        return MinHash.signature(Shingles.of(text));
    }
}
