package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * An act done in response to another names the other's actors by reciprocity: when strikes by A on B "came in
 * response to attacks on A", the attacks were B's. Only the unnamed side is filled in, and only when the earlier
 * act was aimed at the responder (or at no one named).
 */
final class Responses {

    private static final Set<String> OPENERS = Set.of("response", "retaliation", "reprisal", "revenge", "avenge");

    private Responses() {}

    /** The acts of sentence {@code s}, with the provoking act's source filled in where the sentence tells it. */
    static List<Act> fill(TaggedSentence s, List<Act> acts) {
        int opener = -1;
        for (int k = 0; k < s.size(); k++) if (OPENERS.contains(s.word(k))) { opener = k; break; }
        if (opener < 0) return acts;
        Act response = null;
        for (Act a : acts) if (a.cueFirst() < opener && a.source() != null && a.target() != null) response = a;
        if (response == null) return acts;
        java.util.ArrayList<Act> out = new java.util.ArrayList<>(acts);
        for (int i = 0; i < out.size(); i++) {
            Act a = out.get(i);
            if (a.cueFirst() <= opener || a.cueFirst() > opener + 10 || a.source() != null) continue;
            if (a.target() != null && !a.target().name().equals(response.source().name())) continue;
            Party target = a.target() != null ? a.target() : response.source();
            out.set(i, a.withActors(response.target(), target));
            break;
        }
        return out;
    }
}
