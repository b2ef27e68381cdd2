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

    /**
     * Whether one of the key words occurs, ASCII case ignored: the case-insensitive search of TEXT finds only ASCII
     * case variants. Looked for in one pass at the words' first letters (c, s, n, l, f, j, y), without lower-casing.
     */
    static boolean mayHoldPhrase(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != 'c' && c != 's' && c != 'n' && c != 'l' && c != 'f' && c != 'j' && c != 'y') continue;
            for (String a : ANCHORS) if (a.charAt(0) == c && startsWithIgnoringAsciiCase(text, i, a)) return true;
        }
        return false;
    }

    private static boolean startsWithIgnoringAsciiCase(String text, int at, String lower) {
        if (at + lower.length() > text.length()) return false;
        for (int k = 1; k < lower.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }
}
