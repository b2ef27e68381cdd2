package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gazetteer says a run of words can name, for the finders of toponyms. A <em>strong</em> name is one news
 * means as a place wherever it is written: a country, a state or province, a sea or world region, or a county
 * written with its generic word ("Plymouth County"). Nationality words and {@link NotPlaces} name nothing.
 */
final class PlaceWords {

    /** A word of a name: letters with inner dots, apostrophes, ampersands and hyphens ("U.S.", "A&M"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019&-]*");

    /** A word and its span. */
    record Word(String text, int start, int end) {}

    private final Gazetteer gazetteer;

    PlaceWords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Entries the name can stand for as a toponym of running text (empty for nationality words and non-places). */
    List<GeoEntry> readings(String name) {
        String n = bare(name);
        if (n.length() < 2 || NotPlaces.named(n) || gazetteer.isDemonym(n)) return List.of();
        List<GeoEntry> named = gazetteer.named(n);
        if (named.isEmpty() && n.startsWith("the ")) named = gazetteer.named(n.substring(4));
        // a country's three-letter code counts only in capitals: "CAN" may be Canada, "Can" is a verb
        if (!n.equals(n.toUpperCase(java.util.Locale.ROOT)) && n.length() == 3) {
            named = named.stream().filter(e -> e.kind() != GeoEntry.Kind.COUNTRY
                    || !n.equalsIgnoreCase(gazetteer.iso3(e.country()))).toList();
        }
        return named;
    }

    boolean names(String name) {
        return !readings(name).isEmpty();
    }

    boolean strong(String name) {
        String n = bare(name);
        String lower = Names.fold(n);
        for (GeoEntry e : readings(n)) {
            switch (e.kind()) {
                case COUNTRY, ADMIN1, CONTINENT -> { return true; }
                case REGION -> { if (e.country() == null) return true; }
                case ADMIN2 -> { if (lower.endsWith(" county") || lower.endsWith(" parish")) return true; }
                default -> { }
            }
        }
        return false;
    }

    /** The words of {@code text[from, to)}, each without a trailing possessive or full stop of a sentence. */
    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start(), e = m.end();
            String w = text.substring(s, e);
            if (w.endsWith("'s") || w.endsWith("\u2019s")) e -= 2;
            else if (w.endsWith("'") || w.endsWith("\u2019") || w.endsWith("-")) e -= 1;
            // "Ky." keeps its dot, as does "U.S."; a word that merely ends a sentence loses it
            else if (w.endsWith(".") && w.length() > 5 && w.indexOf('.') == w.length() - 1) e -= 1;
            if (e > s) out.add(new Word(text.substring(s, e), s, e));
        }
        return out;
    }

    static String bare(String mention) {
        String s = mention.strip();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("'") || s.endsWith("\u2019")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
