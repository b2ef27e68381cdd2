package org.newsgraph.ingest.html.heuristic;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsgraph.ingest.html.Heuristic;
import org.newsgraph.ingest.html.Names;
import org.newsgraph.ingest.html.TextBlock;
import org.newsgraph.ingest.html.TextStats;

/** Cookie and consent notices, newsletter and subscription prompts, paywall and sign-in overlays. */
public final class Banners implements Heuristic {

    private static final Names.Words NAMES = Names.words("cookie|consent|gdpr|cmp|newsletter|subscribe|subscription"
            + "|signup|sign-up|paywall|piano|modal|popup|pop-up|overlay|registration|regwall|login|signin|sign-in"
            + "|donate|membership|alert-bar|notification");
    private static final Pattern TEXT = Pattern.compile(
            "(?i)\\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings)"
            + "|sign up (for|to) (our|the)|subscribe (to|for) (our|the)|get (our|the) .{0,30}newsletter"
            + "|newsletter sign-?up|already a subscriber|subscribe now|log ?in to (continue|read)"
            + "|to continue reading|create a free account|support (our|independent) journalism"
            + "|enter your email|your email address)");

    @Override
    public String name() {
        return "banners";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        String n = stats.names(e);
        return NAMES.in(n) && !Names.CONTENT.in(n);
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 300 && TEXT.matcher(b.text()).find();
    }
}
