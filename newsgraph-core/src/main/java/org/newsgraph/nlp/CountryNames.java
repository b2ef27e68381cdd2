package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and the short forms news uses for them ("US", "U.S.", "America" for the United States), each to
 * one canonical English name (the JDK's own country names).
 */
public final class CountryNames {

    /** Forms the JDK's names lack, by ISO code. */
    private static final Map<String, List<String>> SHORT_FORMS = Map.ofEntries(
            Map.entry("US", List.of("US", "U.S.", "USA", "U.S.A.", "America", "United States of America")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("AE", List.of("UAE", "U.A.E.")),
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("KR", List.of("South Korea")),
            Map.entry("KP", List.of("North Korea")),
            Map.entry("CD", List.of("DR Congo", "DRC")),
            Map.entry("PS", List.of("Palestine", "Palestinian territories")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("MM", List.of("Myanmar", "Burma")),
            Map.entry("SY", List.of("Syria")),
            Map.entry("IR", List.of("Iran")));

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, String> CODE = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            List<String> names = namesOf(code);
            String canonical = names.get(0);
            for (String n : names) {
                CANONICAL.put(Names.fold(n), canonical);
                CODE.put(Names.fold(n), code);
            }
        }
    }

    private CountryNames() {}

    /** Every form of one country's name, the canonical one first. */
    static List<String> namesOf(String code) {
        List<String> names = new ArrayList<>();
        String display = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        int paren = display.indexOf(" (");
        if (paren > 0) {
            names.add(display.substring(0, paren));
            names.add(display.substring(paren + 2, display.length() - 1));
        } else {
            names.add(display);
        }
        names.addAll(SHORT_FORMS.getOrDefault(code, List.of()));
        return names;
    }

    /** The canonical name of the country this name stands for ("U.S." gives "United States"). */
    public static Optional<String> canonical(String name) {
        return Optional.ofNullable(CANONICAL.get(Names.fold(name)));
    }

    public static Optional<String> code(String name) {
        return Optional.ofNullable(CODE.get(Names.fold(name)));
    }

    /** The canonical name of the country with this ISO code. */
    public static String ofCode(String code) {
        return namesOf(code).get(0);
    }
}
