package org.newsgraph.ingest;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Metadata dates (ISO 8601, with or without time, RFC 1123, "March 5, 2024") to an ISO calendar date. */
public final class Dates {

    /** Dates as people write them in the headers of saved stories: "March 5, 2024", "5 March 2024", "Mar. 5, 2024". */
    private static final java.util.List<DateTimeFormatter> WRITTEN = java.util.List.of(
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, uuuu")
                    .toFormatter(java.util.Locale.ENGLISH),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(java.util.Locale.ENGLISH),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM'.' d, uuuu")
                    .toFormatter(java.util.Locale.ENGLISH),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, uuuu")
                    .toFormatter(java.util.Locale.ENGLISH));

    private Dates() {}

    public static Optional<String> isoDate(String raw) {
        if (raw == null || raw.isBlank()) return Optional.empty();
        String s = raw.strip();
        // a text that starts with a valid yyyy-MM-dd reads as that day in every format below (the offset and local
        // date-times keep the day as written, and the last rule takes the first ten characters): no parse needed
        if (startsWithIsoDay(s)) return Optional.of(s.substring(0, 10));
        // each format is tried only when its shape fits: a failed parse throws, and exceptions cost more than
        // the parse itself on pages that state dates in the later formats
        try {
            if (fits(DateTimeFormatter.ISO_OFFSET_DATE_TIME, s)) return Optional.of(OffsetDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException ignored) { }
        try {
            if (fits(DateTimeFormatter.RFC_1123_DATE_TIME, s)) {
                return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString());
            }
        } catch (DateTimeParseException ignored) { }
        try {
            if (fits(DateTimeFormatter.ISO_LOCAL_DATE_TIME, s)) return Optional.of(LocalDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException ignored) { }
        if (Character.isLetter(s.charAt(0)) || Character.isDigit(s.charAt(0)) && s.indexOf(' ') > 0) {
            String normal = s.replaceAll("\\s+", " ");
            for (DateTimeFormatter written : WRITTEN) {
                try {
                    if (fits(written, normal)) return Optional.of(LocalDate.parse(normal, written).toString());
                } catch (DateTimeParseException ignored) { }
            }
        }
        if (s.length() >= 10) {
            String day = s.substring(0, 10);
            try {
                if (fits(DateTimeFormatter.ISO_LOCAL_DATE, day)) return Optional.of(LocalDate.parse(day).toString());
            } catch (DateTimeParseException ignored) { }
        }
        return Optional.empty();
    }

    private static boolean startsWithIsoDay(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        int year = Integer.parseInt(s, 0, 4, 10);
        int month = Integer.parseInt(s, 5, 7, 10);
        int day = Integer.parseInt(s, 8, 10, 10);
        return month >= 1 && month <= 12 && day >= 1 && java.time.YearMonth.of(year, month).isValidDay(day);
    }

    /** Whether the text reads whole in the format, before its fields are checked: parse would throw otherwise. */
    private static boolean fits(DateTimeFormatter format, String text) {
        ParsePosition pos = new ParsePosition(0);
        return format.parseUnresolved(text, pos) != null && pos.getErrorIndex() < 0 && pos.getIndex() == text.length();
    }
}
