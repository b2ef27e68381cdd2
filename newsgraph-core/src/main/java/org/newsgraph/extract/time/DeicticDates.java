package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Dates told relative to the article's own day: "today", "yesterday morning", "Friday", "last week", "this year",
 * "next month", "two weeks ago", "this summer", "the third quarter", "last year's third quarter". Quarters and
 * weekdays take the tense into account: a past "Friday" is the last Friday on or before the article's day, a
 * future one the next.
 */
final class DeicticDates {

    private DeicticDates() {}

    static Reading match(Words w, int i, Scope s) {
        String b = w.bare(i);
        switch (b) {
            case "today", "yesterday", "tomorrow", "tonight" -> {
                return day(w, i, s);
            }
            default -> { }
        }
        if (TimeWords.WEEKDAYS.containsKey(b) && weekday(w, i)) return weekday(w, i, i, s, null);
        if (w.is(i, "this", "last", "next", "past", "coming", "current", "previous")) {
            Reading r = shifted(w, i, s);
            if (r != null) return r;
        }
        Reading q = quarter(w, i, s);
        if (q != null) return q;
        Reading season = season(w, i, s);
        if (season != null) return season;
        return ago(w, i, s);
    }

    /** "Sat", "Sun" and "Wed" are weekdays only with a full stop or a capital and a date cue. */
    static boolean weekday(Words w, int i) {
        Word x = w.get(i);
        if (!x.capitalised()) return false;
        if (x.bare().length() <= 4 && !x.text().endsWith(".")) return false;
        return true;
    }

    private static Reading day(Words w, int i, Scope s) {
        String b = w.bare(i);
        if (!s.anchored()) return null;
        int shift = switch (b) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        LocalDate d = s.dct().plusDays(shift);
        if (b.equals("tonight")) return new Reading(i, i + 1, "TIME", d + "TNI", new Point(d, Grain.DAY));
        String part = TimeWords.DAY_PARTS.get(w.bare(i + 1));
        if (part != null && !w.get(i + 1).joined()) {
            return new Reading(i, i + 2, "TIME", d + "T" + part, new Point(d, Grain.DAY));
        }
        return Reading.date(i, i + 1, new Point(d, Grain.DAY));
    }

    /**
     * A weekday at word {@code at}, its expression starting at {@code first}; {@code direction} forces a side. A
     * future one is the next such day on or after the article's, any other the last on or before it (news mostly
     * reports; a present-tense "meets Monday" read ahead lost as many TBAQ fit-part values as it won). A part of the
     * day after it joins the expression; TimeML adds it to the value (TEV, TAF), but TimeBank dates most "Friday
     * night" and "Friday morning" as Friday, and often leaves the part out of the extent: so only the evening and
     * afternoon are written.
     */
    private static Reading weekday(Words w, int first, int at, Scope s, Integer direction) {
        DayOfWeek day = DayOfWeek.of(TimeWords.WEEKDAYS.get(w.bare(at)));
        int end = at + 1;
        String part = TimeWords.DAY_PARTS.get(w.bare(end));
        if (part != null) end++;
        Reading dated = dated(w, first, end, day, s);
        if (dated != null) return dated;
        if (!s.anchored()) return Reading.date(first, end, "XXXX-WXX-" + day.getValue());
        LocalDate d;
        if (direction != null && direction < 0) d = s.dct().with(TemporalAdjusters.previous(day));
        else if (direction != null && direction > 0) d = s.dct().with(TemporalAdjusters.next(day));
        else if (direction != null) d = s.dct().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
        else {
            Scope.Tense t = s.tenseOrPresent(first, end);
            d = t == Scope.Tense.FUTURE ? s.dct().with(TemporalAdjusters.nextOrSame(day))
                    : s.dct().with(TemporalAdjusters.previousOrSame(day));
        }
        if ("EV".equals(part) || "AF".equals(part)) return new Reading(first, end, "TIME", d + "T" + part, new Point(d, Grain.DAY));
        return Reading.date(first, end, new Point(d, Grain.DAY));
    }

    /**
     * "Monday, Oct. 26" and "Monday, Oct. 26, 1998": one expression, the date; without a year, the year in which
     * that day is that weekday nearest the article's.
     */
    private static Reading dated(Words w, int first, int end, DayOfWeek day, Scope s) {
        int k = w.is(end, ",") ? end + 1 : end;
        Integer month = TimeWords.month(w.get(k));
        Integer dom = CalendarDates.day(w.get(k + 1));
        if (month == null || dom == null || !CalendarDates.isMonth(w, k)) return null;
        int stop = k + 2;
        int yearAt = w.is(stop, ",") ? stop + 1 : stop;
        if (CalendarDates.year(w, yearAt)) {
            LocalDate d = safe(CalendarDates.yearOf(w.get(yearAt)), month, dom);
            return d == null ? null : Reading.date(first, yearAt + 1, new Point(d, Grain.DAY));
        }
        if (!s.anchored()) return Reading.date(first, stop, String.format("XXXX-%02d-%02d", month, dom));
        LocalDate best = null;
        for (int y = s.dct().getYear() - 1; y <= s.dct().getYear() + 1; y++) {
            LocalDate d = safe(y, month, dom);
            if (d == null) continue;
            boolean better = best == null || (d.getDayOfWeek() == day) != (best.getDayOfWeek() == day)
                    ? best == null || d.getDayOfWeek() == day
                    : Math.abs(d.toEpochDay() - s.dct().toEpochDay()) < Math.abs(best.toEpochDay() - s.dct().toEpochDay());
            if (better) best = d;
        }
        return best == null ? null : Reading.date(first, stop, new Point(best, Grain.DAY));
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "this week", "last year", "next month", "last Friday", "this morning", "last night", "past decade". */
    private static Reading shifted(Words w, int i, Scope s) {
        String det = w.bare(i);
        int n = switch (det) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        Word x = w.get(i + 1);
        if (TimeWords.WEEKDAYS.containsKey(x.bare()) && weekday(w, i + 1) && !det.equals("past")) {
            return weekday(w, i, i + 1, s, n);
        }
        Integer month = TimeWords.month(x);
        if (month != null && CalendarDates.isMonth(w, i + 1) && (n != 0 || det.equals("this"))
                && CalendarDates.day(w.get(i + 2)) == null) {
            // "last November": the latest November before this month; "next May": the first after it
            if (!s.anchored()) return Reading.date(i, i + 2, String.format("XXXX-%02d", month));
            int y = s.dct().getYear();
            int now = s.dct().getMonthValue();
            if (n < 0 && month >= now) y--;
            if (n > 0 && month <= now) y++;
            return Reading.date(i, i + 2, new Point(LocalDate.of(y, month, 1), Grain.MONTH));
        }
        String part = TimeWords.DAY_PARTS.get(x.bare());
        if (part != null && (det.equals("this") || det.equals("last") && part.equals("NI"))) {
            if (!s.anchored()) return null;
            LocalDate d = det.equals("last") ? s.dct().minusDays(1) : s.dct();
            return new Reading(i, i + 2, "TIME", d + "T" + part, new Point(d, Grain.DAY));
        }
        String season = TimeWords.SEASONS.get(x.bare());
        if (season != null && !det.equals("past") && !det.equals("coming")) {
            return season(i, i + 2, season, s, n, null);
        }
        // "this past spring" is the last one
        if (det.equals("this") && x.bare().equals("past") && TimeWords.SEASONS.containsKey(w.bare(i + 2))) {
            return season(i, i + 3, TimeWords.SEASONS.get(w.bare(i + 2)), s, -1, null);
        }
        String unit = TimeWords.UNITS.get(x.bare());
        if (unit == null || x.bare().endsWith("s") && !x.bare().equals("days")) return null;
        Grain g = Grain.of(unit);
        if (g == null) return null;
        boolean definite = w.is(i - 1, "the");
        // "the past year", "the last week", "the coming year": a stretch of time, not a calendar unit
        if ((det.equals("past") || definite && (det.equals("last") || det.equals("coming"))) && g != Grain.WEEKEND) {
            int first = definite ? i - 1 : i;
            return Reading.duration(first, i + 2, "P" + span(unit));
        }
        if (det.equals("current") && g != Grain.QUARTER && g != Grain.YEAR) return null;
        if (!s.anchored()) return Reading.date(i, i + 2, unknown(g));
        Point p = new Point(s.dct(), g).shift(n);
        if (g == Grain.QUARTER && n == 0 && w.is(i, "current")) p = new Point(s.dct(), g);
        return Reading.date(i, i + 2, p);
    }

    static String span(String unit) {
        return switch (unit) {
            case "DE" -> "10Y";
            case "CE" -> "100Y";
            case "WE" -> "2D";
            case "Q" -> "3M";
            case "2W" -> "2W";
            default -> "1" + unit;
        };
    }

    static String unknown(Grain g) {
        return switch (g) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            default -> "XXXX";
        };
    }

    /**
     * Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1998", "the 1988 second
     * quarter", "last year's third quarter", "the first half".
     */
    private static Reading quarter(Words w, int i, Scope s) {
        int k = i;
        boolean the = w.is(k, "the");
        if (the) k++;
        Integer year = null;
        int yearShift = 0;
        if (CalendarDates.year(w, k) && !w.get(k + 1).joined()) {
            year = CalendarDates.yearOf(w.get(k));
            k++;
        } else if (w.is(k, "last", "this", "next") && w.is(k + 1, "year") && w.is(k + 2, "'s")) {
            yearShift = w.is(k, "last") ? -1 : w.is(k, "next") ? 1 : 0;
            k += 3;
        }
        if (w.is(k, "fiscal")) k++;
        Integer ord = TimeWords.ORDINALS.get(w.bare(k));
        if (ord == null && w.is(k, "last") && w.is(k + 1, "half") && k > i) ord = 2;
        if (ord == null) return null;
        int unitAt = w.is(k + 1, "fiscal") ? k + 2 : k + 1;
        boolean quarterWord = w.is(unitAt, "quarter");
        boolean half = w.is(unitAt, "half");
        if (!quarterWord && !half || quarterWord && ord > 4 || half && ord > 2) return null;
        if (half && w.is(unitAt + 1, "of") && w.is(unitAt + 2, "the", "a", "an", "his", "her", "its", "their")) return null;
        int end = unitAt + 1;
        if (w.is(end, "of") && CalendarDates.year(w, end + 1)) {
            year = CalendarDates.yearOf(w.get(end + 1));
            end += 2;
        } else if (CalendarDates.year(w, end) && !w.is(end + 1, "'s")) {
            year = CalendarDates.yearOf(w.get(end));
            end++;
        } else if (w.is(end, "of") && w.is(end + 1, "fiscal") && CalendarDates.year(w, end + 2)) {
            year = CalendarDates.yearOf(w.get(end + 2));
            end += 3;
        }
        int month = half ? (ord - 1) * 6 + 1 : (ord - 1) * 3 + 1;
        Grain g = half ? Grain.HALF : Grain.QUARTER;
        if (year == null) {
            if (!s.anchored()) return Reading.date(i, end, half ? "XXXX-H" + ord : "XXXX-Q" + ord);
            if (yearShift != 0 || w.is(i, "last", "this", "next") || w.is(i + 1, "last", "this", "next")) {
                year = s.dct().getYear() + yearShift;
            } else {
                // a quarter or half not yet begun is last year's, unless the text looks ahead; results come after
                int current = half ? (s.dct().getMonthValue() - 1) / 6 + 1 : (s.dct().getMonthValue() - 1) / 3 + 1;
                year = s.dct().getYear();
                if (ord > current && s.tense(i, end) != Scope.Tense.FUTURE) year--;
            }
        }
        return Reading.date(i, end, new Point(LocalDate.of(year, month, 1), g));
    }

    /** "the summer", "summer 1998", "the fall of 1998", "this winter", "last spring". */
    private static Reading season(Words w, int i, Scope s) {
        int k = w.is(i, "the") ? i + 1 : i;
        String code = TimeWords.SEASONS.get(w.bare(k));
        if (code == null) return null;
        if (w.bare(k).equals("fall") && !w.get(k).pos().startsWith("NN")) return null;
        if (w.bare(k).equals("spring") && w.get(k).pos().startsWith("VB")) return null;
        if (w.is(k + 1, "of") && CalendarDates.year(w, k + 2)) return season(i, k + 3, code, s, 0, CalendarDates.yearOf(w.get(k + 2)));
        int[] spelled = w.is(k + 1, "of") ? CalendarDates.spelledYear(w, k + 2) : null;
        if (spelled != null) return season(i, spelled[1], code, s, 0, spelled[0]);
        if (CalendarDates.year(w, k + 1)) return season(i, k + 2, code, s, 0, CalendarDates.yearOf(w.get(k + 1)));
        if (k == i && !w.is(i - 1, "in", "this", "last", "next", "early", "late", "mid", "by", "until", "since",
                "during", "over", "through")) return null;
        return season(i, k + 1, code, s, null, null);
    }

    private static Reading season(int first, int end, String code, Scope s, Integer shift, Integer year) {
        if (year != null) return Reading.date(first, end, new Point(LocalDate.of(year, 6, 1), Grain.SEASON, code));
        if (!s.anchored()) return Reading.date(first, end, "XXXX-" + code);
        int y = s.dct().getYear();
        int start = seasonStart(code);
        String current = seasonOf(s.dct());
        if (shift == null) {
            Scope.Tense t = s.tense(first, end);
            if (t == Scope.Tense.PAST && start > s.dct().getMonthValue() && !code.equals(current)) y--;
            if (t == Scope.Tense.FUTURE && start < s.dct().getMonthValue() && !code.equals(current)) y++;
        } else if (shift < 0) {
            if (code.equals(current) || start > s.dct().getMonthValue()) y--;
        } else if (shift > 0) {
            if (code.equals(current) || start <= s.dct().getMonthValue()) y++;
        }
        return Reading.date(first, end, new Point(LocalDate.of(y, 6, 1), Grain.SEASON, code));
    }

    private static int seasonStart(String code) {
        return switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static String seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        if (m >= 3 && m <= 5) return "SP";
        if (m >= 6 && m <= 8) return "SU";
        if (m >= 9 && m <= 11) return "FA";
        return "WI";
    }

    /** "two weeks ago", "a year ago", "10 days ago", "years ago" (the past, unspecified). */
    private static Reading ago(Words w, int i, Scope s) {
        Amount a = Amount.read(w, i);
        int k = a == null ? i : a.end();
        String unit = TimeWords.UNITS.get(w.bare(k));
        int ago = w.is(k + 1, "or") && w.is(k + 2, "so") ? k + 3 : k + 1;
        if (unit == null || !w.is(ago, "ago")) return null;
        if (a == null && !w.bare(k).endsWith("s")) return null;
        // "a year ago" in quarterly results is the same quarter a year before: read with the text's anchors
        if (a != null && a.value() != null && a.value() == 1 && unit.equals("Y") && ago == k + 1) return null;
        if (a == null || a.vague()) return Reading.date(i, ago + 1, "PAST_REF");
        // "about two years ago", "more than four decades ago": TimeBank gives the stretch, not a point
        if (w.is(i - 1, "about", "almost", "nearly", "some", "roughly") || w.is(i - 1, "than") && w.is(i - 2, "more")) {
            return Reading.duration(i, ago + 1, Durations.value(a, unit));
        }
        if (!s.anchored()) return Reading.date(i, ago + 1, "PAST_REF");
        return back(i, ago + 1, a.value(), unit, new Point(s.dct(), Grain.DAY), s);
    }

    /** The point {@code n} units before {@code from}, at the grain of the unit. */
    static Reading back(int first, int end, double n, String unit, Point from, Scope s) {
        // a fraction, or a count past any calendar ("a million years ago"), is the past unspecified
        if (n != Math.rint(n) || n > 10_000) return Reading.date(first, end, "PAST_REF");
        int k = (int) n;
        LocalDate d = from.day();
        Point p = switch (unit) {
            case "D" -> new Point(d.minusDays(k), Grain.DAY);
            case "W" -> new Point(d.minusWeeks(k), Grain.WEEK);
            case "2W" -> new Point(d.minusWeeks(2L * k), Grain.WEEK);
            case "M" -> new Point(d.minusMonths(k), Grain.MONTH);
            case "Q" -> new Point(d.minusMonths(3L * k), Grain.QUARTER);
            case "Y" -> new Point(d.minusYears(k), Grain.YEAR);
            case "DE" -> new Point(d.minusYears(10L * k), Grain.YEAR);
            case "CE" -> new Point(d.minusYears(100L * k), Grain.CENTURY);
            default -> null;
        };
        if (p == null) return Reading.date(first, end, "PAST_REF");
        return Reading.date(first, end, p);
    }
}
