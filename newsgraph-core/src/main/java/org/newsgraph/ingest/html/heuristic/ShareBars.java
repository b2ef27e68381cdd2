package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Share and follow bars: social buttons by name, lists of links to social networks, "Share this" lines. */
public final class ShareBars implements Heuristic {

    private static final Names.Words NAMES = Names.words("share|sharing|social|addthis|sharethis|follow|sociable"
            + "|print-button|printbutton|email-button|emailbutton");
    private static final Pattern TEXT = Pattern.compile(
            "(?i)^(share( this( article| story| page)?)?( on)?|share via|share on (facebook|twitter|linkedin)"
            + "|follow us( on)?|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|pinterest|reddit)"
            + "([\\s,|/:]+(facebook|twitter|email|print|whatsapp|linkedin|pinterest|reddit|copy link|comments?))*\\s*:?$");

    @Override
    public String name() {
        return "share-bars";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        Names.Name n = stats.name(e);
        if (NAMES.in(n) && !Names.CONTENT.in(n) && stats.chars(e) < 400) {
            return true;
        }
        int links = stats.links(e);
        return (e.nameIs("ul") || e.nameIs("div")) && stats.chars(e) < 200 && links >= 2
                && stats.socialLinks(e) * 2 > links;
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 80 && TEXT.matcher(b.text()).matches();
    }
}
