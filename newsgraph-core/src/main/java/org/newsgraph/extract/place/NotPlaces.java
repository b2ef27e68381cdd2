package org.newsgraph.extract.place;

import java.util.Set;

/**
 * Names the gazetteer holds that news almost never means as a place: compass words and common nouns that are also
 * the names of first-level areas or hamlets ("the West" is the Western world, not Cameroon's West Region; "Earth"
 * is the planet, not the town in Texas; "the region" is whatever region the article is about).
 */
final class NotPlaces {

    private static final Set<String> WORDS = Set.of("west", "east", "north", "south", "western", "eastern", "northern",
            "southern", "central", "centre", "center", "northeast", "northwest", "southeast", "southwest", "earth",
            "world", "region", "the region", "the west", "the east", "the north", "the south", "the world", "coast",
            "capital", "interior", "islands", "lakes", "delta", "plateau", "maritime", "littoral", "oriental",
            "the earth", "federal", "national", "union", "the planet", "the continent", "the country", "the city", "the state");

    private NotPlaces() {}

    static boolean named(String name) {
        return WORDS.contains(Names.fold(name.strip()));
    }
}
