package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One idea about what is not main text. It may judge elements before the main content is chosen, blocks of
 * text after, or both. Each heuristic has a name, a unit test, and a measured effect on the extraction
 * benchmark ({@code newsgraph eval extraction --ablate}).
 */
public interface Heuristic {

    String name();

    /**
     * True when the heuristic's evidence is strong enough to drop an element that holds most of the page's
     * prose (reader comments can outweigh the article). Weak heuristics never drop such an element.
     */
    default boolean strong() {
        return false;
    }

    /** True when the element and everything in it is noise. */
    default boolean dropsElement(Element e, TextStats stats) {
        return false;
    }

    /** True when this block of text, already inside the main content, is noise. */
    default boolean dropsBlock(TextBlock block) {
        return false;
    }
}
