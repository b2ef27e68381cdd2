package org.newsgraph.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word n-grams of a text, each as a 64-bit hash: what two reprints of one story share even when an
 * outlet rewrites the headline, trims a paragraph or adds a credit line. Words are runs of letters and
 * digits, lower-cased, so punctuation, quote styles and line breaks do not matter.
 */
public final class Shingles {

    /** Four words: long enough that unrelated stories rarely share one, short enough to survive edits. */
    public static final int WORDS = 4;

    private Shingles() {}

    public static long[] of(String text) {
        List<String> words = words(text);
        if (words.size() < WORDS) return words.isEmpty() ? new long[0] : new long[] {hash(String.join(" ", words))};
        long[] out = new long[words.size() - WORDS + 1];
        for (int i = 0; i < out.length; i++) out[i] = hash(String.join(" ", words.subList(i, i + WORDS)));
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** 64-bit FNV-1a, then a mixing step: stable across runs and machines, unlike String.hashCode's 32 bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return MinHash.mix(h);
    }
}
