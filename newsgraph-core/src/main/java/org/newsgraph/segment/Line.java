package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a dump: where it starts in the dump, and its text without surrounding spaces.
 * Scrapers leave trailing spaces and stray indentation; no rule below cares about them.
 */
record Line(int offset, String text) {

    boolean blank() {
        return text.isEmpty();
    }

    /** Splits on {@code \n} by hand: one pass, no regex, so a 100 MB line costs one copy. */
    static List<Line> of(String dump) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = dump.length();
        while (start <= n) {
            int end = dump.indexOf('\n', start);
            if (end < 0) end = n;
            lines.add(new Line(start, dump.substring(start, end).strip()));
            start = end + 1;
        }
        return lines;
    }
}
