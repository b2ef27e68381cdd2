package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The features a learned cue model reads for one word of a sentence: the word, its ending, its neighbours,
 * and what around it marks attribution (a following "that", colon or quote mark, a preceding comma or closing
 * quote, being inside a quotation).
 */
public final class CueFeatures {

    private CueFeatures() {}

    public static List<String> of(List<Word> w, int i, boolean insideQuote) {
        List<String> f = new ArrayList<>(20);
        String x = w.get(i).lower();
        String p = i > 0 ? norm(w.get(i - 1)) : "<s>";
        String n = i + 1 < w.size() ? norm(w.get(i + 1)) : "</s>";
        String n2 = i + 2 < w.size() ? norm(w.get(i + 2)) : "</s>";
        String p2 = i > 1 ? norm(w.get(i - 2)) : "<s>";
        f.add("bias");
        f.add("w=" + x);
        f.add("s3=" + suffix(x, 3));
        f.add("s2=" + suffix(x, 2));
        f.add("p=" + p);
        f.add("n=" + n);
        f.add("n2=" + n2);
        f.add("p2=" + p2);
        f.add("pw=" + p + "_" + x);
        f.add("wn=" + x + "_" + n);
        f.add("wnn=" + x + "_" + n + "_" + n2);
        f.add("cap=" + w.get(i).capitalised());
        f.add("first=" + (i == 0));
        f.add("q=" + insideQuote);
        f.add("qw=" + insideQuote + "_" + x);
        f.add("lex=" + (CueWords.VERBS.contains(x) || CueWords.PARTICIPLES.contains(x)));
        // the stem lets "worries", "worried" and "worrying" share what each learned, alone and with neighbours
        String stem = AttributionFeatures.stem(x);
        f.add("st=" + stem);
        f.add("pst=" + p + "_" + stem);
        f.add("stn=" + stem + "_" + n);
        String tag = w.get(i).tag();
        if (tag != null) {
            // the tagger's part of speech, with its neighbours': a verb after a noun phrase is the likely cue
            String before = i > 0 ? w.get(i - 1).tag() : "<s>";
            String after = i + 1 < w.size() ? w.get(i + 1).tag() : "</s>";
            f.add("pos=" + tag);
            f.add("ppos=" + before + "_" + tag);
            f.add("npos=" + tag + "_" + after);
            f.add("posw=" + tag + "_" + stem);
        }
        return f;
    }

    /** Neighbours as classes where the class matters more than the word. */
    static String norm(Word w) {
        if (Sources.isMark(w)) return "<q>";
        if (Character.isDigit(w.text().charAt(0))) return "<num>";
        if (w.capitalised() && w.isLetters()) return "<Cap>" + (w.text().length() > 1 && Character.isUpperCase(w.text().charAt(1)) ? "U" : "");
        return w.lower();
    }

    private static String suffix(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
