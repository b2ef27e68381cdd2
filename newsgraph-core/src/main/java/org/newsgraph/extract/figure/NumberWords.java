package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Map;

/**
 * Reads numbers written in words: "six", "twenty-five", "two hundred and fifty thousand", "a dozen",
 * "two million". A run stops where the words stop making one number, so "five twenty" is two numbers and
 * "one" on its own is left for the caller to judge (it is usually a pronoun).
 */
public final class NumberWords {

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    /** Scales that close a group: "two hundred thousand" is (two hundred) x thousand. */
    static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    private NumberWords() {}

    /** Words that start a number or a range ("dozens", "tens of thousands", "several hundred", "a dozen"). */
    private static final java.util.Set<String> STARTERS = java.util.Set.of("dozens", "scores", "hundreds", "thousands",
            "millions", "billions", "tens", "dozen", "hundred", "thousand", "million", "billion", "trillion");

    /**
     * A cheap first look: false only when the text has no digit and no number word, so the caller may skip it.
     * Scans letter runs by hand; no regex, no allocation per character.
     */
    public static boolean mayHoldNumber(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return true;
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            int len = i - from;
            if (len >= 3 && len <= 9) {
                String w = text.substring(from, i).toLowerCase(java.util.Locale.ROOT);
                if (SMALL.containsKey(w) || TENS.containsKey(w) || STARTERS.contains(w)) return true;
            }
        }
        return false;
    }

    /** The value of a hyphen-free number word or a "twenty-five" compound, or null. */
    static Integer small(String lower) {
        Integer v = SMALL.get(lower);
        if (v != null) return v;
        v = TENS.get(lower);
        if (v != null) return v;
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(lower.substring(0, dash));
            Integer unit = SMALL.get(lower.substring(dash + 1));
            if (tens != null && unit != null && unit >= 1 && unit <= 9) return tens + unit;
        }
        return null;
    }

    /** True for any word that can be part of a number in words. */
    public static boolean isNumberWord(String lower) {
        return small(lower) != null || SCALES.containsKey(lower) || lower.equals("hundred") || lower.equals("dozen");
    }

    /**
     * The longest number in words starting at words[from], or null. "a" counts as one before
     * hundred, thousand, million, billion and dozen; "and" joins only inside a number ("two hundred and five").
     */
    public static Quantity read(List<Word> words, int from) {
        double total = 0;
        double group = 0;
        int last = -1;
        Kind previous = Kind.NONE;
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i).lower();
            Kind kind = kind(w);
            if (kind == Kind.ARTICLE) {
                if (i != from || i + 1 >= words.size() || !multiplies(kind(words.get(i + 1).lower()))) break;
                group = 1;
                previous = Kind.UNIT;
                continue;
            }
            if (kind == Kind.AND) {
                boolean joins = (previous == Kind.HUNDRED || previous == Kind.SCALE) && i + 1 < words.size()
                        && (kind(words.get(i + 1).lower()) == Kind.UNIT || kind(words.get(i + 1).lower()) == Kind.TENS);
                if (!joins) break;
                continue;
            }
            if (!fits(previous, kind)) break;
            switch (kind) {
                case UNIT, TENS -> group += small(w);
                case HUNDRED -> group = (group == 0 ? 1 : group) * 100;
                case DOZEN -> group = (group == 0 ? 1 : group) * 12;
                case SCALE -> {
                    total += (group == 0 ? 1 : group) * SCALES.get(w);
                    group = 0;
                }
                default -> { }
            }
            previous = kind;
            last = i;
        }
        if (last < 0) return null;
        return Quantity.point(from, last, total + group);
    }

    private enum Kind { NONE, ARTICLE, AND, UNIT, TENS, HUNDRED, DOZEN, SCALE, OTHER }

    private static Kind kind(String w) {
        if (w.equals("a") || w.equals("an")) return Kind.ARTICLE;
        if (w.equals("and")) return Kind.AND;
        if (w.equals("hundred")) return Kind.HUNDRED;
        if (w.equals("dozen")) return Kind.DOZEN;
        if (SCALES.containsKey(w)) return Kind.SCALE;
        Integer v = small(w);
        if (v == null) return Kind.OTHER;
        return TENS.containsKey(w) ? Kind.TENS : Kind.UNIT;
    }

    private static boolean multiplies(Kind k) {
        return k == Kind.HUNDRED || k == Kind.SCALE || k == Kind.DOZEN;
    }

    /** Which word may follow which inside one number. */
    private static boolean fits(Kind previous, Kind next) {
        return switch (next) {
            case UNIT -> previous == Kind.NONE || previous == Kind.TENS || previous == Kind.HUNDRED
                    || previous == Kind.SCALE;
            case TENS -> previous == Kind.NONE || previous == Kind.HUNDRED || previous == Kind.SCALE;
            case HUNDRED -> previous == Kind.UNIT;
            case DOZEN -> previous == Kind.UNIT || previous == Kind.TENS;
            case SCALE -> previous == Kind.UNIT || previous == Kind.TENS || previous == Kind.HUNDRED
                    || previous == Kind.DOZEN;
            default -> false;
        };
    }
}
