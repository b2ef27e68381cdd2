package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Reader comments and discussion threads, by name (comments, disqus, respond, replies) or by their heading. */
public final class CommentBlocks implements Heuristic {

    private static final Names.Words NAMES = Names.words("comment|disqus|respond|reply|replies|discuss|talkback"
            + "|conversation|coral|viafoura|livefyre|spot-im|spotim|openweb");
    private static final Pattern TEXT = Pattern.compile(
            "(?i)^(\\d+\\s+)?(comments?|leave a (comment|reply)|post a comment|join the (conversation|discussion)"
            + "|show comments|view comments|add a comment|comments are closed|discuss this article)\\b.{0,40}$");

    @Override
    public String name() {
        return "comment-blocks";
    }

    @Override
    public boolean strong() {
        return true;
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        return NAMES.in(stats.name(e));
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 80 && TEXT.matcher(b.text()).matches();
    }
}
