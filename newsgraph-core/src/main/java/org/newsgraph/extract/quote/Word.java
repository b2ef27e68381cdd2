package org.newsgraph.extract.quote;

import java.util.Locale;

/** One token of a sentence with its offsets in the article text. */
public record Word(String text, int start, int end) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isLetters() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }
}
