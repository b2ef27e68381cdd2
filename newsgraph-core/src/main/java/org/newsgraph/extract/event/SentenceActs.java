package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The acts one sentence reports, each from a cue of the {@link CueLexicon} that the parts of speech confirm: a
 * verb, or a noun that heads its phrase ("air strike", not "negotiating team"); never a word inside a name
 * ("Popular Mobilization Forces") or a compound ("Iran-backed"), nor a noun for the people who act ("attackers").
 * An act reported inside what another act demands, threatens, promises or alleges ("accused X of shelling Y") is
 * that act's content, not an act of its own.
 */
final class SentenceActs {

    /** Acts whose clause goes on to tell what was demanded, refused, promised or alleged. */
    private static final Set<String> FRAMING_ACTS = Set.of("REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE",
            "SUPPORT", "CONCEDE");
    /** Acts a noun may report with its actors around it ("US strikes on X", "talks with X", "calls for X's exit"). */
    private static final Set<String> NOUN_ACTS = Set.of("ASSAULT", "COERCE", "CONSULT", "REQUEST", "ACCUSE",
            "SANCTION", "PROTEST", "THREATEN");
    /** Nouns for who acts ("attackers", "protesters", "mediator"): actors, not acts. */
    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile(".*(?:er|or)s?");
    private static final Set<String> NOT_AGENTS = Set.of("murder", "murders", "order", "orders", "offer", "offers",
            "border", "borders", "power", "powers");
    private static final Set<String> EFFORTS = Set.of("effort", "bid", "process", "campaign", "operation",
            "mission", "initiative", "attempt", "drive");
    private static final Set<String> ANAPHORS = Set.of("those", "these", "the", "that", "this", "such");

    private SentenceActs() {}

    static List<Act> of(TaggedSentence s, List<Chunk> chunks, List<Party> parties) {
        List<Act> out = new ArrayList<>();
        String text = s.text.substring(s.start(), s.end());
        int framedUntil = -1;
        for (Cue cue : CueLexicon.find(text)) {
            int cf = s.tokenAt(s.start() + cue.start());
            int ce = Math.max(cf + 1, s.tokenAt(s.start() + cue.end() - 1) + 1);
            if (cf >= s.size() || !confirmed(s, chunks, cf, ce)) continue;
            boolean noun = (s.isNoun(cf) || (s.pos(cf).equals("VBG") && chunkHeadedAt(chunks, cf) != null)
                    || nounTaggedAsVerb(s, cf)) && !s.pos(cf - 1).equals("MD") && !s.pos(cf - 1).equals("TO");
            Framing.Framed f = Framing.frame(cue.type(), s.before(cf));
            String type = f.type();
            if (!noun && cf < framedUntil) continue;
            Act act;
            if (noun) {
                act = nounAct(s, chunks, parties, type, f.mode(), cf, ce);
                if (act == null) continue;
            } else if (Subjects.passive(s, cf)) {
                act = new Act(type, f.mode(), s.index, cf, ce, VerbObjects.agent(s, chunks, parties, ce),
                        Subjects.subject(s, parties, cf), false, false);
            } else if (type.equals("REQUEST") && (!cue.type().equals("REQUEST") || s.word(cf).equals("must"))) {
                // "Russia said Sudan must return the helicopter": a demand of Sudan by whoever said so
                Party obliged = Subjects.subject(s, parties, cf);
                int said = obliged == null ? -1 : Subjects.reportingVerb(s, obliged.first());
                act = new Act(type, f.mode(), s.index, cf, ce, said < 0 ? null : Subjects.subject(s, parties, said),
                        obliged, false, false);
                framedUntil = VerbObjects.rightBoundary(s, ce);
            } else {
                act = new Act(type, f.mode(), s.index, cf, ce, Subjects.subject(s, parties, cf),
                        VerbObjects.object(s, chunks, parties, type, cf, cf + 1), false, false);
                if (FRAMING_ACTS.contains(type)) framedUntil = VerbObjects.rightBoundary(s, ce);
            }
            // "Recent US Predator attacks have killed eight leaders": one act, the noun's source the verb's
            if (!act.nominal() && act.source() == null && !out.isEmpty()) {
                Act prev = out.get(out.size() - 1);
                if (prev.nominal() && prev.target() == null && noVerbBetween(s, prev.cueEnd(), cf)) {
                    out.remove(out.size() - 1);
                    act = act.withSource(prev.source());
                }
            }
            out.add(act);
        }
        return out;
    }

    /** The act a noun reports over tokens [cf, ce), with the actors around its phrase; or null without a phrase. */
    private static Act nounAct(TaggedSentence s, List<Chunk> chunks, List<Party> parties, String type, String mode,
                               int cf, int ce) {
        Chunk c = chunkHeadedAt(chunks, ce - 1);
        if (c == null) c = chunkHeadedAt(chunks, cf);
        if (c == null) for (Chunk d : chunks) if (d.holds(cf)) c = d;
        if (c == null) return null;
        Party source = NounRoles.nounSource(s, parties, c, c.head());
        // a noun in a verb's object lends the act that verb's subject: "Israel pressed its assault",
        // "the UN will provide food aid to refugees"
        int verb = NounRoles.givingVerb(s, c);
        boolean lends = NounRoles.lightVerb(s, c) >= 0 || verb >= 0 && !NOUN_ACTS.contains(type);
        if ((source == null || source.kind() == Party.Kind.PRONOUN) && lends) {
            Party subject = Subjects.subject(s, parties, verb);
            if (subject != null) source = subject;
        }
        Party target = NounRoles.nounTarget(s, chunks, parties, type, c);
        if (target == null && lends) target = VerbObjects.object(s, chunks, parties, type, verb, verb + 1);
        boolean anaphoric = source == null && target == null && c.end() - c.first() == 2
                && ANAPHORS.contains(s.word(c.first()));
        if (!NOUN_ACTS.contains(type) && !lends) { source = null; target = null; }
        return new Act(type, mode, s.index, cf, ce, source, target, true, anaphoric);
    }

    /** Whether the parts of speech bear out a cue over tokens [cf, ce). */
    private static boolean confirmed(TaggedSentence s, List<Chunk> chunks, int cf, int ce) {
        if (s.entity(cf) != null || s.entity(ce - 1) != null) return false;
        if (s.pos(cf - 1).equals("HYPH") || (ce == cf + 1 && s.pos(cf + 1).equals("HYPH"))) return false;
        // "detained lawyers", "the killed soldiers": a participle describing a noun reports no act of its own
        if (ce == cf + 1 && (s.pos(cf).equals("VBN") || s.pos(cf).equals("VBD") || s.pos(cf).equals("JJ"))
                && s.isNoun(cf + 1) && Set.of("IN", "DT", "PRP$", "JJ", "CD").contains(s.pos(cf - 1))) return false;
        String w = s.word(ce - 1);
        if (s.isNoun(ce - 1) && (AGENT.matcher(w).matches() && !NOT_AGENTS.contains(w) || w.startsWith("hostage"))) return false;
        if (s.isNoun(cf) || s.pos(cf).equals("VBG")) {
            // a noun that only modifies another ("negotiating team", "fighting force") reports no act, unless that
            // other says only that it was tried ("a mediation effort", "a bombing campaign")
            for (Chunk c : chunks) {
                if (c.holds(cf) && c.head() >= ce && !EFFORTS.contains(ActorNouns.singular(s.lemma(c.head())))) return false;
            }
        }
        return true;
    }

    /**
     * "US strikes in Iraq should pave the way": a present-tense verb followed in its clause by another finite verb
     * is a plural noun the tagger misread; a clause has one finite verb.
     */
    private static boolean nounTaggedAsVerb(TaggedSentence s, int cf) {
        if (!s.pos(cf).equals("VBZ") && !s.pos(cf).equals("VBP")) return false;
        if (!s.isNoun(cf - 1)) return false;
        for (int k = cf + 1; k < s.size(); k++) {
            String p = s.pos(k);
            if (p.equals(",") || p.equals(":") || p.equals("CC") || p.equals("WDT") || p.equals("WP") || s.word(k).equals("that")) return false;
            if (p.equals("MD") || p.equals("VBZ") || p.equals("VBD") || p.equals("VBP")) return true;
        }
        return false;
    }

    private static boolean noVerbBetween(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            // participles between commas describe the noun ("attacks, occurring every three days, have killed")
            if (s.isVerb(k) && !s.pos(k).equals("VBG") && !s.pos(k).equals("VBN")
                    && !Set.of("has", "have", "had", "was", "were", "is", "are", "been").contains(s.word(k))) return false;
        }
        return true;
    }

    private static Chunk chunkHeadedAt(List<Chunk> chunks, int i) {
        for (Chunk c : chunks) if (c.head() == i) return c;
        return null;
    }
}
