package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Who did an act to whom, within its sentence, by the words around its cue: the subject before a verb and its
 * object after it (through "on", "against", "with" ...), the "by" phrase of a passive ("X was attacked by Y"), and
 * for an act told by a noun its possessor or modifier ("Israel's talks", "US strikes", "attacks by X") and what
 * follows it ("strikes on Y", "talks with Y", "calls for Y's exit").
 */
final class Roles {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets", "getting", "'s", "'re");
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "having", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "n't", "to", "also",
            "been", "be", "is", "are", "was", "were");
    /** Words that open a clause of their own: the object of a verb lies before them. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "after", "before", "while", "when",
            "unless", "if", "although", "though", "whereas", "until", "whether");
    /** Verbs whose object is what moves, not whom the act is aimed at ("withdraw US troops from Iraq"). */
    private static final Set<String> THEME_VERBS = Set.of("withdraw", "pull", "deploy", "send", "dispatch",
            "mobilize", "mobilise", "mass", "move", "evacuate", "station", "reinforce", "recall");
    private static final Set<String> FORCES = Set.of("troop", "force", "soldier", "army", "reservist",
            "peacekeeper", "warship", "personnel", "unit", "diplomat", "ambassador", "envoy", "citizen", "national",
            "inspector", "monitor", "observer", "worker", "staff", "adviser", "advisor");
    /** Verbs that take an act's noun as object and lend it their subject ("launched an attack", "held talks"). */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "mount", "hold",
            "press", "step", "begin", "continue", "resume", "intensify", "make", "issue", "lodge", "file", "impose",
            "escalate", "wage", "unleash", "announce", "reiterate", "renew", "repeat", "open", "start", "order",
            "end", "complete", "pursue", "keep", "fire", "drop", "hurl", "throw", "detonate", "plant");
    private static final Set<String> DIRECTIONS = Set.of("from", "to", "into", "against", "toward", "towards",
            "at", "in", "out", "on");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");

    private Roles() {}

    /** Whether the verb cue at {@code v} is passive: a participle after a form of "be" ("were killed"). */
    static boolean passive(TaggedSentence s, int v) {
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
        }
        Party fallback = null, inPhrase = null;
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.modifier() || p.end() > v || p.first() <= lb) continue;
            if (prepositional(s, p)) {
                // "a camp for refugees was attacked": an actor inside the subject, when no other
                if (inPhrase == null && subjectPosition(s, p, v)) inPhrase = p;
                continue;
            }
            if (subjectPosition(s, p, v)) return firstConjunct(s, parties, p);
            if (fallback == null) fallback = p;
        }
        return fallback != null ? firstConjunct(s, parties, fallback) : inPhrase;
    }

    /** "the US and other developed nations": the first of actors joined by "and". */
    private static Party firstConjunct(TaggedSentence s, List<Party> parties, Party p) {
        int k = phraseStart(s, p) - 1;
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

    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "conclude", "insist", "state",
            "declare", "add", "argue", "warn", "write", "believe", "think", "demand", "urge");

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
    static boolean subjectPosition(TaggedSentence s, Party p, int limit) {
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

    /** The object of the verb cue ending at {@code after}: the first actor in its clause, under the rules below. */
    static Party object(TaggedSentence s, List<Chunk> chunks, List<Party> parties, String type, int verb, int after) {
        int rb = rightBoundary(s, after);
        Chunk direct = null;
        int d = after;
        while (d < s.size() && (s.pos(d).startsWith("RB") || s.pos(d).equals("RP") || s.isDate(d))) d++;
        for (Chunk c : chunks) {
            if (c.first() < after) continue;
            // "reject proposed Israeli changes": a participle the phrase left out may come first
            boolean next = c.first() == d + 1 && (s.pos(d).equals("VBN") || s.pos(d).equals("VBG") || s.pos(d).startsWith("JJ"));
            direct = c.first() == d || next ? c : null;
            break;
        }
        for (Party p : parties) {
            if (p.first() < after) continue;
            if (p.first() >= rb) break;
            if (p.kind() == Party.Kind.PRONOUN && p.modifier()) continue;
            boolean inDirect = direct != null && direct.holds(p.first());
            // an actor modifying a phrase counts only in the verb's own object ("condemned US strikes")
            if (p.modifier() && !inDirect) continue;
            // a meeting's place is where it was, not whom it was with
            if (type.equals("CONSULT") && (p.kind() == Party.Kind.PLACE || p.kind() == Party.Kind.COUNTRY)
                    && LOCATIVE.contains(s.word(phraseStart(s, p) - 1))) continue;
            if (moved(s, p)) continue;
            // "withdraw inspectors and workers from Iraq": a verb of movement aims where it moves things
            if (THEME_VERBS.contains(s.lemma(verb)) && !DIRECTIONS.contains(s.word(phraseStart(s, p) - 1))) continue;
            return p;
        }
        // else an actor modifying a later phrase of the clause ("calls by Belarus's rulers"), not a place's
        for (Party p : parties) {
            if (p.first() < after || p.kind() == Party.Kind.PRONOUN) continue;
            if (p.first() >= rb) break;
            boolean verbBetween = false;
            for (int k = after; k < p.first(); k++) verbBetween |= s.isVerb(k);
            if (verbBetween) break;
            if (p.modifier() && !LOCATIVE.contains(s.word(phraseStart(s, p) - 1))) return p;
        }
        return null;
    }

    /** Where the noun phrase holding the actor starts ("the Palestinian enclave" for "Palestinian"). */
    private static int phraseStart(TaggedSentence s, Party p) {
        int k = p.first();
        while (k > 0) {
            String t = s.pos(k - 1);
            if (!(t.equals("DT") || t.startsWith("JJ") || t.equals("CD") || t.equals("PRP$") || t.equals("POS")
                    || t.startsWith("NN") || t.equals("HYPH"))) break;
            k--;
        }
        return k;
    }

    /** Whether the actor is what a verb of movement moves ("withdraw US troops", "deploy peacekeepers"). */
    private static boolean moved(TaggedSentence s, Party p) {
        int k = p.first() - 1;
        while (k >= 0 && (s.pos(k).equals("RP") || s.pos(k).startsWith("RB") || s.pos(k).equals("PRP$"))) k--;
        return k >= 0 && s.isVerb(k) && THEME_VERBS.contains(s.lemma(k)) && FORCES.contains(ActorNouns.singular(p.head()));
    }

    /** Where a verb's clause ends: a semicolon, a subordinate clause, a relative clause, a trailing attribution. */
    static int rightBoundary(TaggedSentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (w.equals(";") || w.equals(":")) return k;
            if (w.equals("but") && (s.isVerb(k + 1) || s.isVerb(k + 2) || s.isVerb(k + 3))) return k;
            if (SUBORDINATORS.contains(w) && s.pos(k).equals("IN") || s.pos(k).equals("WRB")) return k;
            if (w.equals(",") && (s.pos(k + 1).equals("WDT") || s.pos(k + 1).equals("WP"))) return k;
            if (w.equals(",") && attribution(s, k + 1)) return k;
            if (w.equals("as") && k + 1 < s.size() && (s.pos(k + 1).startsWith("NNP") || s.pos(k + 1).equals("PRP"))) {
                for (int j = k + 2; j < Math.min(s.size(), k + 6); j++) if (s.isVerb(j)) return k;
            }
        }
        return s.size();
    }

    /** ", Prime Minister X said": a short phrase, then a reporting verb. */
    private static boolean attribution(TaggedSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 10); k++) {
            String l = s.lemma(k);
            if (s.isVerb(k)) return Set.of("say", "tell", "add", "report", "announce", "state", "note").contains(l);
        }
        return false;
    }

    /** For the passive verb at {@code v}: the actor after "by", or the one whose strike or attack it happened in. */
    static Party agent(TaggedSentence s, List<Chunk> chunks, List<Party> parties, int after) {
        int rb = rightBoundary(s, after);
        for (int k = after; k < Math.min(rb, after + 4); k++) {
            if (s.word(k).equals("by")) {
                Party p = startingAt(parties, k + 1, false);
                if (p != null) return p;
            }
        }
        for (int k = after; k < Math.min(rb, after + 8); k++) {
            if (!s.word(k).equals("in") && !s.word(k).equals("during") && !s.word(k).equals("by")) continue;
            for (Chunk c : chunks) {
                if (c.first() != k + 1) continue;
                if (!CueLexicon.isActNoun(s.lemma(c.head()))) break;
                for (Party p : parties) if (p.modifier() && c.holds(p.first())) return p;
            }
        }
        return null;
    }

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

    private static final Set<String> GIVING_VERBS = Set.of("provide", "give", "send", "offer", "grant", "extend",
            "deliver", "sign", "reach", "conclude", "establish", "pledge", "promise", "share", "supply", "accept");

    /**
     * The verb whose object holds the noun phrase {@code c} ("provide 25,000 tons of food aid", "held their first
     * meeting"), or -1: only articles, numbers, adjectives, nouns and "of" may stand between.
     */
    static int governing(TaggedSentence s, Chunk c) {
        int k = c.first() - 1;
        for (int steps = 0; k >= 0 && steps < 8; steps++, k--) {
            String p = s.pos(k);
            if (s.isVerb(k)) return s.pos(k).equals("VBN") && passive(s, k) ? -1 : k;
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

    private static Party startingAt(List<Party> parties, int k, boolean modifiers) {
        for (Party p : parties) {
            if (p.first() == k && !p.modifier()) return p;
        }
        if (modifiers) for (Party p : parties) if (p.first() == k && p.kind() != Party.Kind.PRONOUN) return p;
        return null;
    }
}
