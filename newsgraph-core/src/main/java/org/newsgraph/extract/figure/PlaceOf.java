package org.newsgraph.extract.figure;

import java.util.Set;
import org.newsgraph.model.Entity;

/**
 * Where the figure happened: a place the NLP stage tagged LOCATION in the sentence. A place after "in", "at",
 * "on", "near", "across" (possibly with a word between: "in shattered Gaza") is preferred, the nearest to the
 * number first; a compass word before it stays with it ("southern Israel"). With no such place, the nearest
 * LOCATION in the sentence.
 */
public final class PlaceOf {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "near", "across", "inside",
            "throughout", "from", "outside");
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern");

    /** "in which Norland says ...": the place is the subject of a new clause, not where anything happened. */
    private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whom", "whose", "where", "when");

    private PlaceOf() {}

    public static String find(Passage p, int start, int end) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestAfterPreposition = false;
        for (Entity e : p.entities()) {
            if (!"LOCATION".equals(e.type())) continue;
            int at = p.indexAt(e.start());
            int lead = at - 1;
            String compass = null;
            if (p.word(lead) != null && COMPASS.contains(p.word(lead).lower())) {
                compass = p.word(lead).text();
                lead--;
            }
            boolean afterPreposition = p.word(lead) != null && PREPOSITIONS.contains(p.word(lead).lower())
                    || p.word(lead - 1) != null && PREPOSITIONS.contains(p.word(lead - 1).lower())
                    && p.word(lead).letters() && !p.word(lead).capitalised() && !RELATIVES.contains(p.word(lead).lower());
            int distance = e.start() >= end ? e.start() - end : Math.max(0, start - e.end());
            if (afterPreposition && !bestAfterPreposition || afterPreposition == bestAfterPreposition
                    && distance < bestDistance) {
                best = compass == null ? e.text() : compass + " " + e.text();
                bestDistance = distance;
                bestAfterPreposition = afterPreposition;
            }
        }
        return best;
    }
}
