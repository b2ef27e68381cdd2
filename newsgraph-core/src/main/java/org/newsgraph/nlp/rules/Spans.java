package org.newsgraph.nlp.rules;

import java.util.Locale;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Token;

/** Small helpers over tokens and mentions. */
final class Spans {

    private Spans() {}

    /** The token at index i when it lies in the same sentence as token {@code anchor}, else null. */
    static Token inSentence(Analysis a, int anchor, int i) {
        if (i < 0 || i >= a.tokens().size()) return null;
        var s = a.sentenceOf(anchor);
        return i >= s.firstToken() && i < s.endToken() ? a.tokens().get(i) : null;
    }

    static String lower(Token t) {
        return t == null ? "" : t.text().toLowerCase(Locale.ROOT);
    }

    static Mention mentionEndingAt(Analysis a, int endToken) {
        for (Mention m : a.mentions()) if (m.endToken() == endToken) return m;
        return null;
    }

    static Mention mentionStartingAt(Analysis a, int firstToken) {
        for (Mention m : a.mentions()) if (m.firstToken() == firstToken) return m;
        return null;
    }

    static Mention span(Analysis a, String type, int firstToken, int endToken) {
        int start = a.tokens().get(firstToken).start();
        int end = a.tokens().get(endToken - 1).end();
        return new Mention(a.text().substring(start, end), type, start, end, firstToken, endToken);
    }
}
