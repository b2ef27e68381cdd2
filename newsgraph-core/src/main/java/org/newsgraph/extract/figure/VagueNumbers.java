package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Map;

/**
 * Quantities that name a range, not a number: "dozens", "hundreds", "tens of thousands",
 * "hundreds of thousands", "several hundred", "a few thousand". Each keeps its range:
 * "hundreds" is 200 to 999, "tens of thousands" 20,000 to 99,999, "dozens" 24 to 99 (two dozen up to
 * the next word, hundreds), "scores" 40 to 199, "several" three to nine times its unit, "a few" two to five.
 */
public final class VagueNumbers {

    /** Plural words that stand for "many of this unit". */
    private static final Map<String, Double> PLURALS = Map.of(
            "dozens", 12d, "scores", 20d, "hundreds", 100d, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

    private static final Map<String, Double> SINGULARS = Map.of(
            "dozen", 12d, "hundred", 100d, "thousand", 1e3, "million", 1e6, "billion", 1e9);

    private VagueNumbers() {}

    public static Quantity read(List<Word> words, int i) {
        String w = words.get(i).lower();
        // "tens of thousands", "hundreds of millions"
        if ((w.equals("tens") || w.equals("hundreds")) && i + 2 < words.size() && words.get(i + 1).is("of")) {
            Double unit = PLURALS.get(words.get(i + 2).lower());
            if (unit != null && unit >= 1e3) {
                double f = w.equals("tens") ? 10 : 100;
                return Quantity.range(i, i + 2, 2 * f * unit, 10 * f * unit - 1);
            }
        }
        // "several hundred", "a few thousand"
        if (w.equals("several") && i + 1 < words.size()) {
            Double unit = SINGULARS.get(words.get(i + 1).lower());
            if (unit != null) return Quantity.range(i, i + 1, 3 * unit, 9 * unit);
        }
        if (w.equals("a") && i + 2 < words.size() && words.get(i + 1).is("few")) {
            Double unit = SINGULARS.get(words.get(i + 2).lower());
            if (unit != null) return Quantity.range(i, i + 2, 2 * unit, 5 * unit);
        }
        Double unit = PLURALS.get(w);
        if (unit == null) return null;
        if (w.equals("dozens")) return Quantity.range(i, i, 24, 99);
        if (w.equals("scores")) return scoresMeansMany(words, i) ? Quantity.range(i, i, 40, 199) : null;
        return Quantity.range(i, i, 2 * unit, 10 * unit - 1);
    }

    /** "scores of people" is many people; "the scores" of a match is not a quantity. */
    private static boolean scoresMeansMany(List<Word> words, int i) {
        return i + 1 < words.size() && words.get(i + 1).is("of") && (i == 0 || !words.get(i - 1).is("the", "their", "its"));
    }
}
