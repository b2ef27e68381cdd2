package org.newsgraph.extract.time;

/**
 * A time expression the rules read: words {@code [first, end)}, its TimeML type and value, and the calendar point
 * it names when it names one (the anchor for a later "a day earlier").
 */
record Reading(int first, int end, String type, String value, Point point, boolean anchored) {

    Reading(int first, int end, String type, String value, Point point) {
        this(first, end, type, value, point, false);
    }

    static Reading date(int first, int end, Point p) {
        return new Reading(first, end, "DATE", p.value(), p);
    }

    static Reading date(int first, int end, String value) {
        return new Reading(first, end, "DATE", value, null);
    }

    static Reading duration(int first, int end, String value) {
        return new Reading(first, end, "DURATION", value, null);
    }

    Reading from(int newFirst) {
        return new Reading(newFirst, end, type, value, point, anchored);
    }

    Reading anchored(boolean leaned) {
        return new Reading(first, end, type, value, point, leaned);
    }

    int length() {
        return end - first;
    }
}
