package org.newsgraph.extract.place;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of a dateline opening the body, in capitals, with the state or country it lies in if given:
 * "GREENFIELD, Ind. (AP) -", "PORTVILLE - ", "NEW DELHI, March 3 (Reuters) -". The article was written there,
 * which makes it the strongest evidence for every other place the article names.
 */
final class DatelinePlace {

    private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*){0,3})"
            + "(?:,\\s*(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?))?"
            + "(?:,\\s*\\p{Lu}[a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})?)?"
            + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-\u2013\u2014:]");

    /** The dateline's place and, when written, its container ("Ind."), as spans of the text. */
    record Found(Mention place, Mention container) {}

    private DatelinePlace() {}

    static Optional<Found> find(String text) {
        Matcher m = DATELINE.matcher(text.length() > 160 ? text.substring(0, 160) : text);
        if (!m.find()) return Optional.empty();
        String place = m.group(1);
        if (place.length() < 3) return Optional.empty();
        // "PLYMOUTH CO." is Plymouth County
        if (place.endsWith(" CO.")) place = place.substring(0, place.length() - 3) + "County";
        Mention p = new Mention(place, m.start(1), m.end(1));
        Mention c = m.group(2) == null ? null : new Mention(m.group(2), m.start(2), m.end(2));
        return Optional.of(new Found(p, c));
    }
}
