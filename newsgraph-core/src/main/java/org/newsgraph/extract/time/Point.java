package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A point of the calendar at some grain: a day, a week, a month, a quarter, a season, a year, a decade. Its TimeML
 * value is the ISO form at that grain (1998-08-07, 1998-W32, 1998-08, 1998-Q3, 1998-SU, 1998, 199, 19).
 *
 * @param day  any day inside the point
 * @param part the season code (SP, SU, FA, WI) of a season, or the part of the day (MO, AF, EV, NI) of a day; null
 */
record Point(LocalDate day, Grain grain, String part) {

    Point(LocalDate day, Grain grain) {
        this(day, grain, null);
    }

    String value() {
        int y = day.getYear();
        String year = String.format("%04d", y);
        return switch (grain) {
            case DAY -> day + (part == null ? "" : "T" + part);
            case WEEK -> week();
            case WEEKEND -> week() + "-WE";
            case MONTH -> year + String.format("-%02d", day.getMonthValue());
            case SEASON -> year + "-" + part;
            case QUARTER -> year + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case HALF -> year + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year;
            case DECADE -> year.substring(0, 3);
            case CENTURY -> year.substring(0, 2);
        };
    }

    private String week() {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The point {@code n} of its own grain later (earlier when negative). */
    Point shift(int n) {
        return shift(n, grain);
    }

    /** The point {@code n} units of {@code by} later, kept at this point's grain. */
    Point shift(int n, Grain by) {
        LocalDate d = switch (by) {
            case DAY -> day.plusDays(n);
            case WEEK, WEEKEND -> day.plusWeeks(n);
            case MONTH -> day.plusMonths(n);
            case QUARTER -> day.plusMonths(3L * n);
            case HALF -> day.plusMonths(6L * n);
            case SEASON, YEAR -> day.plusYears(n);
            case DECADE -> day.plusYears(10L * n);
            case CENTURY -> day.plusYears(100L * n);
        };
        return new Point(d, grain, part);
    }

    Point at(Grain g) {
        return new Point(day, g, g == Grain.SEASON ? part : null);
    }

    /** The first day of the point. */
    LocalDate first() {
        return switch (grain) {
            case DAY -> day;
            case WEEK, WEEKEND -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case SEASON, YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
            case CENTURY -> LocalDate.of(day.getYear() / 100 * 100, 1, 1);
        };
    }
}
