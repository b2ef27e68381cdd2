package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Who did an act a verb reports: the verb's subject, the nearest actor before it that stands where subjects stand
 * (a verb follows it, past adverbs, a short time or place phrase, an apposition), not one a preposition governs;
 * the first of actors joined by "and"; what a relative pronoun stands for; and whether the verb is passive.
 */
final class Subjects {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets", "getting", "'s", "'re");
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "having", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "n't", "to", "also",
            "been", "be", "is", "are", "was", "were");
    /** Words that open a clause of their own: the object of a verb lies before them. */
    static final Set<String> SUBORDINATORS = Set.of("because", "after", "before", "while", "when",
            "unless", "if", "although", "though", "whereas", "until", "whether");
    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "conclude", "insist", "state",
            "declare", "add", "argue", "warn", "write", "believe", "think", "demand", "urge");

    private Subjects() {}

    /** Whether the verb cue at {@code v} is passive: a participle after a form of "be" ("were killed"). */
    static boolean passive(TaggedSentence s, int v) {
        if (!s.pos(v).equals("VBN") && !s.pos(v).equals("VBD")) return false;
        // "Soldier killed in Syria by Isis": a headline's participle with its agent, and no object of its own
        for (int k = v + 1; k < Math.min(s.size(), v + 5) && s.pos(v + 1).equals("IN"); k++) {
            if (s.word(k).equals("by") && s.entity(k + 1) != null) return true;
            if (s.isVerb(k) || s.word(k).equals(",")) break;
        }
        if (!s.pos(v).equals("VBN")) return false;
        for (int k = v - 1; k >= Math.max(0, v - 4); k--) {
            if (BE.contains(s.word(k))) return true;
            if (!s.pos(k).startsWith("RB") && !s.word(k).equals("been") && !s.word(k).equals("being")) return false;
        }
        return false;
    }

    /** The subject of the verb at {@code v}: the nearest actor before it that stands where subjects stand. */
    static Party subject(TaggedSentence s, List<Party> parties, int v) {
        int lb = -1;
        for (int k = v - 1; k >= 0; k--) if (s.word(k).equals(";") || s.word(k).equals(":")) { lb = k; break; }
        // "with many groups ... calling for": a participle's subject is what "with" introduces
        if (s.pos(v).equals("VBG")) {
            for (int k = v - 1; k > lb && k >= v - 25; k--) {
                if (s.word(k).equals(",") || s.word(k).equals(";")) break;
                if (!s.word(k).equals("with")) continue;
                for (Party p : parties) if (p.first() > k && p.first() <= k + 3 && p.end() <= v && !p.modifier()) return p;
                break;
            }
        }
        // a relative clause's subject is what the relative pronoun stands for ("an official, who declined")
        int k = v - 1;
        while (k > lb && (AUXILIARY.contains(s.word(k)) || s.pos(k).startsWith("RB"))) k--;
        if (k > lb && (s.pos(k).equals("WDT") || s.pos(k).equals("WP"))) {
            int before = k - 1;
            if (s.word(before).equals(",")) before--;
            for (int i = parties.size() - 1; i >= 0; i--) {
                Party p = parties.get(i);
                if (!p.modifier() && p.end() - 1 <= before && p.end() - 1 >= before - 1 && p.first() > lb) return p;
            }
            // "an explosion which also killed a soldier": the antecedent is no actor, and none other is the subject
            return null;
        }
        Party fallback = null, inPhrase = null;
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.modifier() || p.end() > v || p.first() <= lb || inRelativeClause(s, p, v)) continue;
            if (prepositional(s, p)) {
                // "a camp for refugees was attacked": an actor inside the subject, when no other
                if (inPhrase == null && subjectPosition(s, p)) inPhrase = p;
                continue;
            }
            if (subjectPosition(s, p)) return firstConjunct(s, parties, p);
            if (fallback == null) fallback = p;
        }
        return fallback != null ? firstConjunct(s, parties, fallback) : inPhrase;
    }

    /**
     * Whether the actor is the object of a relative clause that ends before {@code v} ("the MPs who voted against X
     * demanded": X is not who demanded).
     */
    private static boolean inRelativeClause(TaggedSentence s, Party p, int v) {
        boolean verb = false;
        for (int k = p.first() - 1; k >= 0; k--) {
            String w = s.word(k);
            if (w.equals(",") || w.equals(";")) return false;
            if (s.isVerb(k)) verb = true;
            if (s.pos(k).equals("WP") || s.pos(k).equals("WDT")) return verb;
        }
        return false;
    }

    /** "the US and other developed nations": the first of actors joined by "and". */
    private static Party firstConjunct(TaggedSentence s, List<Party> parties, Party p) {
        int k = VerbObjects.phraseStart(s, p) - 1;
        if (!s.word(k).equals("and")) return p;
        for (Party q : parties) if (!q.modifier() && q.end() == k) return q;
        return p;
    }

    /** The verb of saying before token {@code before} ("said", "announced", "concluded"), or -1. */
    static int reportingVerb(TaggedSentence s, int before) {
        for (int k = before - 1; k >= 0 && k >= before - 6; k--) {
            if (s.isVerb(k) && REPORTING.contains(s.lemma(k))) return k;
        }
        return -1;
    }

    /** Whether a preposition governs the actor ("outside Parliament"), which then is no subject. */
    static boolean prepositional(TaggedSentence s, Party p) {
        int k = p.first() - 1;
        if (s.pos(k).equals("TO")) return !s.word(k - 1).equals("up");
        if (!s.pos(k).equals("IN")) return false;
        // "a series of US strikes", "thousands of students": the "of" of a quantity
        if (s.word(k).equals("of") && Parties.COLLECTIVE.contains(s.word(k - 1))) return false;
        if (s.word(k).equals("to") && s.word(k - 1).equals("up")) return false;   // "up to 100 protesters"
        return !SUBORDINATORS.contains(s.word(k)) && !Set.of("that", "as", "since", "so").contains(s.word(k));
    }

    /**
     * Whether a verb follows the actor, past adverbs, a short time or place phrase ("Iraq's parliament in 2020
     * voted") or an apposition between commas.
     */
    static boolean subjectPosition(TaggedSentence s, Party p) {
        int k = p.end();
        if (s.word(k).equals(",")) {
            // an apposition: "Hassan Nasrallah, the group's chief, said"
            int close = -1;
            for (int j = k + 1; j < Math.min(s.size(), k + 14); j++) {
                if (s.isVerb(j) && !s.pos(j).equals("VBN") && !s.pos(j).equals("VBG")) break;
                if (s.word(j).equals(",")) { close = j; break; }
            }
            if (close > 0) k = close + 1;
        }
        if (s.pos(k).equals("-LRB-")) {
            int j = k + 1;
            while (j < s.size() && j < k + 8 && !s.pos(j).equals("-RRB-")) j++;
            if (s.pos(j).equals("-RRB-")) k = j + 1;
        }
        for (int steps = 0; k < s.size() && steps < 6; steps++) {
            if (s.pos(k).startsWith("RB") || s.isDate(k)) { k++; continue; }
            if (s.pos(k).equals("IN") && !s.word(k).equals("of") && !s.word(k).equals("that")) {
                int j = k + 1;
                while (j < s.size() && j < k + 5 && (s.pos(j).equals("DT") || s.pos(j).equals("CD")
                        || s.isNoun(j) || s.pos(j).startsWith("JJ") || s.isDate(j))) j++;
                if (j == k + 1) return false;
                k = j;
                continue;
            }
            break;
        }
        if (k >= s.size()) return false;
        if (s.isVerb(k)) return true;
        return s.pos(k).equals("TO") && s.isVerb(k + 1);
    }
}
