package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the hedge right before a number ("more than 17,000", "some 1,200", "had surpassed 40,000") or right
 * after it ("40,000 or more", "300-plus"). Only adjacent words count: in "almost all of its 2.3 million",
 * "almost" bends "all", not the number.
 */
public final class Qualifiers {

    /** Longest phrases first, so "no more than" wins over "more than". */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("no fewer than", "lower"), Map.entry("no less than", "lower"),
            Map.entry("not less than", "lower"), Map.entry("a minimum of", "lower"),
            Map.entry("in excess of", "lower"), Map.entry("upwards of", "lower"), Map.entry("more than", "lower"),
            Map.entry("at least", "lower"), Map.entry("well over", "lower"), Map.entry("just over", "lower"),
            Map.entry("over", "lower"), Map.entry("above", "lower"), Map.entry("surpassed", "lower"),
            Map.entry("surpassing", "lower"), Map.entry("exceeded", "lower"), Map.entry("exceeding", "lower"),
            Map.entry("topped", "lower"), Map.entry("passed", "lower"), Map.entry("crossed", "lower"),
            Map.entry("no more than", "upper"), Map.entry("not more than", "upper"),
            Map.entry("a maximum of", "upper"), Map.entry("fewer than", "upper"), Map.entry("less than", "upper"),
            Map.entry("at most", "upper"), Map.entry("up to", "upper"), Map.entry("as many as", "upper"),
            Map.entry("just under", "upper"), Map.entry("under", "upper"), Map.entry("nearly", "upper"),
            Map.entry("almost", "upper"), Map.entry("close to", "approximate"),
            Map.entry("approximately", "approximate"), Map.entry("about", "approximate"),
            Map.entry("around", "approximate"), Map.entry("roughly", "approximate"),
            Map.entry("some", "approximate"), Map.entry("an estimated", "approximate"),
            Map.entry("estimated", "approximate"), Map.entry("approaching", "approximate"),
            Map.entry("nearing", "approximate"));

    private static final Map<String, String> AFTER = Map.of("or more", "lower", "or so", "approximate",
            "and counting", "lower", "-plus", "lower", "plus", "lower");

    private Qualifiers() {}

    public static Qualifier of(List<Word> words, Quantity q) {
        for (int n = 3; n >= 1; n--) {
            int first = q.first() - n;
            if (first < 0) continue;
            String phrase = join(words, first, q.first() - 1);
            String bound = BEFORE.get(phrase);
            if (bound != null) return new Qualifier(phrase, first, q.first() - 1, bound);
        }
        for (int n = 2; n >= 1; n--) {
            int last = q.last() + n;
            if (last >= words.size()) continue;
            String phrase = words.get(q.last() + 1).is("-") && words.get(q.last()).touches(words.get(q.last() + 1))
                    ? "-" + join(words, q.last() + 2, last) : join(words, q.last() + 1, last);
            String bound = AFTER.get(phrase);
            if (bound != null) return new Qualifier(phrase, q.last() + 1, last, bound);
        }
        return null;
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (words.get(i).punctuation() && !words.get(i).is("-")) return "";
            if (s.length() > 0) s.append(' ');
            s.append(words.get(i).text());
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
