package org.newsgraph.segment;

import java.util.Set;

/**
 * What a headline looks like on its own: short, a few words, and no sentence-final period.
 * Body paragraphs are sentences and end with one; that single fact keeps them out of headlines.
 * {@link #titleCased} is the stronger sign used when nothing around the line vouches for it.
 */
final class HeadlineShape {

    static final int MAX_LENGTH = 160;
    static final int MAX_WORDS = 25;

    /** Words that title case leaves in lower case ("Exit of US Forces but No Deadline"). */
    private static final Set<String> MINOR = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at",
            "to", "by", "as", "up", "off", "out", "via", "vs", "vs.", "with", "from", "into", "over",
            "after", "amid", "than", "is", "are", "be", "its", "per", "it");

    private HeadlineShape() {}

    static boolean is(String line) {
        int length = line.length();
        if (length < 3 || length > MAX_LENGTH) return false;
        int words = line.split("\\s+").length;
        if (words < 2 || words > MAX_WORDS) return false;
        if (!hasLetter(line)) return false;
        char last = lastSignificant(line);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
    }

    /** The line ends with a full stop, before any closing quotes and brackets: a sentence, as captions are. */
    static boolean endsWithPoint(String line) {
        return lastSignificant(line) == '.';
    }

    /** Most words that carry meaning start with a capital or a digit, as in newsroom title case. */
    static boolean titleCased(String line) {
        int counted = 0;
        int capital = 0;
        for (String word : line.split("\\s+")) {
            String w = trimPunctuation(word);
            if (w.isEmpty() || MINOR.contains(w.toLowerCase(java.util.Locale.ROOT)) && counted > 0) continue;
            counted++;
            char first = w.charAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) capital++;
        }
        return counted >= 2 && capital * 5 >= counted * 4;
    }

    static boolean hasLowerCase(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLowerCase(line.charAt(i))) return true;
        }
        return false;
    }

    private static boolean hasLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) return true;
        }
        return false;
    }

    /** The last character before closing quotes and brackets: the one that ends a sentence. */
    private static char lastSignificant(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"'\u201d\u2019)]".indexOf(c) < 0) return c;
        }
        return ' ';
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) end--;
        return word.substring(start, end);
    }
}
