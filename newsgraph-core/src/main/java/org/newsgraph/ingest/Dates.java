package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Metadata dates (ISO 8601, with or without time, RFC 1123) to an ISO calendar date. */
public final class Dates {

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
        if (s.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
            } catch (DateTimeParseException ignored) { }
        }
        return Optional.empty();
    }
}
