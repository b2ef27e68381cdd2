package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * Whom an act a verb reports was aimed at: the first actor of the verb's clause after it ("accused the United
 * States", "called on Russia to", "demanded that Belarus"), an actor modifying its direct object ("condemned US
 * strikes"), the place of a meeting excepted; for a verb of movement, where it moves things ("withdraw troops from
 * Iraq"); and for a passive, the actor after "by" ("X was attacked by Y").
 */
final class VerbObjects {

    /** Verbs whose object is what moves, not whom the act is aimed at ("withdraw US troops from Iraq"). */
    private static final Set<String> THEME_VERBS = Set.of("withdraw", "pull", "deploy", "send", "dispatch",
            "mobilize", "mobilise", "mass", "move", "evacuate", "station", "reinforce", "recall");
    private static final Set<String> FORCES = Set.of("troop", "force", "soldier", "army", "reservist",
            "peacekeeper", "warship", "personnel", "unit", "diplomat", "ambassador", "envoy", "citizen", "national",
            "inspector", "monitor", "observer", "worker", "staff", "adviser", "advisor");
    private static final Set<String> DIRECTIONS = Set.of("from", "to", "into", "against", "toward", "towards",
            "at", "in", "out", "on");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");

    private VerbObjects() {}

    /** The object of the verb at {@code verb}, from token {@code after} on: the first actor in its clause. */
    static Party object(TaggedSentence s, List<Chunk> chunks, List<Party> parties, String type, int verb, int after) {
        int rb = rightBoundary(s, after);
        // "denied that civilians were killed", "warned that Russians could face": a proposition, not a target;
        // only a demand aims at who is to act ("demanded that Belarus release")
        int clause = after;
        while (clause < s.size() && (s.pos(clause).startsWith("RB") || s.isDate(clause))) clause++;
        if (s.word(clause).equals("that") && !type.equals("REQUEST")) return null;
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
        // else an actor modifying a phrase the object leads to through "of", "by" or "from" ("rejected recent calls
        // by Belarus's rulers", "demanded the release of Iran's prisoners")
        int k = after;
        while (k < rb) {
            String t = s.pos(k);
            boolean inPhrase = t.equals("DT") || t.startsWith("JJ") || t.startsWith("NN") || t.equals("CD")
                    || t.equals("POS") || t.equals("HYPH") || t.equals("PRP$") || t.startsWith("RB") || s.isDate(k)
                    || Set.of("of", "by", "from").contains(s.word(k));
            if (!inPhrase) break;
            k++;
        }
        for (Party p : parties) {
            if (p.first() < after || p.kind() == Party.Kind.PRONOUN) continue;
            if (p.first() >= k) break;
            if (p.modifier()) return p;
        }
        return null;
    }

    /** Where the noun phrase holding the actor starts ("the Palestinian enclave" for "Palestinian"). */
    static int phraseStart(TaggedSentence s, Party p) {
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
        // "After the United States failed to negotiate, China ...": an opening subordinate clause ends at its comma
        boolean opening = false;
        for (int k = from - 1; k >= 0; k--) {
            if (s.word(k).equals(",") || s.word(k).equals(";")) break;
            if (k == 0) opening = Subjects.SUBORDINATORS.contains(s.word(0)) || s.word(0).equals("as");
        }
        for (int k = from; k < s.size(); k++) {
            if (opening && s.word(k).equals(",")) return k;
            String w = s.word(k);
            if (w.equals(";") || w.equals(":")) return k;
            if (w.equals("but") && (s.isVerb(k + 1) || s.isVerb(k + 2) || s.isVerb(k + 3))) return k;
            if (Subjects.SUBORDINATORS.contains(w) && s.pos(k).equals("IN") || s.pos(k).equals("WRB")) return k;
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
                Party p = NounRoles.startingAt(parties, k + 1, false);
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
}
