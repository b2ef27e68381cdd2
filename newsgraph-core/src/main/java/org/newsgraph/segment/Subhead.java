package org.newsgraph.segment;

/**
 * An ALL-CAPS line inside the body ("YEARS IN THE MAKING"): the dump's only trace of the page's
 * section headings. No lower-case letter, a few words, and more than a marker's handful of letters.
 */
final class Subhead {

    static final int MAX_LENGTH = 120;
    static final int MAX_WORDS = 14;

    private Subhead() {}

    static boolean is(String line) {
        if (line.length() > MAX_LENGTH || SiteMarker.is(line)) return false;
        int letters = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        // A sentence-final period marks a shouted sentence, not a heading.
        return letters >= 3 && words <= MAX_WORDS && !line.endsWith(".");
    }
}
