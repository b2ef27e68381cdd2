package org.newsgraph.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line on which the page prints when the story ran: "Published May 21, 2024 | 06:29 PM", "Updated 17 September
 * 2018", "Wed May 22 2024", "Last updated: 2024-05-21 14:39 GMT". It is the publisher's word on the date, not
 * story, so it leaves the body; an "updated" date only bounds the publication from above.
 */
final class PrintedDate {

    /** The date as ISO 8601, and whether the page calls it an update. */
    record Found(String iso, boolean updated) {}

    static final int MAX_LENGTH = 70;

    private static final String MONTH =
            "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
            + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?";
    private static final String DATE = "(?:(?<d1>\\d{1,2})\\s+" + MONTH + ",?\\s+(?<y1>\\d{4})"
            + "|" + MONTH.replace("<month>", "<month2>") + "\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})[-/](?<m3>\\d{1,2})[-/](?<d3>\\d{1,2}))";
    private static final String TIME = "(?:\\s*[|,\u2013\u2014-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s*\\(?(?:[A-Z]{2,4})?(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
    private static final Pattern LINE = Pattern.compile("(?i:(?<lead>published|updated|last updated|posted|first published"
            + "|date|time|dated)(?:\\s+on)?\\s*:?\\s+)?" + WEEKDAY + DATE + TIME + "\\s*");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PrintedDate() {}

    static Optional<Found> read(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH || !Character.isLetterOrDigit(line.charAt(0))) return Optional.empty();
        Matcher m = LINE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String iso;
        if (m.group("d1") != null) iso = iso(m.group("y1"), month(m.group("month")), m.group("d1"));
        else if (m.group("d2") != null) iso = iso(m.group("y2"), month(m.group("month2")), m.group("d2"));
        else iso = iso(m.group("y3"), Integer.parseInt(m.group("m3")), m.group("d3"));
        if (iso == null) return Optional.empty();
        String lead = m.group("lead");
        boolean updated = lead != null && lead.toLowerCase(Locale.ROOT).contains("updated");
        return Optional.of(new Found(iso, updated));
    }

    /**
     * The article with the dates its page prints: the first plain one is its date (unless its front matter gave one),
     * the first update its last-updated date.
     */
    static DumpArticle onto(DumpArticle a, java.util.List<Found> dates) {
        String date = a.date();
        String updated = a.updated();
        for (Found f : dates) {
            if (f.updated() && updated == null) updated = f.iso();
            if (!f.updated() && date == null) date = f.iso();
        }
        return new DumpArticle(a.offset(), a.headline(), a.images(), a.blocks(), a.url(), date, a.authors(), updated,
                a.section());
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String iso(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
