package org.newsgraph.extract.place;

import java.util.List;
import java.util.Map;

/**
 * What the article around a mention says about places: its text, every toponym in it, the entries the
 * unambiguous toponyms name ({@code anchors}, each with the name that named it, so that
 * a name is never its own evidence), and how strongly each country figures ({@code countryWeight},
 * from the first, context-free pass; the article's focus), and the article's {@link Setting}.
 */
record Scene(String text, List<Mention> mentions, List<Anchor> anchors, Map<String, Double> countryWeight,
             Map<String, Double> ownWeight, Setting setting) {

    /** A place the article names unambiguously, under the folded name that named it. */
    record Anchor(String key, GeoEntry entry) {}

    double weightOf(String country) {
        return country == null ? 0 : countryWeight.getOrDefault(country, 0.0);
    }

    /** How much the country figures in the article besides what the name itself gave it. */
    double weightBesides(String country, String name) {
        if (country == null) return 0;
        return Math.max(0, weightOf(country) - ownWeight.getOrDefault(Names.fold(name) + "|" + country, 0.0));
    }

    double topWeight() {
        return countryWeight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
