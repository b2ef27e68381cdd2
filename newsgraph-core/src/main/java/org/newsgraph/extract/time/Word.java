package org.newsgraph.extract.time;

import java.util.Locale;

/**
 * One word as the time rules read it: a token, or one part of a hyphenated token ("third-quarter" is "third" and
 * "quarter", the second {@code joined} to the first).
 *
 * @param bare   lower-cased, without a trailing full stop ("sept." reads "sept")
 * @param token  index of the token it lies in
 * @param pos    the token's part-of-speech tag ("" when the caller gave none)
 * @param joined whether a hyphen joins it to the word before
 */
record Word(String text, String bare, int start, int end, int token, String pos, boolean joined) {

    static Word of(String text, int start, int end, int token, String pos, boolean joined) {
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = lower.length() > 1 && lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1
                ? lower.substring(0, lower.length() - 1) : lower;
        return new Word(text, bare, start, end, token, pos, joined);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean digits() {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) if (!Character.isDigit(text.charAt(i))) return false;
        return true;
    }

    boolean verb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }
}
