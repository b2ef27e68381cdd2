package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints held in memory and found by their keys: for the articles of one batch, which the search index does
 * not show until the batch is written, and for giving a whole older store its stories at once.
 */
public final class PrintTable {

    /** An article's print. */
    public record Entry(String id, Print print) {}

    private final Map<Long, List<Entry>> byKey = new HashMap<>();

    /** Prints one key finds at most: see {@link #COMMON}. */
    public static final int COMMON = 20;

    /**
     * Adds the article; its keys find it from then on, except a key that already finds {@link #COMMON}
     * articles: such a key comes from text many articles share (a stock paragraph, a template, a story
     * reprinted a hundred times); the first prints it finds are enough to join a story, and reading more
     * would cost in proportion.
     */
    public void add(String id, Print print) {
        Entry e = new Entry(id, print);
        for (long key : print.keys()) {
            List<Entry> found = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (found.size() < COMMON) found.add(e);
        }
    }

    /** The entries sharing at least one key with the print, those sharing the most first, at most {@code limit}. */
    public List<Entry> candidates(Print print, int limit) {
        List<Entry> all = new ArrayList<>();
        Map<Entry, Integer> numbers = new IdentityHashMap<>();
        int[] found = new int[print.keys().length * COMMON];
        int n = 0;
        for (long key : print.keys()) {
            for (Entry e : byKey.getOrDefault(key, List.of())) {
                Integer number = numbers.get(e);
                if (number == null) {
                    number = all.size();
                    numbers.put(e, number);
                    all.add(e);
                }
                found[n++] = number;
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int number : mostFound(found, n, limit)) out.add(all.get(number));
        return out;
    }

    /**
     * The numbers found most often among the first {@code n} of {@code found}, at most {@code limit}, most
     * often first, lower numbers first among equals. In place, without boxing: it runs once per stored article.
     */
    public static int[] mostFound(int[] found, int n, int limit) {
        Arrays.sort(found, 0, n);
        long[] counted = new long[n];
        int m = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && found[j] == found[i]) j++;
            // more often first, then the lower number: (-count, number) in one long, sorted ascending
            counted[m++] = ((long) -(j - i) << 32) | (found[i] & 0xFFFFFFFFL);
            i = j;
        }
        Arrays.sort(counted, 0, m);
        int[] out = new int[Math.min(limit, m)];
        for (int i = 0; i < out.length; i++) out[i] = (int) counted[i];
        return out;
    }
}
