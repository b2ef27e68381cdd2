package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The article's own week, month or year named with "the" ("for the year", "the week", "over the weekend"), the
 * end of a year ("by year-end") and holidays ("Christmas", "Thanksgiving Day", "New Year's Day").
 */
final class Periods {

    private Periods() {}

    static Reading match(Words w, int i, Scope s) {
        if (w.is(i, "the") && w.is(i + 1, "weekend")) return weekend(w, i, s);
        if (w.is(i, "the") && w.is(i + 1, "full", "fiscal", "calendar", "current") && w.is(i + 2, "year")) {
            if (w.is(i + 3, "ended", "ending")) return Reading.duration(i, i + 3, "P1Y");
            if (!s.anchored() || w.is(i + 3, "'s") && w.is(i + 1, "current")) return null;
            return Reading.date(i, i + 3, new Point(s.dct(), Grain.YEAR));
        }
        // "later in the day": the article's day
        if (w.is(i, "the") && w.is(i + 1, "day") && w.is(i - 1, "in") && w.is(i - 2, "later", "earlier") && s.anchored()) {
            return Reading.date(i, i + 2, s.today());
        }
        if (w.is(i, "the") && w.is(i + 1, "year", "week", "month") && !w.is(i + 2, "'s", "before", "after", "-", "earlier", "ago")
                && !w.get(i + 2).joined()) {
            if (w.is(i + 2, "ended", "ending", "to", "through")) {
                return Reading.duration(i, i + 2, "P1" + TimeWords.UNITS.get(w.bare(i + 1)));
            }
            if (!s.anchored()) return null;
            Grain g = Grain.of(TimeWords.UNITS.get(w.bare(i + 1)));
            return Reading.date(i, i + 2, new Point(s.dct(), g));
        }
        if (w.is(i, "year") && w.is(i + 1, "end") && w.get(i + 1).joined()) {
            if (!s.anchored()) return Reading.date(i, i + 2, "XXXX-12-31");
            int y = s.dct().getYear();
            if (w.is(i - 1, "since") || s.tense(i, i + 2) == Scope.Tense.PAST && !w.is(i - 1, "by")) y--;
            return Reading.date(i, i + 2, new Point(LocalDate.of(y, 12, 31), Grain.DAY));
        }
        return holiday(w, i, s);
    }

    private static Reading weekend(Words w, int i, Scope s) {
        if (!s.anchored()) return Reading.date(i, i + 2, "XXXX-WXX-WE");
        LocalDate saturday = s.tense(i, i + 2) == Scope.Tense.FUTURE
                ? s.dct().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : s.dct().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return Reading.date(i, i + 2, new Point(saturday, Grain.WEEKEND));
    }

    private static Reading holiday(Words w, int i, Scope s) {
        if (!w.get(i).capitalised()) return null;
        String b = w.bare(i);
        int end = i + 1;
        int month;
        int day;
        switch (b) {
            case "christmas" -> {
                month = 12;
                day = w.is(end, "eve") ? 24 : 25;
                if (w.is(end, "eve", "day")) end++;
            }
            case "new" -> {
                if (!w.is(i + 1, "year") || !w.is(i + 2, "'s") || !w.is(i + 3, "day", "eve")) return null;
                month = w.is(i + 3, "eve") ? 12 : 1;
                day = w.is(i + 3, "eve") ? 31 : 1;
                end = i + 4;
            }
            case "thanksgiving", "election" -> {
                if (b.equals("election") && !w.is(end, "day")) return null;
                if (w.is(end, "day")) end++;
                month = 11;
                day = 0;
            }
            case "halloween" -> {
                month = 10;
                day = 31;
            }
            default -> {
                return null;
            }
        }
        Integer year = null;
        if (CalendarDates.year(w, end)) {
            year = CalendarDates.yearOf(w.get(end));
            end++;
        } else if (w.is(end, ",") && CalendarDates.year(w, end + 1)) {
            year = CalendarDates.yearOf(w.get(end + 1));
            end += 2;
        }
        if (year == null && !s.anchored()) return null;
        int y = year != null ? year : s.dct().getYear();
        LocalDate d = movable(b, y, month, day);
        if (year == null) {
            y = CalendarDates.yearByTense(s, i, end, d, Grain.DAY);
            d = movable(b, y, month, day);
        }
        return Reading.date(i, end, new Point(d, Grain.DAY));
    }

    private static LocalDate movable(String name, int year, int month, int day) {
        if (name.equals("thanksgiving")) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (name.equals("election")) {
            return LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        }
        return LocalDate.of(year, month, day);
    }
}
