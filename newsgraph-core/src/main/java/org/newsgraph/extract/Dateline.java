package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A wire dateline opening the body: "BAGHDAD, Jan 9 (Reuters) -", "GAZA CITY, March 3, 2024 (AP) —". */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{L}[\\p{L} .]{1,30})?,\\s*"
                    + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})(?:,\\s*(\\d{4}))?"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");

    /** What a dateline gives: its month and day, and its year when printed. */
    record Found(MonthDay day, Integer year) {}

    private Dateline() {}

    static Optional<Found> find(String text) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find()) return Optional.empty();
        return MonthDay.parse(m.group(1)).map(d -> new Found(d, m.group(2) == null ? null : Integer.parseInt(m.group(2))));
    }
}
