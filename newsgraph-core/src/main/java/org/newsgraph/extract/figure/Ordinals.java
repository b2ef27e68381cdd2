package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * A cardinal used as an ordinal: "the Army's 103 anniversary", "its 75 birthday", "day 300 of the war",
 * "round 2". (Ordinals proper, "103rd" or "second-largest", are never read as numbers.)
 */
final class Ordinals implements Exclusion {

    private static final Set<String> AFTER = Set.of("anniversary", "birthday", "jubilee", "centenary",
            "centennial", "edition", "session", "congress", "summit", "annual");
    private static final Set<String> BEFORE = Set.of("day", "week", "month", "year", "round", "phase", "stage",
            "season", "episode", "game", "leg", "lap", "term", "wave", "grade", "level", "tier", "category");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null || q.vague()) return false;
        Word after = p.word(q.last() + 1);
        Word before = p.word(q.first() - 1);
        return after != null && AFTER.contains(after.lower())
                || before != null && BEFORE.contains(before.lower()) && !Exclusions.countedNounAfter(p, q)
                        && (after == null || !after.letters() || after.is("of"));
    }
}
