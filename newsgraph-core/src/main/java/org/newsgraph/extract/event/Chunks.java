package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Entity;

/**
 * Noun phrases from parts of speech alone: a run of determiners, numbers, adjectives, nouns and possessives ending
 * in a noun ("the US-led coalition's exit", "some perpetrators", "Republican candidate Donald Trump"); a named
 * entity is never cut ("Popular Mobilization Forces", "Islamic Resistance in Iraq"). A determiner or number after a
 * noun starts a new phrase ("gave Tanzania a grant"). Personal pronouns are phrases of their own.
 */
final class Chunks {

    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them");

    private Chunks() {}

    static List<Chunk> of(TaggedSentence s) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (s.pos(i).equals("PRP") && PRONOUNS.contains(s.word(i))) {
                out.add(new Chunk(i, i + 1, -1));
                i++;
                continue;
            }
            if (!starts(s, i)) { i++; continue; }
            int j = i + 1, lastNoun = headLike(s, i) ? i : -1;
            while (j < s.size() && continues(s, i, j)) {
                if (headLike(s, j)) lastNoun = j;
                j++;
            }
            if (lastNoun < 0) { i = j; continue; }
            out.add(new Chunk(i, lastNoun + 1, possessive(s, i, lastNoun + 1)));
            i = lastNoun + 1;
        }
        return out;
    }

    private static boolean headLike(TaggedSentence s, int i) {
        return s.isNoun(i) || s.pos(i).equals("FW") || (s.entity(i) != null && s.entity(i + 1) != s.entity(i)
                && s.pos(i).equals("JJ") && !s.isNoun(i + 1) && !s.pos(i + 1).startsWith("JJ"));
    }

    private static boolean starts(TaggedSentence s, int i) {
        if (s.isDate(i) && s.entity(i) == null) return false;
        // "at least six": a quantity's words, not the phrase's
        if ((s.word(i).equals("least") || s.word(i).equals("most")) && s.word(i - 1).equals("at")) return false;
        // "they would blockade Paris": after a modal or "to", a verb the tagger took for a noun
        if ((s.pos(i - 1).equals("MD") || s.pos(i - 1).equals("TO")) && s.isNoun(i) && s.entity(i) == null) return false;
        String p = s.pos(i);
        if (s.entity(i) != null) return true;
        if (p.equals("DT") || p.equals("PDT") || p.equals("PRP$") || p.equals("CD") || p.startsWith("JJ")
                || p.startsWith("NN") || p.equals("FW")) return true;
        // "displaced Palestinians", "armed groups" when tagged as participles
        return (p.equals("VBN") || p.equals("VBG")) && (s.isNoun(i + 1) || s.pos(i + 1).startsWith("JJ"))
                && (i == 0 || s.pos(i - 1).equals("IN") || s.pos(i - 1).equals("DT"));
    }

    private static boolean continues(TaggedSentence s, int first, int j) {
        Entity e = s.entity(j);
        if (e != null && e == s.entity(j - 1)) return true;
        if (s.isDate(j) && e == null) return false;
        String p = s.pos(j), prev = s.pos(j - 1);
        boolean afterNoun = prev.startsWith("NN") && !s.pos(j - 1).equals("POS");
        switch (p) {
            case "DT", "PDT", "PRP$":
                return prev.equals("PDT") || (prev.equals("DT") && p.equals("DT"));
            case "CD":
                return !afterNoun;
            case "POS":
                return prev.startsWith("NN") || s.entity(j - 1) != null;
            case "HYPH":
                return j + 1 < s.size();
            case "CC":
                // "quick and orderly", "Hungarian and Romanian officials", "Qatari and US officials"
                return prev.startsWith("JJ") && (s.pos(j + 1).startsWith("JJ") || s.pos(j + 1).equals("NNP"));
            case "VBN", "VBG":
                return (prev.equals("HYPH") || prev.equals("DT") || prev.startsWith("JJ") || prev.equals("PRP$")
                        || prev.equals("POS") || prev.equals("CC") || prev.equals("VBN") || prev.equals("VBG"))
                        && (s.isNoun(j + 1) || s.pos(j + 1).startsWith("JJ") || s.pos(j + 1).equals("HYPH")
                        || s.pos(j + 1).equals("VBG"));
            default:
                if (e != null) return true;
                return p.startsWith("JJ") || p.startsWith("NN") || p.equals("FW");
        }
    }

    /** The possessive marker's index: a leading possessive pronoun, else the last 's within the phrase; or -1. */
    private static int possessive(TaggedSentence s, int first, int end) {
        if (s.pos(first).equals("PRP$")) return first;
        for (int k = end - 1; k > first; k--) if (s.pos(k).equals("POS")) return k;
        return -1;
    }
}
