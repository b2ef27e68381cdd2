package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * The content span of a cue in its sentence: what follows the cue (after the listener of "told", the setting
 * phrases and "that") when the source comes first, or the clause before the source when the attribution
 * closes the sentence ("..., Qatari and US officials said.").
 */
public final class Contents {

    private static final Set<String> LISTENER_STOPS = Set.of("that", "in", "on", "at", "via", "during", "about",
            "after", "before", "how", "what", "why", "whether", "if", "to", "when", "where", "who", "he", "she",
            "they", "it", "we", "i", "there", "late", "earlier", "last", "this", "by", "of");

    private Contents() {}

    public static Span of(String text, List<Word> w, Cue cue, Span source, Span sentence) {
        int k = cue.word();
        if (cue.form() == Cue.Form.ACCORDING_TO) return accordingTo(text, w, k, source, sentence);
        if (cue.form() == Cue.Form.PASSIVE) return beforePassive(text, w, k);
        boolean sourceFirst = source == null || source.end() <= cue.span().start();
        if (sourceFirst) {
            int last = k;   // a cue may span a verb group ("repeatedly demeaned"): what was said comes after it
            while (last + 1 < w.size() && w.get(last + 1).end() <= cue.span().end()) last++;
            int i = afterCue(w, last);
            if (i > 0 && i < w.size() && w.get(i - 1).is("that") && w.get(i).is(",")) i++;   // "said that, if elected, he"
            if (i < w.size() && !w.get(i).is(",") && !w.get(i).is(".") && !w.get(i).is(";")
                    && !CueWords.PARTICIPLES.contains(w.get(i).lower())) {
                // what a noun holds ends with its phrase: "his thinking about the coalition, Sudani said ..."
                int end = cue.form() == Cue.Form.NOUN ? phraseEnd(w, i) : clauseEnd(w, i);
                return trim(text, w.get(i).start(), end);
            }
        }
        if (cue.form() == Cue.Form.NOUN) return null;   // "his claim." says nothing of what was claimed
        if (!sourceFirst && k == 0) {
            // "Said Ellis: ...": what was said follows the inverted speaker
            int i = 0;
            while (i < w.size() && w.get(i).start() < source.end()) i++;
            if (i < w.size() && (w.get(i).is(":") || w.get(i).is(","))) i++;
            return i < w.size() ? trim(text, w.get(i).start(), w.get(w.size() - 1).end()) : null;
        }
        int before = sourceFirst && source != null ? source.start() : cue.span().start();
        if (w.isEmpty() || w.get(0).start() >= before) return null;
        return trim(text, w.get(0).start(), before);
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "could", "may", "might", "not", "first", "also", "never", "since", "later");

    /** What a passive cue reports is its subject: "[The closure of the pier] was first reported by the Gazette". */
    private static Span beforePassive(String text, List<Word> w, int k) {
        int j = k - 1;
        while (j >= 0 && (AUXILIARIES.contains(w.get(j).lower()) || w.get(j).adverb())) j--;
        if (j < 0) return null;
        return trim(text, w.get(0).start(), w.get(j).end());
    }

    /** The first word of what was said after the cue, or w.size() when nothing follows. */
    static int afterCue(List<Word> w, int k) {
        int i = k + 1;
        if (CueWords.TAKES_LISTENER.contains(w.get(k).lower())) {
            int j = i;
            while (j < w.size() && j - i < 8 && (w.get(j).isLetters() || w.get(j).text().equals("'"))
                    && !(j > i && (LISTENER_STOPS.contains(w.get(j).lower())
                    || w.get(j).is("the") && w.get(j - 1).capitalised()))) j++;
            if (j > i && !LISTENER_STOPS.contains(w.get(i).lower())) i = j;
        }
        i = Settings.skip(w, i);
        if (i < w.size() && w.get(i).is(",")) {
            // "says at a rally in Vigo, Galicia, that ...", "cautioned, as did the port itself, that ...": an
            // aside between commas before the "that" that opens what was said
            for (int j = i + 1; j + 1 < w.size() && j - i <= 8; j++) {
                if (Sources.isMark(w.get(j)) || w.get(j).is(";") || w.get(j).is(":")) break;
                if (w.get(j).is(",") && w.get(j + 1).is("that")) {
                    i = j + 1;
                    break;
                }
            }
        }
        if (i < w.size() && (w.get(i).is("that") || w.get(i).is(":"))) i++;
        if (i + 1 < w.size() && w.get(i).is(",") && Sources.isMark(w.get(i + 1))) i++;
        return i;
    }

    private static Span accordingTo(String text, List<Word> w, int k, Span source, Span sentence) {
        int lead = 0;
        while (lead < k && !w.get(lead).isLetters()) lead++;
        if (lead == k && source != null) {
            int i = 0;
            while (i < w.size() && w.get(i).end() <= source.end()) i++;
            if (i < w.size() && w.get(i).is(",")) i++;
            if (i >= w.size()) return null;
            return trim(text, w.get(i).start(), endOf(text, w, sentence));
        }
        if (k == 0) return null;
        return trim(text, w.get(0).start(), w.get(k).start());
    }

    /**
     * Where reported speech ends: the sentence end, or a comma before the writer's own context ("were
     * 'unacceptable,' after dozens of settlers assaulted a village"), which the source did not say.
     */
    private static int clauseEnd(List<Word> w, int from) {
        for (int j = from + 1; j + 1 < w.size(); j++) {
            if ((w.get(j).is(",") || Sources.isMark(w.get(j)) && j > 0 && w.get(j - 1).is(","))
                    && CONTEXT.contains(w.get(j + 1).lower())) {
                return w.get(j).is(",") ? w.get(j).start() : w.get(j).end();
            }
        }
        return w.get(w.size() - 1).end();
    }

    private static int phraseEnd(List<Word> w, int from) {
        for (int j = from + 1; j < w.size(); j++) if (w.get(j).is(",") || w.get(j).is(";")) return w.get(j).start();
        return w.get(w.size() - 1).end();
    }

    private static final Set<String> CONTEXT = Set.of("after", "amid", "following", "despite", "as");

    private static int endOf(String text, List<Word> w, Span sentence) {
        return w.get(w.size() - 1).end();
    }

    /** Cuts surrounding spaces, commas, dashes and a final period; keeps closing quote marks. */
    static Span trim(String text, int s, int e) {
        while (s < e && (Words.isSpace(text.charAt(s)) || text.charAt(s) == ',')) s++;
        while (e > s && (Words.isSpace(text.charAt(e - 1)) || ",;:\u2014\u2013".indexOf(text.charAt(e - 1)) >= 0
                || text.charAt(e - 1) == '.' && !(e - 1 > s && Character.isUpperCase(text.charAt(e - 2))
                && e - 2 > s && text.charAt(e - 3) == '.'))) e--;
        return e > s ? new Span(s, e) : null;
    }
}
