package org.newsgraph.ingest.html;

/**
 * A candidate block of main text before the block-level heuristics judge it.
 *
 * @param text      whitespace-normalised text
 * @param subhead   true when it came from a heading below h1
 * @param linkChars characters of the text (whitespace not counted) that sit inside links
 * @param position  the block's index among the candidate blocks of the page
 * @param total     the number of candidate blocks
 * @param chars     characters of the text, whitespace not counted
 * @param words     whitespace-separated words of the text
 */
public record TextBlock(String text, boolean subhead, int linkChars, int position, int total, int chars, int words) {

    /** A block whose character and word counts are computed from its text. */
    public TextBlock(String text, boolean subhead, int linkChars, int position, int total) {
        this(text, subhead, linkChars, position, total, count(text, false), count(text, true));
    }

    public double linkDensity() {
        return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    private static int count(String text, boolean words) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (words ? w && !in : w) n++;
            in = w;
        }
        return n;
    }
}
