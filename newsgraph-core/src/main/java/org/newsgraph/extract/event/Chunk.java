package org.newsgraph.extract.event;

/**
 * A noun phrase by part of speech: tokens [first, end) of a sentence, its head the last. {@code possessive} is the
 * index of its possessive marker ("Iraq 's government": the 's; "its assault": the its), or -1.
 */
record Chunk(int first, int end, int possessive) {

    int head() { return end - 1; }

    /** Where the part after the possessor starts. */
    int body() { return possessive < 0 ? first : possessive + 1; }

    boolean holds(int i) { return first <= i && i < end; }
}
