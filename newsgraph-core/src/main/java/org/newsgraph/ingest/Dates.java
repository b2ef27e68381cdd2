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

    /** Whether the text reads whole in the format, before its fields are checked: parse would throw otherwise. */
    private static boolean fits(DateTimeFormatter format, String text) {
        ParsePosition pos = new ParsePosition(0);
        return format.parseUnresolved(text, pos) != null && pos.getErrorIndex() < 0 && pos.getIndex() == text.length();
    }
}
