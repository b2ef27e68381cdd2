package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Bylines, author boxes and timestamps: by name or markup (rel=author, itemprop=author), or "By Jane Doe" lines. */
public final class Bylines implements Heuristic {

    private static final Names.Words NAMES = Names.words("byline|by-line|author|contributor|writer|dateline|timestamp"
            + "|published|updated|posted|pubdate|date|time|credit|meta|article-info|articleinfo|reporter");
    /** "By" and a run of capitalised names ("By Ana Lopes and John Roe, Reuters"); "By noon, ..." is prose. */
    private static final Pattern TEXT = Pattern.compile(
            "^(?:By|BY|by|Written by|Words by|Reporting by|Von|Par|Por)\\s+\\p{Lu}[\\p{L}.'\u2019-]*"
            + "(?:,?\\s+(?:and\\s+|&\\s+|und\\s+|et\\s+|y\\s+)?\\p{Lu}[\\p{L}.'\u2019-]*){0,7}(?:\\s*[,|\u2022\u00b7]\\s*.{0,60})?$"
            + "|^(?i:published|updated|posted|last updated|first published)(?i:\\s+on|\\s+at)?\\s*:?\\s+.{0,60}$");

    @Override
    public String name() {
        return "bylines";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        if (stats.chars(e) > 200) return false;
        if (e.nameIs("time") || e.nameIs("address")) return true;
        if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase().contains("author")) return true;
        Names.Name n = stats.name(e);
        return NAMES.in(n) && !Names.CONTENT.in(n);
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 120 && TEXT.matcher(b.text()).matches();
    }
}
