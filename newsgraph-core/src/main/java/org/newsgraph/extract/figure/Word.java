package org.newsgraph.extract.figure;

import java.util.Locale;

/** A word, number or punctuation mark of a sentence, with its span in the article text. */
public record Word(String text, int start, int end) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String... any) {
        for (String s : any) if (text.equalsIgnoreCase(s)) return true;
        return false;
    }

    public boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean letters() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean digits() {
        return Character.isDigit(text.charAt(0));
    }

    public boolean punctuation() {
        return !Character.isLetterOrDigit(text.charAt(0));
    }

    /** True when nothing separates this word from the next one ("F" and "-" in "F-16"). */
    public boolean touches(Word next) {
        return next != null && end == next.start;
    }
}
