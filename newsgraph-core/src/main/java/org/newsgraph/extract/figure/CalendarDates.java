package org.newsgraph.extract.figure;

import java.util.Set;
import org.newsgraph.model.DateMention;

/**
 * Days of the month ("Jan. 5", "July 31", "06 January 2024") and any number inside a time expression the NLP
 * stage found (its dates()), unless a counted noun follows.
 */
final class CalendarDates implements Exclusion {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (Exclusions.countedNounAfter(p, q)) return false;
        int start = q.start(p.words());
        int end = q.end(p.words());
        for (DateMention d : p.article().calendarDates()) if (d.start() <= start && end <= d.end()) return true;
        if (!Exclusions.plainDigits(p, q) || q.value() < 1 || q.value() > 31 || q.value() % 1 != 0) return false;
        Word before = p.word(q.first() - 1);
        if (before != null && before.is(".")) before = p.word(q.first() - 2);
        Word after = p.word(q.last() + 1);
        return month(before) || month(after);
    }

    private static boolean month(Word w) {
        return w != null && w.capitalised() && MONTHS.contains(w.lower());
    }
}
