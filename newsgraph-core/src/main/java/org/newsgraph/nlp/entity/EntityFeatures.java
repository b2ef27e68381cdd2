package org.newsgraph.nlp.entity;

/**
 * The features of one token, as hashes. The fixed ones read the words around it, their shapes, the gazetteer and
 * the word classes; the history ones pair the label before with this token; the second pass
 * adds what the first pass said about the same word elsewhere in the article and about the tokens after.
 */
final class EntityFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};
    private static final int[] CODE_PREFIXES = {4, 8, 12, 16, 24};

    private EntityFeatures() {}

    /** Everything that does not depend on the labels of this pass. */
    static void fixed(Document d, int s, int i, boolean second, Features out) {
        String[] lw = d.lower[s];
        String[] sh = d.shape[s];
        String word = d.words.get(s).get(i);
        String w0 = lw[i];
        String wm1 = i > 0 ? lw[i - 1] : START;
        String wm2 = i > 1 ? lw[i - 2] : START;
        String wp1 = i + 1 < lw.length ? lw[i + 1] : END;
        String wp2 = i + 2 < lw.length ? lw[i + 2] : END;
        String s0 = sh[i];
        String sm1 = i > 0 ? sh[i - 1] : START;
        String sp1 = i + 1 < sh.length ? sh[i + 1] : END;
        String caps = d.shouted[s] ? "caps" : "mixed";

        out.add(FeatureHash.of("bias", ""));
        out.add(FeatureHash.of("w0", w0));
        out.add(FeatureHash.of("raw0", word));
        out.add(FeatureHash.of("w-1", wm1));
        out.add(FeatureHash.of("w+1", wp1));
        out.add(FeatureHash.of("w-2", wm2));
        out.add(FeatureHash.of("w+2", wp2));
        out.add(FeatureHash.of("w-1|w0", wm1, w0));
        out.add(FeatureHash.of("w0|w+1", w0, wp1));
        out.add(FeatureHash.of("sh0", s0));
        out.add(FeatureHash.of("sh-1", sm1));
        out.add(FeatureHash.of("sh+1", sp1));
        out.add(FeatureHash.of("sh-1|sh0", sm1, s0));
        out.add(FeatureHash.of("sh0|sh+1", s0, sp1));
        out.add(FeatureHash.of("caps|sh0", caps, s0));
        out.add(FeatureHash.of("first|sh0", i == 0 ? "first" : "later", s0));
        out.add(FeatureHash.of("sh-1|sh0|sh+1", sm1 + "|" + s0, sp1));
        out.add(FeatureHash.of("w-1|sh0", wm1, s0));
        out.add(FeatureHash.of("sh0|w+1", s0, wp1));
        // the words around, without their places: "a bag of words" either side, as CoreNLP's disjunctive features
        for (int k = 1; k <= 4; k++) {
            if (i - k >= 0) out.add(FeatureHash.of("left", lw[i - k]));
            if (i + k < lw.length) out.add(FeatureHash.of("right", lw[i + k]));
        }
        int n = w0.length();
        for (int k = 1; k <= 6 && k <= n; k++) {
            out.add(FeatureHash.of("pre", w0.substring(0, k)));
            out.add(FeatureHash.of("suf", w0.substring(n - k)));
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) out.add(FeatureHash.of("hy0", w0.substring(0, hyphen)));

        String g0 = d.places[s][i];
        String gm1 = i > 0 ? d.places[s][i - 1] : null;
        String gp1 = i + 1 < lw.length ? d.places[s][i + 1] : null;
        if (g0 != null) {
            out.add(FeatureHash.of("gaz0", g0));
            out.add(FeatureHash.of("gaz0|caps", g0, caps));
        }
        if (gm1 != null) out.add(FeatureHash.of("gaz-1", gm1));
        if (gp1 != null) out.add(FeatureHash.of("gaz+1", gp1));

        String c0 = d.clusters[s][i];
        String cm1 = i > 0 ? d.clusters[s][i - 1] : START;
        String cp1 = i + 1 < lw.length ? d.clusters[s][i + 1] : END;
        clusters("c0", c0, out);
        clusters("c-1", cm1, out);
        clusters("c+1", cp1, out);
        if (i > 1) clusters("c-2", d.clusters[s][i - 2], out);
        if (i + 2 < lw.length) clusters("c+2", d.clusters[s][i + 2], out);
        if (c0 != null) {
            out.add(FeatureHash.of("c-1|c0", String.valueOf(cm1), c0));
            out.add(FeatureHash.of("c0|c+1", c0, String.valueOf(cp1)));
            out.add(FeatureHash.of("c0|sh0", c0, s0));
        }

        if (d.codes != null) {
            String code = d.codes[s][i];
            for (int bits : CODE_PREFIXES) out.add(FeatureHash.of("ctx" + bits, code.substring(0, Math.min(bits, code.length()))));
            if (i > 0) out.add(FeatureHash.of("ctx-1", d.codes[s][i - 1].substring(0, 8)));
            if (i + 1 < lw.length) out.add(FeatureHash.of("ctx+1", d.codes[s][i + 1].substring(0, 8)));
        }

        if (second) secondPass(d, s, i, caps, out);
    }

    /** A word's class; a path in a tree of classes (Brown's "0110") also gives its shorter prefixes. */
    private static void clusters(String template, String path, Features out) {
        if (path == null) return;
        out.add(FeatureHash.of(template, path));
        if (!isPath(path)) return;
        for (int p : CLUSTER_PREFIXES) if (p < path.length()) out.add(FeatureHash.of(template, path.substring(0, p)));
    }

    private static boolean isPath(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) != '0' && s.charAt(k) != '1') return false;
        return true;
    }

    /** What the first pass said about this word elsewhere in the article, and about the tokens after this one. */
    private static void secondPass(Document d, int s, int i, String caps, Features out) {
        int[][] first = d.firstPass;
        out.add(FeatureHash.of("p1self", EntityLabels.name(first[s][i])));
        String next = i + 1 < first[s].length ? EntityLabels.name(first[s][i + 1]) : END;
        String next2 = i + 2 < first[s].length ? EntityLabels.name(first[s][i + 2]) : END;
        out.add(FeatureHash.of("p1+1", next));
        out.add(FeatureHash.of("p1+1|p1+2", next, next2));
        int[] v = d.othersVotes(s, i);
        if (v != null) {
            int best = 0;
            for (int t = 1; t < 5; t++) if (v[t] > v[best]) best = t;
            String major = best == 4 ? "O" : EntityLabels.TYPES.get(best);
            out.add(FeatureHash.of("doc", major));
            out.add(FeatureHash.of("doc|caps", major, caps));
            for (int t = 0; t < 4; t++) if (v[t] > 0) out.add(FeatureHash.of("docany", EntityLabels.TYPES.get(t)));
        }
        if (d.seenLower(s, i)) out.add(FeatureHash.of("doclower", caps));
    }

    /** The features that pair the label before (O at a sentence's start) with this token. */
    static void history(Document d, int s, int i, int previous, Features out) {
        String p1 = EntityLabels.name(previous);
        out.add(FeatureHash.of("y-1", p1));
        out.add(FeatureHash.of("y-1|w0", p1, d.lower[s][i]));
        out.add(FeatureHash.of("y-1|sh0", p1, d.shape[s][i]));
    }
}
