package org.newsgraph.store;

/**
 * How a search snippet marks the words that matched.
 *
 * @param open       written before a match
 * @param close      written after a match
 * @param escapeHtml whether the snippet's own text is HTML-escaped (for markers that are HTML tags)
 */
public record Marks(String open, String close, boolean escapeHtml) {

    /** Plain text for a terminal: {@code the [strike] hit}. */
    public static final Marks BRACKETS = new Marks("[", "]", false);

    /** For a web page: {@code the <b>strike</b> hit}, the rest of the text escaped. */
    public static final Marks HTML_BOLD = new Marks("<b>", "</b>", true);
}
