package org.newsgraph.ingest;

import java.time.LocalDate;
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
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException ignored) { }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString());
        } catch (DateTimeParseException ignored) { }
        try {
            return Optional.of(java.time.LocalDateTime.parse(s).toLocalDate().toString());
        } catch (DateTimeParseException ignored) { }
        for (DateTimeFormatter written : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(s.replaceAll("\\s+", " "), written).toString());
            } catch (DateTimeParseException ignored) { }
        }
        if (s.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
            } catch (DateTimeParseException ignored) { }
        }
        return Optional.empty();
    }
}
