package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * Whose the counted things are, when the sentence says: a possessive before the number ("Israel's 300 tanks")
 * or the subject of a verb of having or sending ("The US currently has some 2,500 troops": the US).
 */
public final class OwnerOf {

    private static final Set<String> HAVING = Set.of("has", "have", "had", "keeps", "kept", "maintains",
            "maintained", "deployed", "deploys", "deploy", "sent", "sends", "send", "stations", "stationed",
            "fields", "numbers", "numbered", "counts", "holds", "held", "owns", "commands", "lost", "loses");
    private static final Set<String> ADVERBS = Set.of("currently", "still", "now", "already", "also", "reportedly",
            "has", "have", "had", "once", "recently", "previously", "since");

    private OwnerOf() {}

    public static String find(Passage p, Quantity q, Qualifier qualifier) {
        int start = qualifier != null && qualifier.first() < q.first() ? qualifier.first() : q.first();
        Word before = p.word(start - 1);
        if (before == null) return null;
        if (before.is("'s", "\u2019s")) return Names.endingAt(p, start - 2);
        if (!HAVING.contains(before.lower())) return null;
        int j = start - 2;
        while (p.word(j) != null && ADVERBS.contains(p.word(j).lower())) j--;
        return Names.endingAt(p, j);
    }
}
