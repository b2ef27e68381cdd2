package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * The noun phrase a quantity counts: the words after it ("of" after a range: "dozens of settlers") up to its
 * head, the first plural ("115 Israeli and foreign hostages home": hostages). The phrase stops
 * at prepositions, determiners, verbs that join clauses and punctuation.
 *
 * @param first index of its first word, -1 when the quantity stands alone ("dozens were killed")
 * @param head  index of its head word, -1 when none
 */
public record CountedPhrase(int first, int head, String text, String kind) {

    private static final Set<String> STOPS = Set.of("in", "on", "at", "from", "to", "by", "with", "for", "of",
            "during", "after", "before", "since", "into", "across", "over", "under", "against", "among", "between",
            "through", "near", "per", "around", "outside", "inside", "a", "an", "the", "this", "that", "these",
            "those", "its", "their", "his", "her", "our", "my", "or", "but", "who", "which", "whom", "were", "was",
            "is", "are", "have", "has", "had", "been", "will", "would", "could", "can", "may", "might", "did", "do",
            "as", "than", "while", "when", "where", "home", "each", "so", "if", "not", "more", "some", "all");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "personnel", "militiamen", "servicemen", "gunmen", "dead", "wounded", "injured", "missing",
            "displaced", "population", "cattle", "sheep", "livestock", "staff", "crew", "youth");

    static final CountedPhrase NONE = new CountedPhrase(-1, -1, null, null);

    public static CountedPhrase after(Passage p, Quantity q, int from) {
        int i = from;
        if (q.vague() && p.wordIs(i, "of")) i++;
        int first = i;
        boolean one = q.value() != null && q.value() == 1;
        for (int n = 0; n < 6; n++, i++) {
            Word w = p.word(i);
            if (w == null || !w.letters() || STOPS.contains(w.lower())) break;
            // the head is the first plural ("drone and missile attacks": attacks); for one, the singular noun
            if (plural(w) || one && next(p, i)) {
                return new CountedPhrase(first, i, p.text().substring(p.word(first).start(), w.end()),
                        CountVocabulary.noun(w.lower()));
            }
        }
        return NONE;
    }

    /** For "one person": a singular head is the last word before a stop. */
    private static boolean next(Passage p, int i) {
        Word n = p.word(i + 1);
        return n == null || !n.letters() || STOPS.contains(n.lower()) || n.lower().endsWith("ed");
    }

    private static boolean plural(Word w) {
        String s = w.lower();
        if (s.equals("population")) return true;   // a collective noun counted like a plural
        if (IRREGULAR_PLURALS.contains(s)) return true;
        if (w.capitalised()) return s.endsWith("ans") || s.endsWith("is") && s.length() > 5;   // Palestinians, Iraqis
        return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is");
    }
}
