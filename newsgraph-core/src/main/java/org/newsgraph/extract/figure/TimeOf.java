package org.newsgraph.extract.figure;

import org.newsgraph.model.DateMention;

/** When: the NLP stage's time expression in the sentence nearest the number, as its ISO value when it has one. */
public final class TimeOf {

    private TimeOf() {}

    public static String find(Passage p, int start, int end) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : p.article().calendarDates()) {
            if (d.start() < p.sentence().start() || d.end() > p.sentence().end()) continue;
            if (d.start() <= start && end <= d.end()) continue;
            int distance = d.start() >= end ? d.start() - end : Math.max(0, start - d.end());
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best == null) return null;
        return best.value() != null && !best.value().isBlank() ? best.value() : best.text();
    }
}
