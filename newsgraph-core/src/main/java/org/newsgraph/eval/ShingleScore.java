package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's score, as its evaluate.py computes it: text split into word tokens
 * (Python's {@code \w+}: letters, digits, underscore; case kept), multisets of word 4-grams (a text shorter
 * than four tokens is one shorter shingle), true/false positives and negatives normalised per page; precision
 * and recall averaged over the pages where they are defined, and F1 from the two averages.
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleScore() {}

    /** Per-page tp, fp, fn, each divided by their sum (all zero when both texts are empty). */
    public record Page(double tp, double fp, double fn) {

        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }
    }

    /** Averages over pages. */
    public record Totals(double f1, double precision, double recall, int n) {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - N + 1); i++) {
            List<String> s = t.subList(i, Math.min(t.size(), i + N));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }

    public static Page page(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s > 0 ? new Page(tp / s, fp / s, fn / s) : new Page(0, 0, 0);
    }

    public static Totals totals(List<Page> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Page x : pages) {
            if (x.tp + x.fp > 0) {
                p += x.precision();
                np++;
            }
            if (x.tp + x.fn > 0) {
                r += x.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Totals(f1, precision, recall, pages.size());
    }
}
