package org.newsgraph.model;

/** A time expression normalised to ISO 8601 (2024-01-05, 2024-01, 2024, XXXX-01-05 when the year is unknown). */
public record DateMention(String text, String value, int start, int end) {}
