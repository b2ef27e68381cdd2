package org.newsgraph.extract.place;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text says where the place lies: "Rafah, Gaza Strip", "Atlanta, Georgia", "Jabalia in northern Gaza Strip".
 * A candidate inside the named container wins outright over namesakes elsewhere.
 */
final class Containment implements Evidence {

    private static final Pattern AFTER = Pattern.compile(
            "^(?:,\\s*|\\s+in\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                    + "south-?west)(?:ern)?\\s+)?(?:the\\s+)?)"
                    + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})");

    private final Gazetteer gazetteer;

    Containment(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        if (m.end() >= scene.text().length() || m.end() < 0) return 0;
        Matcher a = AFTER.matcher(scene.text().substring(m.end(), Math.min(scene.text().length(), m.end() + 60)));
        if (!a.find()) return 0;
        String[] words = a.group(1).split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String name = String.join(" ", java.util.Arrays.copyOf(words, n));
            for (GeoEntry outer : gazetteer.named(name)) {
                if (c.within(outer)) return 8;
            }
        }
        return 0;
    }
}
