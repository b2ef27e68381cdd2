package org.newsgraph.extract.event;

import java.util.Set;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Place;

/**
 * Where an act happened, from its sentence: a place the sentence puts it in ("in Doha", "outside Baghdad airport"),
 * the nearest after the cue first; else the place the act was aimed at ("its assault on Gaza", "invaded Iraq");
 * else one put before the cue. A place that only modifies another noun ("the Gaza war", "US forces") says nothing
 * of where.
 */
final class ActPlace {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "into", "from", "around", "within");

    /** Nouns for sites a place name may modify and still say where: "Baghdad airport", "Gaza border". */
    private static final Set<String> SITES = Set.of("airport", "border", "city", "province", "region", "area", "camp",
            "base", "district", "town", "village", "coast", "crossing", "capital", "port", "outskirts", "suburb",
            "prison", "jail", "hospital", "embassy", "consulate", "square", "street", "neighbourhood", "neighborhood");
    /** Acts done to a country's territory: "invaded Iraq" happened in Iraq; "accused Iraq" did not. */
    private static final Set<String> MATERIAL = Set.of("ASSAULT", "COERCE", "MOBILIZE", "PROTEST");

    private ActPlace() {}

    static String of(ExtractedArticle x, TaggedSentence s, Act a) {
        int cue = s.tokens.get(a.cueFirst()).start();
        Place after = null, before = null;
        for (Place p : x.places()) {
            if (p.start() < s.start() || p.end() > s.end() || !locative(s, p)) continue;
            if (p.start() >= cue) {
                if (after == null || p.start() < after.start()) after = p;
            } else if (before == null || p.start() > before.start()) {
                before = p;
            }
        }
        if (after != null) return after.name();
        Party t = a.target();
        boolean territory = t != null && (t.kind() == Party.Kind.PLACE
                || t.kind() == Party.Kind.COUNTRY && MATERIAL.contains(a.type()) && s.entity(t.end() - 1) != null);
        if (territory) {
            for (Place p : x.places()) {
                int k = s.tokenAt(p.start());
                if (p.start() >= s.start() && p.end() <= s.end() && k >= t.first() && k < t.end()) return p.name();
            }
        }
        return before == null ? null : before.name();
    }

    /** Whether a locative preposition governs the place's phrase ("in the Qatari capital Doha"). */
    private static boolean locative(TaggedSentence s, Place p) {
        int k = s.tokenAt(p.start());
        if (k >= s.size()) return false;
        // "outside Baghdad airport" locates; "from the Gaza war" does not
        int last = s.tokenAt(p.end() - 1);
        if (s.isNoun(last + 1) && s.entity(last + 1) == null && !SITES.contains(s.lemma(last + 1))) return false;
        while (k > 0) {
            String t = s.pos(k - 1);
            if (!(t.equals("DT") || t.startsWith("JJ") || t.startsWith("NN") || t.equals("CD") || t.equals("POS")
                    || t.equals(",") && s.entity(k) != null)) break;
            k--;
        }
        return LOCATIVE.contains(s.word(k - 1));
    }
}
