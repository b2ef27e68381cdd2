package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Who did what to whom when a noun reports the act: its possessor or modifying actor ("Israel's talks", "US
 * strikes"), "by X" after it, or the subject of the verb that takes it as object ("Israel pressed its assault",
 * "the UN will provide food aid"); and whom it was aimed at, by the preposition after it ("strikes on Y", "talks
 * with Y", "calls for Y's exit").
 */
final class NounRoles {

    /** Verbs that take an act's noun as object and lend it their subject ("launched an attack", "held talks"). */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "mount", "hold",
            "press", "step", "begin", "continue", "resume", "intensify", "make", "issue", "lodge", "file", "impose",
            "escalate", "wage", "unleash", "announce", "reiterate", "renew", "repeat", "open", "start", "order",
            "end", "complete", "pursue", "keep", "fire", "drop", "hurl", "throw", "detonate", "plant");
    /** Verbs that give or do what their object names, and so lend it their subject ("provide aid"). */
    private static final Set<String> GIVING_VERBS = Set.of("provide", "give", "send", "offer", "grant", "extend",
            "deliver", "sign", "reach", "conclude", "establish", "pledge", "promise", "share", "supply", "accept");

    private NounRoles() {}

    /** For an act told by the noun phrase {@code c}: its possessor or modifying actor, else "by X" after it. */
    static Party nounSource(TaggedSentence s, List<Party> parties, Chunk c, int head) {
        Party mod = null;
        for (Party p : parties) {
            if (p.first() >= c.first() && p.end() <= head && (p.modifier() || p.end() <= c.body())) mod = p;
        }
        if (mod != null) return mod;
        for (int k = head + 1; k < Math.min(s.size(), head + 10); k++) {
            String w = s.word(k);
            if (w.equals("by")) return startingAt(parties, k + 1, false);
            if (w.equals(",") || w.equals(";") || s.isVerb(k)) break;
        }
        return null;
    }

    /** The verb lending its subject to an act's noun that is its object ("Israel pressed its assault"), or -1. */
    static int lightVerb(TaggedSentence s, Chunk c) {
        int k = governing(s, c);
        return k >= 0 && LIGHT_VERBS.contains(s.lemma(k)) ? k : -1;
    }

    /** A verb that gives or performs what its object names ("provide aid", "signed an agreement"), or -1. */
    static int givingVerb(TaggedSentence s, Chunk c) {
        int k = governing(s, c);
        return k >= 0 && (LIGHT_VERBS.contains(s.lemma(k)) || GIVING_VERBS.contains(s.lemma(k))) ? k : -1;
    }

    /**
     * The verb whose object holds the noun phrase {@code c} ("provide 25,000 tons of food aid", "held their first
     * meeting"), or -1: only articles, numbers, adjectives, nouns and "of" may stand between.
     */
    static int governing(TaggedSentence s, Chunk c) {
        int k = c.first() - 1;
        for (int steps = 0; k >= 0 && steps < 8; steps++, k--) {
            String p = s.pos(k);
            if (s.isVerb(k)) return s.pos(k).equals("VBN") && Subjects.passive(s, k) ? -1 : k;
            if (!(p.equals("RP") || p.startsWith("RB") || p.equals("DT") || p.equals("CD") || p.startsWith("JJ")
                    || p.startsWith("NN") || s.word(k).equals("of") || p.equals("PRP$") || p.equals("POS"))) return -1;
        }
        return -1;
    }

    /** For an act told by a noun: whom it is aimed at, by the preposition after it. */
    static Party nounTarget(TaggedSentence s, List<Chunk> chunks, List<Party> parties, String type, Chunk c) {
        Set<String> preps = switch (type) {
            case "CONSULT" -> Set.of("with", "between");
            case "REQUEST" -> Set.of("for", "on", "that", "from");
            case "ACCUSE" -> Set.of("of", "against", "on");
            case "PROTEST" -> Set.of("against");
            case "AID", "COOPERATE", "SUPPORT", "AGREE", "CONCEDE" -> Set.of("to", "for", "with");
            case "SANCTION" -> Set.of("on", "against", "with", "to", "for", "of");
            default -> Set.of("on", "against", "at", "upon", "into", "of", "targeting");
        };
        int k = c.end();
        // "a strike by X on Y": the target may follow the source's phrase
        if (s.word(k).equals("by")) {
            for (Chunk d : chunks) if (d.first() == k + 1) { k = d.end(); break; }
        }
        while (k < s.size() && (s.isDate(k) || s.pos(k).startsWith("RB"))) k++;
        // "a hunger strike in protest of X's refusal"
        if (s.word(k).equals("in") && s.word(k + 1).equals("protest")) { k += 2; preps = Set.of("of", "at", "against", "over"); }
        if (k >= s.size() || !preps.contains(s.word(k))) return null;
        Party p = startingAt(parties, k + 1, true);
        if (p != null) return p;
        // "calls for the exit of X", "the departure of X"
        for (Chunk d : chunks) {
            if (d.first() != k + 1) continue;
            if (s.word(d.end()).equals("of")) return startingAt(parties, d.end() + 1, true);
        }
        return null;
    }

    static Party startingAt(List<Party> parties, int k, boolean modifiers) {
        for (Party p : parties) {
            if (p.first() == k && !p.modifier()) return p;
        }
        if (modifiers) for (Party p : parties) if (p.first() == k && p.kind() != Party.Kind.PRONOUN) return p;
        return null;
    }
}
