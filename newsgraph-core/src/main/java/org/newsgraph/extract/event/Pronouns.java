package org.newsgraph.extract.event;

import java.util.List;

/**
 * What a pronoun stands for: "he" or "she" the nearest person before it, "it" and "they" the nearest actor before
 * it that stands as a subject ("Iraq's government ... says it has arrested"); failing those, the last such actor
 * of the sentences before. One instance reads one article, sentence by sentence.
 */
final class Pronouns {

    private Party lastPerson;
    private Party lastThing;
    private Party lastGroup;

    Party resolve(TaggedSentence s, List<Party> parties, Party pronoun) {
        if (pronoun == null || pronoun.kind() != Party.Kind.PRONOUN) return pronoun;
        Party resolved = resolved(s, parties, pronoun);
        // "its troops" stands where it stands, headed by its own noun
        return resolved == null ? null : new Party(resolved.kind(), resolved.name(), resolved.surface(), resolved.first(),
                resolved.end(), resolved.modifier(), resolved.plural(), resolved.bare(), pronoun.head());
    }

    private Party resolved(TaggedSentence s, List<Party> parties, Party pronoun) {
        String w = pronoun.name();
        boolean person = w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her");
        boolean plural = w.equals("they") || w.equals("them");
        for (int i = parties.size() - 1; i >= 0; i--) {
            Party p = parties.get(i);
            if (p.first() >= pronoun.first() || p.kind() == Party.Kind.PRONOUN) continue;
            if (person) {
                if (p.kind() == Party.Kind.PERSON) return p.standingFor(pronoun);
                continue;
            }
            if (!fits(p, plural) || p.modifier()) continue;
            if (Subjects.subjectPosition(s, p)) return p.standingFor(pronoun);
        }
        // the sentence's first actor that fits, subject or not ("Militants loyal to X said they ...")
        if (!person) {
            for (Party p : parties) {
                if (p.first() >= pronoun.first()) break;
                if (p.kind() != Party.Kind.PRONOUN && !p.modifier() && fits(p, plural)) return p.standingFor(pronoun);
            }
        }
        Party earlier = person ? lastPerson : plural ? (lastGroup != null ? lastGroup : lastThing) : lastThing;
        return earlier == null ? null : earlier.standingFor(pronoun);
    }

    private static boolean fits(Party p, boolean plural) {
        if (p.kind() == Party.Kind.PERSON || p.kind() == Party.Kind.PLACE) return false;
        if (plural) return p.plural() || p.kind() != Party.Kind.GROUP;
        return !p.plural() || p.kind() != Party.Kind.GROUP;
    }

    /** Remembers the sentence's actors for the sentences after it. */
    void read(TaggedSentence s, List<Party> parties) {
        boolean thing = false, group = false;
        for (Party p : parties) {
            if (p.kind() == Party.Kind.PRONOUN || p.modifier()) continue;
            if (p.kind() == Party.Kind.PERSON) { lastPerson = p; continue; }
            if (!Subjects.subjectPosition(s, p)) continue;
            if (!thing && fits(p, false)) { lastThing = p; thing = true; }
            if (!group && p.plural() && fits(p, true)) { lastGroup = p; group = true; }
        }
    }
}
