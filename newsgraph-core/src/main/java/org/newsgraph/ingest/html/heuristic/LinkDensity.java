package org.newsgraph.ingest.html.heuristic;

import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/**
 * Text that is mostly links is navigation, not prose: lists, tables and boxes where links carry most of the
 * characters, and short blocks that are a single link.
 */
public final class LinkDensity implements Heuristic {

    @Override
    public String name() {
        return "link-density";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        int chars = stats.chars(e);
        if (chars == 0) return false;
        double d = stats.linkDensity(e);
        if (e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl") || e.nameIs("table")) return d > 0.5;
        if (e.nameIs("div") || e.nameIs("section")) return d > 0.6 && chars < 2000 || d > 0.8;
        return false;
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        double d = b.linkDensity();
        return b.words() < 25 && d > 0.6 || d > 0.85;
    }
}
