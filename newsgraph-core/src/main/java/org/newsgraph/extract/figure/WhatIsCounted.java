package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * Decides what a figure counts. A percentage is a rate and a sum of money is money. Otherwise what happened to
 * the counted things wins over what they are: a verb before the number ("Hamas killed some 1,200",
 * "the death toll had surpassed 40,000") or a passive after the counted noun ("six Palestinians were killed")
 * makes 17,000 fighters a count of the killed, and so does a toll earlier in the clause. Without such a verb the noun decides ("2,500 troops"), and
 * anything else is "other" (the noun is kept beside it).
 */
public final class WhatIsCounted {

    /** A preposition between a verb and the number means the number belongs to another phrase ("killed in 300 strikes"). */
    private static final Set<String> BARRIERS = Set.of("in", "on", "at", "by", "from", "with", "during", "after",
            "since", "into", "against", "for", "than", "before", "over", "across", "among", "and", "or", "but");

    private static final Set<String> INTRANSITIVE = Set.of("died", "dead", "perished", "fled", "missing", "wounded",
            "injured", "hurt");

    private WhatIsCounted() {}

    public static String kind(Passage p, Quantity q, Qualifier qualifier, CountedPhrase phrase) {
        if (q.isRate()) return "rate";
        if (q.isMoney()) return "money";
        int cue = cueBefore(p, qualifier != null && qualifier.first() < q.first() ? qualifier.first() : q.first());
        if (cue >= 0) return CountVocabulary.cue(p.word(cue).lower());
        String after = cueAfter(p, phrase.head() >= 0 ? phrase.head() + 1 : q.last() + 1);
        if (after != null) return after;
        if (phrase.kind() != null) return phrase.kind();
        return tollBefore(p, q.first()) ? "killed" : "other";
    }

    /** "The toll from the quake rose to 3,100": a toll earlier in the clause counts the dead. */
    static boolean tollBefore(Passage p, int start) {
        for (int j = start - 1; j >= Math.max(0, start - 12); j--) {
            Word w = p.word(j);
            if (w.is(";", ".", ":")) return false;
            if (w.is("toll", "tolls")) return true;
        }
        return false;
    }

    /** Index of the event word within four words before the number, or -1. */
    public static int cueBefore(Passage p, int start) {
        for (int j = start - 1; j >= Math.max(0, start - 5); j--) {
            Word w = p.word(j);
            if (quoteMark(w)) continue;
            if (w.punctuation() || BARRIERS.contains(w.lower())) return -1;
            if (CountVocabulary.cue(w.lower()) != null) return j;
        }
        return -1;
    }

    /** The kind of a passive or intransitive verb after the counted phrase ("were killed", "died"), or null. */
    static String cueAfter(Passage p, int from) {
        int i = from;
        boolean auxiliary = false;
        while (p.word(i) != null && CountVocabulary.AUXILIARIES.contains(p.word(i).lower())) {
            auxiliary = true;
            i++;
        }
        Word w = p.word(i);
        if (w == null) return null;
        if (w.is("taken") && p.wordIs(i + 1, "hostage", "captive")) return "hostages";
        if (w.is("reported") && p.wordIs(i + 1, "missing")) return "missing";
        String kind = CountVocabulary.cue(w.lower());
        if (kind == null || w.is("toll", "kill", "kills")) return null;
        if (auxiliary || INTRANSITIVE.contains(w.lower())) return kind;
        Word object = p.word(i + 1);
        boolean active = object != null && (object.digits() || object.capitalised()
                || object.is("a", "an", "the", "at", "some", "more", "about", "him", "her", "them", "it", "his",
                "their", "its", "dozens", "hundreds", "thousands", "several", "many"));
        return active ? null : kind;
    }

    static boolean quoteMark(Word w) {
        return w.is("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019");
    }
}
