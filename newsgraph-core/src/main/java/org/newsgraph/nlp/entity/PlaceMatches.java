package org.newsgraph.nlp.entity;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.place.GeoEntry;
import org.newsgraph.extract.place.Gazetteer;

/**
 * Which tokens of a sentence spell a place the bundled GeoNames gazetteer knows, as a feature for the tagger: the
 * longest run of capitalised words (up to four, "of" and "de" inside) that names a place, with the kind of place
 * and, for towns, the order of magnitude of their people ("Mobile" and "Reading" are towns of 10^5: the model learns
 * how far a small town's name is to be trusted). Nationality words ("Iraqi") are marked too.
 */
final class PlaceMatches {

    private static final int LONGEST = 4;
    private static final Set<String> INSIDE = Set.of("of", "de", "del", "da", "al", "el", "la", "upon", "on", "the");

    private final Gazetteer gazetteer;

    PlaceMatches(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One value per token: "B-COUNTRY", "L-CITY5" ... for matched tokens, null for the others. */
    String[] of(List<String> words) {
        String[] out = new String[words.size()];
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            String kind = null;
            if (capitalised(words.get(i))) {
                for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && kind == null; n--) {
                    if (!capitalised(words.get(i + n - 1)) || !insideOk(words, i, n)) continue;
                    kind = kind(String.join(" ", words.subList(i, i + n)));
                    if (kind != null) matched = n;
                }
            }
            if (kind == null) {
                if (capitalised(words.get(i)) && gazetteer.isDemonym(words.get(i))) out[i] = "U-DEMONYM";
                i++;
                continue;
            }
            for (int k = 0; k < matched; k++) {
                char part = matched == 1 ? 'U' : k == 0 ? 'B' : k == matched - 1 ? 'L' : 'I';
                out[i + k] = part + "-" + kind;
            }
            i += matched;
        }
        return out;
    }

    private static boolean insideOk(List<String> words, int from, int n) {
        for (int k = from + 1; k < from + n - 1; k++) {
            String w = words.get(k);
            if (!capitalised(w) && !INSIDE.contains(w.toLowerCase(java.util.Locale.ROOT)) && !w.equals("-")) return false;
        }
        return true;
    }

    /** The strongest reading of a name: a country before an area before a region before a town. */
    private String kind(String name) {
        List<GeoEntry> entries = gazetteer.named(name);
        if (entries.isEmpty()) return null;
        String best = null;
        int rank = Integer.MAX_VALUE;
        for (GeoEntry e : entries) {
            int r;
            String k;
            switch (e.kind()) {
                case COUNTRY -> { r = 0; k = "COUNTRY"; }
                case CONTINENT -> { r = 1; k = "CONTINENT"; }
                case ADMIN1 -> { r = 2; k = "ADMIN1"; }
                case REGION -> { r = 3; k = "REGION"; }
                case CITY -> {
                    int magnitude = e.population() <= 0 ? 0 : (int) Math.min(7, Math.floor(Math.log10(e.population())));
                    r = 11 - magnitude;
                    k = "CITY" + magnitude;
                }
                default -> { r = 20; k = "ADMIN2"; }
            }
            if (r < rank) {
                rank = r;
                best = k;
            }
        }
        return best;
    }

    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
