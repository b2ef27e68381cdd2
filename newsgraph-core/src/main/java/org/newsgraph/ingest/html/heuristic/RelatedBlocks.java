package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Related, recommended, most-read and "read more" teasers, and the recirculation widgets that carry them. */
public final class RelatedBlocks implements Heuristic {

    private static final Names.Words NAMES = Names.words("related|recommend|more-stories|more-from|morestories|read-more"
            + "|readmore|read-next|readnext|up-next|trending|popular|most-read|mostread|most-viewed|outbrain|taboola"
            + "|recirc|you-may|youmay|also-read|alsoread|further-reading|latest-news|more-news|next-article|teaser"
            + "|more-on|moreon|suggested");
    private static final Pattern TEXT = Pattern.compile(
            "(?i)^(related( articles?| stories| content| coverage| links)?|read more|more (on|from|about) .{0,40}"
            + "|recommended( for you| stories)?|you (may|might) (also )?like|most (read|popular|viewed)|trending( now)?"
            + "|see also|also read|read next|up next|more stories|latest news|further reading|more news)\\s*:?$");
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(read more|related|see also|also read|read also|more|recommended|watch|listen)\\s*:\\s+.{0,160}$");

    @Override
    public String name() {
        return "related-blocks";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        return NAMES.in(stats.name(e));
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        String t = b.text();
        if (t.length() < 60 && TEXT.matcher(t).matches()) return true;
        return b.linkDensity() > 0.3 && LEAD_IN.matcher(t).matches();
    }
}
