package org.newsgraph.segment;

/**
 * A bare counter ("20": share or comment counts) that some pages print under the site marker.
 * Digits alone on a line carry no sentence, so the line is dropped wherever it stands.
 */
final class CounterLine {

    /** A year-sized number is as far as page counters go; a longer run of digits is odd enough to keep. */
    static final int MAX_DIGITS = 6;

    private CounterLine() {}

    static boolean is(String line) {
        if (line.isEmpty() || line.length() > MAX_DIGITS) return false;
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isDigit(line.charAt(i))) return false;
        }
        return true;
    }
}
