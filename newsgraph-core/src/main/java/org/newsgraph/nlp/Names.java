package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.Locale;

/** Name keys: folded (case, diacritics, punctuation) and a looser transliteration skeleton. */
public final class Names {

    private Names() {}

    /** "Khān Yūnis" and "khan yunis" give "khan yunis"; hyphens, apostrophes and dots become nothing or a space. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’‘`ʻʼ.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    /**
     * The consonants of a folded name without spaces: transliterations of one Arabic or Persian name usually share
     * it ("Khan Younis" / "Khān Yūnis" give "khnns"; "Deir Al-Balah" / "Dayr al Balaḩ" give "drlblh").
     */
    public static String skeleton(String name) {
        return fold(name).replace(" ", "").replaceAll("[aeiouyw]", "");
    }
}
