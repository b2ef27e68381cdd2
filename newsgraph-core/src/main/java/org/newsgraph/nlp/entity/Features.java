package org.newsgraph.nlp.entity;

import java.util.Arrays;

/** A growable list of feature hashes, reused token after token so that tagging allocates little. */
public final class Features {

    private long[] hashes = new long[64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(long hash) {
        if (size == hashes.length) hashes = Arrays.copyOf(hashes, size * 2);
        hashes[size++] = hash;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return hashes[i];
    }

    long[] toArray() {
        return Arrays.copyOf(hashes, size);
    }
}
