package org.newsgraph.extract.place;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text says where the place lies: "Rafah, Gaza Strip", "Atlanta, Georgia", "Jabalia in northern Gaza Strip".
 * A candidate inside the named container wins outright over namesakes elsewhere, and so does a container
 * candidate that holds the place written just before it.
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

    /** "Atlanta, Georgia": the place named just before the comma, read from its end. */
    private static final Pattern BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,2}),\\s*$");

    /** "Greenfield, Ind.", "Melville, Sask." : a state written after a town, closing its phrase. */
    private static final Pattern STATE_AFTER = Pattern.compile("^,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)(?:[,;:)(\\n\u2014-]|\\.?\\s|$)");

    /**
     * The states or provinces the name written after the mention can be ("Greenfield, Ind."; "Florida" is a
     * department of Uruguay too), if the text so places it; then a town of that name elsewhere is not the one meant.
     */
    List<GeoEntry> statedStates(Mention m, String text) {
        if (m.end() < 0 || m.end() >= text.length()) return List.of();
        Matcher a = STATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        if (!a.find()) return List.of();
        List<GeoEntry> named = gazetteer.named(a.group(1));
        if (named.stream().anyMatch(e -> e.kind() == GeoEntry.Kind.COUNTRY)) return List.of();
        return named.stream().filter(e -> e.kind() == GeoEntry.Kind.ADMIN1).toList();
    }

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        return Math.max(inNamedContainer(c, m, scene), containsNamedPlace(c, m, scene));
    }

    /** The candidate is a country or area and the place written before it lies inside it. */
    private double containsNamedPlace(GeoEntry c, Mention m, Scene scene) {
        if (c.kind() != GeoEntry.Kind.COUNTRY && c.kind() != GeoEntry.Kind.ADMIN1 || m.start() <= 0) return 0;
        Matcher b = BEFORE.matcher(scene.text().substring(Math.max(0, m.start() - 50), m.start()));
        if (!b.find()) return 0;
        String[] words = b.group(1).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            for (GeoEntry inner : gazetteer.named(name)) {
                if (inner.within(c)) return 8;
            }
        }
        return 0;
    }

    private double inNamedContainer(GeoEntry c, Mention m, Scene scene) {
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
