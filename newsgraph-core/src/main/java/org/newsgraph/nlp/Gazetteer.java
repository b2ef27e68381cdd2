package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.place.GeoEntry;

/**
 * Place names for the tagger: the GeoNames cities of at least 15,000 inhabitants (and every capital) of the
 * geocoder's gazetteer ({@link org.newsgraph.extract.place.Gazetteer}; one data set, see NOTICE), under their
 * main names, plus the names of every country. Loaded once per JVM.
 */
public final class Gazetteer {

    private static final int MIN_SKELETON = 4;
    /** Smaller towns' names are too often surnames and words ("Mobile", "Reading") to tag on sight. */
    private static final long MIN_POPULATION = 15_000;

    private final Set<String> folded = new HashSet<>();
    private final Set<String> skeletons = new HashSet<>();
    private final Map<String, String> capitals = new HashMap<>();

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    /** A name is a place when its folded form is a known place name. */
    public boolean isPlace(String name) {
        return folded.contains(Names.fold(name));
    }

    /** Also accepts another transliteration of a known place (same consonant skeleton, of at least 4 letters). */
    public boolean isPlaceLoosely(String name) {
        if (isPlace(name)) return true;
        String k = Names.skeleton(name);
        return k.length() >= MIN_SKELETON && skeletons.contains(k);
    }

    /** The ISO country code of the country whose capital this is ("Washington" gives US), if it is one. */
    public Optional<String> capitalOf(String name) {
        return Optional.ofNullable(capitals.get(Names.fold(name)));
    }

    void add(String name, String country, boolean capital) {
        String f = Names.fold(name);
        if (f.isEmpty()) return;
        folded.add(f);
        skeletons.add(Names.skeleton(name));
        if (capital) capitals.put(f, country);
        int comma = name.indexOf(',');
        if (comma > 0) add(name.substring(0, comma), country, capital);
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String code : Locale.getISOCountries()) {
            for (String name : CountryNames.namesOf(code)) g.add(name, code, false);
        }
        for (GeoEntry c : org.newsgraph.extract.place.Gazetteer.get().cities()) {
            boolean capital = c.featureCode().equals("PPLC");
            if (capital || c.population() >= MIN_POPULATION) g.add(c.name(), c.country(), capital);
        }
        return g;
    }
}
