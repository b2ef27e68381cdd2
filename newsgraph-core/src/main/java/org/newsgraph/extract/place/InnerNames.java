package org.newsgraph.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A place named inside a longer name: the tagger's span is an organisation or a facility that carries a place's
 * name ("Ohio State Police", "the University of Leeds", "Radio Halifax", "Greenfield Art Gallery"), or a
 * location the gazetteer has no entry for ("Far North Ontario", "Baxter County Detention Center"). The place is
 * read from the start of the name, after a qualifier ("northern", "upper"), after its last "of", or from its end.
 * Which places count is the caller's: a facility's may be any place, an organisation's only one that is named as a
 * place wherever it is written or that the article names as a place elsewhere ("Columbia" in a misread "British
 * Columbia Finance" is neither).
 */
final class InnerNames {

    /** Words that qualify a place without changing which it is ("Far North Queensland" is in Queensland). */
    private static final Set<String> QUALIFIERS = Set.of("far", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "upper", "lower", "greater", "downtown", "metro", "northeast", "northwest",
            "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "inner", "outer",
            "mid", "rural", "coastal", "the");

    private final PlaceWords words;

    InnerNames(PlaceWords words) {
        this.words = words;
    }

    /**
     * The first place named inside {@code text[start, end)} that {@code accept} takes, by the rules above;
     * {@code facility} when the span itself is a place (a country at its end is then not where it lies).
     */
    Optional<Mention> in(String text, int start, int end, boolean facility, Predicate<String> accept) {
        List<PlaceWords.Word> ws = PlaceWords.words(text, start, end);
        int n = ws.size();
        if (n < 2) return Optional.empty();
        // after qualifiers: "Far North Queensland", "Upper Edmonton"; a world region is not where such a place
        // lies ("South Pacific" is no point of the Pacific's)
        int q = 0;
        while (q < n - 1 && QUALIFIERS.contains(ws.get(q).text().toLowerCase(Locale.ROOT))) q++;
        if (q > 0) {
            for (int k = n; k > q; k--) {
                Optional<Mention> m = take(text, ws, q, k, accept.and(this::local));
                if (m.isPresent()) return m;
            }
            return Optional.empty();
        }
        // from the start: "Kentucky State Police", "Baxter County Detention Center", "Greenfield Art Gallery"
        for (int k = n - 1; k >= 1; k--) {
            Optional<Mention> m = take(text, ws, 0, k, accept);
            if (m.isPresent()) return m;
        }
        // after the last "of": "University of Manitoba", "Court of Queensland", "County of Brant"
        for (int i = n - 2; i >= 1; i--) {
            if (!ws.get(i).text().equals("of")) continue;
            for (int k = n; k > i + 1; k--) {
                Optional<Mention> m = take(text, ws, i + 1, k, accept);
                if (m.isPresent()) return m;
            }
            break;
        }
        // at the end: "Environment Canada", "Radio Halifax"; a country ending a place's name is not where it lies
        // ("Little Portugal")
        for (int i = 1; i < n; i++) {
            Optional<Mention> m = take(text, ws, i, n, facility ? accept.and(n2 -> !country(n2)) : accept);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    private boolean local(String name) {
        return words.readings(name).stream().anyMatch(e -> e.kind() != GeoEntry.Kind.REGION && e.kind() != GeoEntry.Kind.CONTINENT);
    }

    private boolean country(String name) {
        return words.readings(name).stream().anyMatch(e -> e.kind() == GeoEntry.Kind.COUNTRY);
    }

    private Optional<Mention> take(String text, List<PlaceWords.Word> ws, int from, int to, Predicate<String> accept) {
        // a name starts with a capital ("the", "of", "and" begin or end none)
        if (!Character.isUpperCase(ws.get(from).text().charAt(0)) || !Character.isUpperCase(ws.get(to - 1).text().charAt(0))) {
            return Optional.empty();
        }
        String name = text.substring(ws.get(from).start(), ws.get(to - 1).end());
        if (!words.names(name) || !accept.test(name)) return Optional.empty();
        return Optional.of(new Mention(name, ws.get(from).start(), ws.get(to - 1).end()));
    }
}
