package org.newsgraph.extract.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Name keys for lookup. {@link #fold} makes "Rafaḩ", "RAFAH" and "Rafah" one key (case, diacritics, hyphens and
 * apostrophes do not tell places apart); {@link #skeleton} is the looser key for transliteration variants of
 * the same name ("Khan Younis" and "Khān Yūnis", "Deir al-Balah" and "Dayr al Balaḩ").
 */
public final class Names {

    /** Arabic articles and their assimilated forms, which romanisations write, join or drop at will. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath");

    private Names() {}

    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            String mapped = switch (c) {
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ß' -> "ss";
                case 'ł' -> "l";
                case 'đ' -> "d";
                case 'ı' -> "i";
                case 'þ' -> "th";
                default -> null;
            };
            if (mapped != null) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(mapped);
            } else if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`'
                    || c == '.') {
                // apostrophes and dots join: "Ra's", "U.S." -> "ras", "us"
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Consonant skeleton of a folded name without Arabic articles: vowels, y and w dropped after the first
     * letter, q and c read as k, doubled letters merged. Loose on purpose: use it only among few candidates.
     */
    public static String skeleton(String s) {
        StringBuilder b = new StringBuilder();
        for (String word : fold(s).split(" ")) {
            if (!word.isEmpty() && !ARTICLES.contains(word)) b.append(word);
        }
        String w = b.toString();
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'q' || c == 'c') c = 'k';
            boolean vowel = "aeiouyw".indexOf(c) >= 0;
            if (vowel && i > 0) continue;
            if (k.length() > 0 && k.charAt(k.length() - 1) == c) continue;
            k.append(c);
        }
        return k.toString();
    }
}
