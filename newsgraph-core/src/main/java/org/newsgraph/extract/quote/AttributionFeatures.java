package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features the attribution model reads for one candidate (a cue, the source the rules found for it and its
 * content): what the cue word is and how sure the cue model is of it, what the source looks like (a pronoun,
 * a name, a noun phrase, how long, before or after the cue), how the content opens ("that", "to", a quote) and
 * whether the cue stands inside another attribution's content.
 * Together they tell "Officials said the talks ..." from "the plan called for ..." better than the cue word alone.
 */
public final class AttributionFeatures {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it", "who", "which",
            "that", "his", "her", "their", "its", "our", "my");

    private AttributionFeatures() {}

    public static List<String> of(String text, List<Word> w, Cue cue, Span source, Span content, boolean nested,
                                  LinearModel cues) {
        List<String> f = new ArrayList<>(32);
        int k = cue.word();
        String c = cue.form() == Cue.Form.ACCORDING_TO ? "according to" : w.get(k).lower();
        boolean lexical = CueWords.VERBS.contains(c) || CueWords.PARTICIPLES.contains(c);
        List<String> cueFeatures = CueFeatures.of(w, k, false);
        double cueScore = cue.form() == Cue.Form.ACCORDING_TO ? 5 : cues.score(cueFeatures);
        for (String x : cueFeatures) f.add("cue:" + x);
        String stem = stem(c);
        f.add("bias");
        f.add("c=" + c);
        f.add("cs=" + stem);
        f.add("cf=" + cue.form());
        f.add("lex=" + lexical);
        f.add("cm=" + (int) Math.max(-4, Math.min(6, Math.floor(cueScore))));
        f.add("cp=" + (k > 0 ? CueFeatures.norm(w.get(k - 1)) : "<s>"));
        f.add("cn=" + (k + 1 < w.size() ? CueFeatures.norm(w.get(k + 1)) : "</s>"));
        f.add("cnn=" + c + "_" + (k + 1 < w.size() ? CueFeatures.norm(w.get(k + 1)) : "</s>"));
        // PolNeAR gives each word one attribution, so one reported inside another's content is rarely annotated;
        // how rarely depends on the inner cue ("said" inside "told Reuters that" often is)
        f.add("nest=" + nested);
        if (nested) {
            f.add("nest_lex=" + lexical);
            f.add("nest_c=" + stem);
        }
        List<Word> s = Words.of(text, source);
        String type = sourceType(s);
        boolean before = source.end() <= cue.span().start();
        f.add("st=" + type);
        f.add("sp=" + (before ? "before" : "after"));
        f.add("stc=" + type + "_" + stem);
        f.add("stp=" + type + "_" + (before ? "before" : "after") + "_" + lexical);
        f.add("s1=" + CueFeatures.norm(s.get(0)));
        f.add("sl=" + CueFeatures.norm(s.get(s.size() - 1)));
        f.add("sn=" + Math.min(s.size(), 8));
        int gap = 0;
        for (Word x : w) if (before ? x.start() >= source.end() && x.end() <= cue.span().start()
                : x.start() >= cue.span().end() && x.end() <= source.start()) gap++;
        f.add("gap=" + Math.min(gap, 4));
        if (content == null) {
            f.add("k1=<none>");
        } else {
            List<Word> kw = Words.of(text, content);
            String first = kw.isEmpty() ? "<none>" : CueFeatures.norm(kw.get(0));
            int before1 = k + 1;
            String after = before1 < w.size() ? CueFeatures.norm(w.get(before1)) : "</s>";
            f.add("k1=" + first);
            f.add("ka=" + after);
            f.add("kc=" + stem + "_" + (content.end() <= cue.span().start() ? "<before>" : after));
            f.add("kn=" + Math.min(kw.size() / 4, 6));
            boolean quoted = false;
            for (Word x : kw) quoted |= Sources.isMark(x);
            f.add("kq=" + quoted);
        }
        return f;
    }

    /** A pronoun, a name (capitalised words), a noun phrase with a determiner, or another phrase. */
    static String sourceType(List<Word> s) {
        if (s.size() == 1 && PRONOUNS.contains(s.get(0).lower())) return "pron:" + s.get(0).lower();
        boolean caps = true;
        for (Word x : s) caps &= !x.isLetters() || x.capitalised() || x.is("of") || x.is("and") || x.is("the");
        if (caps) return s.size() == 1 ? "name1" : "name";
        String first = s.get(0).lower();
        if (Set.of("the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several", "one",
                "other", "another", "both", "all").contains(first)) return "det:" + first;
        if (PRONOUNS.contains(first)) return "poss";
        return "np";
    }

    /** A crude stem, so "worries", "worried" and "worrying" share what they learned. */
    static String stem(String c) {
        if (c.contains(" ")) return c;
        for (String suffix : new String[] {"ing", "ied", "ies", "ed", "es", "s"}) {
            if (c.endsWith(suffix) && c.length() - suffix.length() >= 3) {
                String s = c.substring(0, c.length() - suffix.length());
                return suffix.startsWith("i") ? s + "y" : s;
            }
        }
        return c;
    }
}
