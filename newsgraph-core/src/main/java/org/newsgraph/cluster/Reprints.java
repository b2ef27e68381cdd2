package org.newsgraph.cluster;

/**
 * When two texts are one story printed twice: their estimated share of word shingles is at least
 * {@link #SAME_STORY}. A wire story and its reprint with a new headline, a cut paragraph or an added
 * sign-off share far more; two stories on the same event in different words share far less.
 */
public final class Reprints {

    public static final double SAME_STORY = 0.5;

    private Reprints() {}

    public static boolean same(Print a, Print b) {
        return a.similarity(b) >= SAME_STORY;
    }
}
