package org.newsgraph.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article's sentences as the tagger reads them: each word with its lower-cased form and shape, the places
 * the gazetteer finds, and after the first pass the labels it gave, gathered per word over the whole article
 * (the same name is usually the same kind of thing throughout an article).
 */
public final class Document {

    final List<List<String>> words;
    final String[][] lower;
    final String[][] shape;
    final String[][] places;
    final boolean[] shouted;
    final String[][] clusters;
    /** Codes of each token from some other model (contextual vectors' signs, "0110..."), or null: for experiments. */
    String[][] codes;
    /** The first pass's labels, or null during the first pass. */
    int[][] firstPass;
    /** Per folded word: how often the first pass gave each type (0-3) or O (4) to its capitalised occurrences. */
    private Map<String, int[]> votes;
    /** Folded words that the article also writes in lower case inside a sentence ("the Union" / "a union"). */
    private final java.util.Set<String> seenLower = new java.util.HashSet<>();

    Document(List<List<String>> words, PlaceMatches gazetteer, WordClusters wordClusters) {
        this.words = words;
        int n = words.size();
        lower = new String[n][];
        shape = new String[n][];
        places = new String[n][];
        shouted = new boolean[n];
        clusters = new String[n][];
        for (int s = 0; s < n; s++) {
            List<String> ws = words.get(s);
            lower[s] = new String[ws.size()];
            shape[s] = new String[ws.size()];
            clusters[s] = new String[ws.size()];
            int letters = 0;
            int upper = 0;
            for (int i = 0; i < ws.size(); i++) {
                String w = ws.get(i);
                lower[s][i] = normal(w);
                shape[s][i] = shape(w);
                clusters[s][i] = wordClusters.of(w);
                for (int k = 0; k < w.length(); k++) {
                    char c = w.charAt(k);
                    if (Character.isLetter(c)) {
                        letters++;
                        if (Character.isUpperCase(c)) upper++;
                    }
                }
                if (i > 0 && !w.isEmpty() && Character.isLowerCase(w.charAt(0))) seenLower.add(lower[s][i]);
            }
            // headlines and datelines in capitals: case says nothing there
            shouted[s] = letters >= 4 && upper * 10 >= letters * 9;
            places[s] = gazetteer.of(ws);
        }
    }

    /** Gives each token a code from another model (for measuring what such codes add; the shipped model reads none). */
    public void codes(List<List<String>> perSentence) {
        codes = new String[perSentence.size()][];
        for (int s = 0; s < codes.length; s++) codes[s] = perSentence.get(s).toArray(String[]::new);
    }

    /** Gathers the first pass's labels per word. */
    public void firstPass(int[][] labels) {
        firstPass = labels;
        votes = new HashMap<>();
        for (int s = 0; s < labels.length; s++) {
            for (int i = 0; i < labels[s].length; i++) {
                String w = words.get(s).get(i);
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
                int t = EntityLabels.type(labels[s][i]);
                votes.computeIfAbsent(lower[s][i], k -> new int[5])[t < 0 ? 4 : t]++;
            }
        }
    }

    /** The first pass's votes for the word's other capitalised occurrences (its own taken out), or null. */
    int[] othersVotes(int s, int i) {
        int[] v = votes.get(lower[s][i]);
        if (v == null) return null;
        int[] out = v.clone();
        String w = words.get(s).get(i);
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            int t = EntityLabels.type(firstPass[s][i]);
            out[t < 0 ? 4 : t]--;
        }
        int total = 0;
        for (int x : out) total += x;
        return total == 0 ? null : out;
    }

    boolean seenLower(int s, int i) {
        return seenLower.contains(lower[s][i]);
    }

    /** Lower case, digits as 0: "1996-08-22" and "2024-01-05" are one word to the model. */
    static String normal(String w) {
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) || Character.isUpperCase(c)) {
                if (b == null) b = new StringBuilder(w.length()).append(w, 0, i);
                b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }

    /** Upper X, lower x, digit d, others as they are, runs collapsed: "McDonald's" gives "XxXx'x". */
    static String shape(String w) {
        StringBuilder b = new StringBuilder(Math.min(w.length(), 8));
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (k != last) b.append(k);
            last = k;
        }
        return b.toString();
    }

    static String fold(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
