package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/** "10 a.m.", "3:30", "0800 GMT", "nine o'clock": times of day. */
final class ClockTimes implements Exclusion {

    private static final Pattern AFTER = Pattern.compile(
            "^(?:\\s?[ap]\\.?m\\b\\.?|\\s(?:GMT|UTC|CET|EST|EDT|PST|BST|local time|o'clock|o\u2019clock|hours? (?:local|GMT))\\b|:\\d\\d)");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null) return false;
        return AFTER.matcher(p.after(q, 16)).find() || p.before(q, 1).equals(":") && p.word(q.first() - 2) != null
                && p.word(q.first() - 2).digits();
    }
}
