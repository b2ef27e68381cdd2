package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar day written without its year ("Jan. 5", "July 31", "5 January"). */
record MonthDay(int month, int day) {

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH);
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b|'\\d\\d\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(day)?\\b");

    /** The month and day of a yearless date expression, if it is one. */
    static Optional<MonthDay> parse(String text) {
        if (YEAR.matcher(text).find()) return Optional.empty();
        Matcher m = MONTH_DAY.matcher(text);
        if (m.find()) return make(m.group(1), m.group(2));
        m = DAY_MONTH.matcher(text);
        if (m.find()) return make(m.group(2), m.group(1));
        return Optional.empty();
    }

    private static Optional<MonthDay> make(String month, String day) {
        int mo = switch (month.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) return Optional.empty();
        return Optional.of(new MonthDay(mo, d));
    }

    /** A weekday named alone ("on Tuesday"), without month or year. */
    static Optional<DayOfWeek> weekday(String text) {
        if (YEAR.matcher(text).find() || MONTH_DAY.matcher(text).find() || DAY_MONTH.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = WEEKDAY.matcher(text);
        if (!m.find()) return Optional.empty();
        String w = m.group(1).substring(0, 2).toLowerCase(Locale.ROOT);
        return Optional.of(switch (w) {
            case "mo" -> DayOfWeek.MONDAY; case "tu" -> DayOfWeek.TUESDAY; case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY; case "fr" -> DayOfWeek.FRIDAY; case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        });
    }

    LocalDate in(int year) {
        return LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
    }

    /** The latest occurrence on or before {@code limit}. */
    LocalDate latestOnOrBefore(LocalDate limit) {
        LocalDate d = in(limit.getYear());
        return d.isAfter(limit) ? in(limit.getYear() - 1) : d;
    }

    /** The earliest occurrence on or after {@code limit}. */
    LocalDate earliestOnOrAfter(LocalDate limit) {
        LocalDate d = in(limit.getYear());
        return d.isBefore(limit) ? in(limit.getYear() + 1) : d;
    }

    String withUnknownYear() {
        return String.format("XXXX-%02d-%02d", month, day);
    }
}
