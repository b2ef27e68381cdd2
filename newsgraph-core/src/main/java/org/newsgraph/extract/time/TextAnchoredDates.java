package org.newsgraph.extract.time;

import java.time.LocalDate;

/**
 * Dates told relative to a point the text named before: "a year earlier", "the next day", "that week", "the
 * following year", "two days later", "the year-earlier quarter", "the latest quarter". TimeML anchors them on the
 * narrative's last point; without one, on the article's own day. A year-earlier figure in quarterly results is the
 * same quarter a year before ("the year-ago period" after "third-quarter profit").
 */
final class TextAnchoredDates {

    private TextAnchoredDates() {}

    static Reading match(Words w, int i, Scope s) {
        Reading r = yearEarlier(w, i, s);
        if (r != null) return r;
        r = counted(w, i, s);
        if (r != null) return r;
        r = thatUnit(w, i, s);
        if (r != null) return r;
        return latest(w, i, s);
    }

    private static Point anchor(Scope s) {
        Point last = s.last();
        if (last != null) return last;
        return s.anchored() ? s.today() : null;
    }

    /** "year-earlier", "year-ago", "the year-earlier period", "a year earlier", "a year ago" in a quarterly text. */
    private static Reading yearEarlier(Words w, int i, Scope s) {
        int k = w.is(i, "the") ? i + 1 : i;
        if (w.is(k, "year") && w.get(k + 1).joined() && w.is(k + 1, "earlier", "ago")) {
            int end = k + 2;
            if (w.is(end, "period", "quarter", "periods", "quarters", "level", "levels")) end++;
            else if (w.is(end, "first", "second", "third", "fourth") && w.is(end + 1, "quarter")) end += 2;
            else if (k != i) return null;
            return yearBefore(i, end, s, w.is(end - 1, "quarter"));
        }
        if (w.is(i, "a", "one") && w.is(i + 1, "year") && w.is(i + 2, "earlier", "ago", "before")) {
            return yearBefore(i, i + 3, s, false);
        }
        // "the corresponding period last year", "last year's quarter", "the same period last year"
        if (w.is(i, "the") && w.is(i + 1, "corresponding", "same", "comparable") && w.is(i + 2, "period", "quarter")
                && w.is(i + 3, "last", "a") && w.is(i + 4, "year")) return yearBefore(i, i + 5, s, true);
        if (w.is(i, "last") && w.is(i + 1, "year") && w.is(i + 2, "'s") && w.is(i + 3, "quarter", "period")) {
            return yearBefore(i, i + 4, s, true);
        }
        return null;
    }

    /** A year before the text's last quarter, else before the article's year; it is no new point of the narrative. */
    private static Reading yearBefore(int first, int end, Scope s, boolean quarterly) {
        Point last = s.last();
        Point quarter = s.quarter();
        Point p;
        if (last != null && (last.grain() == Grain.QUARTER || last.grain() == Grain.HALF)) p = last.shift(-1, Grain.YEAR);
        else if (quarter != null) p = quarter.shift(-1, Grain.YEAR);
        else if (!s.anchored()) return Reading.date(first, end, "XXXX");
        else if (quarterly) p = new Point(s.dct(), Grain.QUARTER).shift(-4);
        else p = new Point(s.dct().minusYears(1), Grain.YEAR);
        return new Reading(first, end, "DATE", p.value(), null);
    }

    /** "two days later", "a week earlier": TimeBank tags the stretch counted (P2D), not the day it lands on. */
    private static Reading counted(Words w, int i, Scope s) {
        Amount a = Amount.read(w, i);
        if (a == null) return null;
        String unit = TimeWords.UNITS.get(w.bare(a.end()));
        if (unit == null || !w.is(a.end() + 1, "earlier", "later")) return null;
        int end = a.end() + 2;
        // TimeBank tags "three days later" as the stretch (P3D) rather than the day it lands on
        return Reading.duration(i, end, Durations.value(a, unit));
    }

    /**
     * "that day", "that year", "the same day", "the next day", "the following week", "the previous year", "the day
     * before", "the night before", "earlier that day".
     */
    private static Reading thatUnit(Words w, int i, Scope s) {
        int n;
        int unitAt;
        if (w.is(i, "that", "the") && w.is(i + 1, "same") || w.is(i, "that")) {
            n = 0;
            unitAt = w.is(i + 1, "same") ? i + 2 : i + 1;
        } else if (w.is(i, "the") && w.is(i + 1, "next", "following")) {
            n = 1;
            unitAt = i + 2;
        } else if (w.is(i, "the") && w.is(i + 1, "previous", "preceding", "prior")) {
            n = -1;
            unitAt = i + 2;
        } else if (w.is(i, "the") && w.is(i + 1, "day", "night", "week", "month", "year") && w.is(i + 2, "before", "after")) {
            n = w.is(i + 2, "before") ? -1 : 1;
            unitAt = i + 1;
        } else {
            return null;
        }
        String unitWord = w.bare(unitAt);
        String unit = unitWord.equals("night") || unitWord.equals("morning") ? "D" : TimeWords.UNITS.get(unitWord);
        if (unit == null || unitWord.endsWith("s")) return null;
        Grain g = Grain.of(unit);
        if (g == null || g == Grain.WEEKEND || g == Grain.QUARTER && n == 0) return null;
        int end = unitAt + 1;
        if (w.is(i, "the") && w.is(i + 1, "day", "night", "week", "month", "year")) {
            // "the day before returning home": a preposition, not "the day before"
            Word next = w.get(i + 3);
            if (next.pos().startsWith("VBG") || next.pos().startsWith("NN") || next.pos().equals("DT")
                    || next.pos().startsWith("PRP") || next.pos().equals("CD")) return null;
            end = i + 3;
        }
        if (n == 0 && unit.equals("D") && !unitWord.equals("day") && !unitWord.equals("night")) return null;
        Point from = anchor(s);
        if (from == null) return Reading.date(i, end, DeicticDates.unknown(g));
        // "that year" after a day names the day's year; "the next day" after a month is not a day we can place
        if (g.ordinal() < from.grain().ordinal() && n != 0) return Reading.date(i, end, DeicticDates.unknown(g));
        if (g.ordinal() < from.grain().ordinal()) return null;
        Point p = new Point(from.day(), g).shift(n);
        if (unitWord.equals("night")) return new Reading(i, end, "TIME", p.value() + "TNI", p);
        return Reading.date(i, end, p);
    }

    /** "(the quarter) ended Sept. 30": the quarter holding that day. */
    private static Point endedOn(Words w, int k, Scope s) {
        if (!w.is(k, "ended", "ending")) return null;
        Reading day = CalendarDates.match(w, k + 1, s);
        if (day == null || day.point() == null || day.point().grain() != Grain.DAY) return null;
        return day.point().at(Grain.QUARTER);
    }

    /** "the latest quarter", "the latest period", "the quarter", "the period": the quarter being reported. */
    private static Reading latest(Words w, int i, Scope s) {
        if (!w.is(i, "the")) return null;
        if (CalendarDates.year(w, i + 1) && w.is(i + 2, "period", "quarter")) {
            int y = CalendarDates.yearOf(w.get(i + 1));
            Point q = s.quarter();
            if (q == null) return w.is(i + 2, "quarter") ? null : Reading.date(i, i + 3, new Point(LocalDate.of(y, 1, 1), Grain.YEAR));
            return new Reading(i, i + 3, "DATE", new Point(q.day().withYear(y), Grain.QUARTER).value(), null);
        }
        int k = i + 1;
        boolean latest = w.is(k, "latest", "most");
        if (w.is(k, "most") && w.is(k + 1, "recent")) k++;
        if (latest) k++;
        if (w.is(k, "fiscal")) k++;
        boolean period = w.is(k, "period");
        Point last = s.last();
        boolean quarterly = last != null && last.grain() == Grain.QUARTER;
        if (!w.is(k, "quarter") && !(period && (latest || quarterly))) return null;
        if (w.is(k - 1, "the") && w.is(k, "quarter") && !latest && w.is(k + 1, "century", "mile", "point", "of")) return null;
        Point ended = endedOn(w, k + 1, s);
        if (ended != null) return Reading.date(i, k + 1, ended);
        if (quarterly) return Reading.date(i, k + 1, last);
        Point named = s.quarter();
        if (named != null) return Reading.date(i, k + 1, named);
        if (!s.anchored()) return Reading.date(i, k + 1, "XXXX-QX");
        // results are told after their quarter: "the quarter" is the last one ended, unless the text looks ahead
        boolean ahead = !latest && s.tense(i, k + 1) == Scope.Tense.FUTURE;
        return Reading.date(i, k + 1, new Point(ahead ? s.dct() : s.dct().minusMonths(3), Grain.QUARTER));
    }
}
