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
    /** Every phrase of {@link #TEXT} holds one of these: a block without any is not searched. */
    private static final String[] ANCHORS = {"cookie", "sign up", "subscribe", "newsletter", "log", "continue reading",
        "free account", "journalism", "your email"};

    @Override
    public String name() {
        return "banners";
    }

    @Override
    public boolean dropsElement(Element e, TextStats stats) {
        Names.Name n = stats.name(e);
        return NAMES.in(n) && !Names.CONTENT.in(n);
    }

    @Override
    public boolean dropsBlock(TextBlock b) {
        return b.text().length() < 300 && mayHoldPhrase(b.text()) && TEXT.matcher(b.text()).find();
    }

    /** The ASCII case-insensitive search of TEXT finds only ASCII case variants, which lower-casing keeps. */
    static boolean mayHoldPhrase(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String a : ANCHORS) if (lower.contains(a)) return true;
        return false;
    }
}
