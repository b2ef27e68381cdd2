package org.newsgraph.extract.figure;

import java.util.List;

/**
 * A number as written in a sentence, before anyone asks what it counts.
 *
 * @param first index of its first word in the sentence's words
 * @param last  index of its last word (inclusive)
 * @param value the point value, null for vague quantities ("dozens")
 * @param low   lowest value the words allow
 * @param high  highest value the words allow
 * @param vague true for a range without a point ("tens of thousands")
 * @param unit  currency code, "percent", or null
 */
public record Quantity(int first, int last, Double value, Double low, Double high, boolean vague, String unit) {

    public static Quantity point(int first, int last, double value) {
        return new Quantity(first, last, value, value, value, false, null);
    }

    public static Quantity range(int first, int last, double low, double high) {
        return new Quantity(first, last, null, low, high, true, null);
    }

    public Quantity widen(int newFirst, int newLast, String newUnit) {
        return new Quantity(newFirst, newLast, value, low, high, vague, newUnit);
    }

    public int start(List<Word> words) {
        return words.get(first).start();
    }

    public int end(List<Word> words) {
        return words.get(last).end();
    }

    public boolean isRate() {
        return "percent".equals(unit);
    }

    public boolean isMoney() {
        return unit != null && !isRate();
    }
}
