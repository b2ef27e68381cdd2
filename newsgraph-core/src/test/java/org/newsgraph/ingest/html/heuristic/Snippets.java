package org.newsgraph.ingest.html.heuristic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Asks a heuristic about the first element of a snippet, or about a line of text. */
final class Snippets {

    private Snippets() {}

    static boolean drops(Heuristic h, String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        TextStats stats = TextStats.of(body);
        return h.dropsElement(body.child(0), stats);
    }

    static boolean dropsLine(Heuristic h, String text) {
        return h.dropsBlock(new TextBlock(text, false, 0, 0, 1));
    }

    static boolean dropsLink(Heuristic h, String text) {
        return h.dropsBlock(new TextBlock(text, false, text.replace(" ", "").length(), 0, 1));
    }

    static final String PROSE = "<p>The council voted on Monday to fund the new bridge, after a debate that lasted"
            + " most of the afternoon and ended with a narrow majority.</p>";
}
