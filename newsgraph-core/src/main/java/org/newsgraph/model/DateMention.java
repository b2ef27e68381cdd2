package org.newsgraph.model;

/**
 * A time expression normalised to its TimeML TIMEX3 value: a date or time in ISO 8601 (2024-01-05, 2024-01, 2024,
 * 2024-W02, 2024-Q1, XXXX-01-05 when the year is unknown, 2024-01-05T17:00), a duration (P3D, P2Y, PXW), a set
 * (P1W for "weekly") or PRESENT_REF, PAST_REF, FUTURE_REF.
 *
 * @param type DATE, TIME, DURATION or SET (TIMEX3 type); DATE when a reader of older output finds none
 */
public record DateMention(String text, String value, int start, int end, String type) {

    public DateMention {
        type = type == null ? "DATE" : type;
    }

    /** A date mention as the output had it before types: a DATE. */
    public DateMention(String text, String value, int start, int end) {
        this(text, value, start, end, "DATE");
    }

    /**
     * Whether it names a place in the calendar with at least its year or month-and-day known (2024-01-05, 2024,
     * XXXX-01-05, 2024-W02, 2024-01-05T17:00), as the stages that date figures and events want; not a duration, a
     * set or a vague reference.
     */
    public boolean calendar() {
        if (value == null || !(type.equals("DATE") || type.equals("TIME")) || value.length() < 4) return false;
        for (int i = 0; i < 4; i++) {
            char c = value.charAt(i);
            if (!Character.isDigit(c) && c != 'X') return false;
        }
        return value.length() == 4 || value.charAt(4) == '-';
    }
}
