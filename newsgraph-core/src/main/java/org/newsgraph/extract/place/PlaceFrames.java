package org.newsgraph.extract.place;

import java.util.regex.Pattern;

/**
 * Words around a name that make it a place whatever the tagger typed it: "the town of X", "the western province of
 * X", "John Doe, 43, of X" (local news gives a person's age and home town so), and "X, Ky." or "X, Ontario" (a
 * place written with the state or province it lies in).
 */
final class PlaceFrames {

    private static final Pattern BEFORE = Pattern.compile("(?:\\b(?:town|city|village|province|county|state|region|"
            + "district|municipality|hamlet|suburb|township|community|neighbou?rhood|capital) of|,\\s*\\d{1,3},\\s*of)\\s*$");
    private static final Pattern AFTER = Pattern.compile("^,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)");

    private final PlaceWords words;

    PlaceFrames(PlaceWords words) {
        this.words = words;
    }

    /** Whether the text frames {@code text[start, end)} as a place. */
    boolean framed(String text, int start, int end) {
        if (BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) return true;
        var a = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!a.find()) return false;
        // "Trudeau, Canada's prime minister" is no place: the container closes the phrase
        String rest = text.substring(end + a.end(), Math.min(text.length(), end + a.end() + 1));
        if (!a.group(1).endsWith(".") && !rest.isEmpty() && ",.;:)(\n".indexOf(rest.charAt(0)) < 0) return false;
        for (GeoEntry e : words.readings(a.group(1))) {
            if (e.kind() == GeoEntry.Kind.ADMIN1 || e.kind() == GeoEntry.Kind.COUNTRY) return true;
        }
        return false;
    }
}
