package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TimeExpression;
import org.newsgraph.nlp.Token;

/**
 * Whether a date refers to the past or the future of the article: the nearest verb before it ("started ... on
 * Oct. 7" past, "looming on Nov. 5" future), else the sentence's verbs.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final int WINDOW = 10;
    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "upcoming", "looming", "loom",
            "scheduled", "due", "next", "coming", "planned", "expected", "slated");

    static Tense of(Analysis a, TimeExpression t) {
        Sentence s = a.sentenceOf(t.firstToken());
        for (int i = t.firstToken() - 1; i >= s.firstToken() && t.firstToken() - i <= WINDOW; i--) {
            Tense found = of(a.tokens().get(i));
            if (found != UNKNOWN) return found;
        }
        Tense sentence = UNKNOWN;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (i >= t.firstToken() && i < t.endToken()) continue;
            Tense found = of(a.tokens().get(i));
            if (found == FUTURE) return FUTURE;
            if (found == PAST) sentence = PAST;
        }
        return sentence;
    }

    private static Tense of(Token tok) {
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (FUTURE_CUES.contains(w)) return FUTURE;
        if (tok.pos().equals("VBD") || tok.pos().equals("VBN")) return PAST;
        return UNKNOWN;
    }
}
