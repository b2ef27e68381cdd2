package org.newsgraph.ingest.html;

/**
 * A candidate block of main text before the block-level heuristics judge it.
 *
 * @param text      whitespace-normalised text
 * @param subhead   true when it came from a heading below h1
 * @param linkChars characters of the text that sit inside links
 * @param position  the block's index among the candidate blocks of the page
 * @param total     the number of candidate blocks
 */
public record TextBlock(String text, boolean subhead, int linkChars, int position, int total) {

    public double linkDensity() {
        int chars = 0;
        for (int i = 0; i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) chars++;
        return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    public int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
