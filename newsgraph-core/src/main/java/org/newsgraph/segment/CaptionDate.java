package org.newsgraph.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a caption gives for its photo, as ISO 8601: "06 January 2024", "Tuesday, Jan. 30, 2024",
 * "January 6, 2024", "Jan 30, 2024", "2024-01-06". Agencies put it last, so the last date wins.
 * Impossible dates ("31 February 2024") are no date.
 */
final class CaptionDate {

    private static final String MONTH =
            "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    // Quantifiers are bounded and never nested, so matching stays linear in the caption's length.
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private CaptionDate() {}

    static Optional<String> find(String caption) {
        Found best = null;
        Matcher m = DAY_MONTH_YEAR.matcher(caption);
        while (m.find()) best = later(best, m.start(), date(m.group(3), m.group(2), m.group(1)));
        m = MONTH_DAY_YEAR.matcher(caption);
        while (m.find()) best = later(best, m.start(), date(m.group(3), m.group(1), m.group(2)));
        m = ISO.matcher(caption);
        while (m.find()) best = later(best, m.start(), iso(m.group(1), m.group(2), m.group(3)));
        return best == null ? Optional.empty() : Optional.of(best.iso);
    }

    private record Found(int at, String iso) {}

    private static Found later(Found best, int at, String iso) {
        if (iso == null) return best;
        return best == null || at > best.at ? new Found(at, iso) : best;
    }

    private static String date(String year, String month, String day) {
        Integer m = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        return m == null ? null : iso(year, Integer.toString(m), day);
    }

    private static String iso(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
