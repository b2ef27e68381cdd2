package org.newsgraph.segment;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line of the page's own controls that a scrape lifts with the story: "Follow", "Share this", "Read Comments",
 * "2 min read", "icon-facebook icon-twitter". Only whole lines, and only these shapes: a sentence that mentions
 * sharing stays.
 */
final class PageChrome {

    private static final Set<String> LINES = Set.of("follow", "share", "share this", "share this article",
            "share this story", "share on facebook", "share on twitter", "read more", "read comments", "comments",
            "comment", "advertisement", "skip to content", "skip to main content", "print", "email", "subscribe",
            "listen to this article", "related", "related articles", "related stories", "copy link", "tweet",
            "whatsapp", "facebook", "twitter", "linkedin", "telegram", "more", "show more", "continue reading",
            "read the full article", "back to top", "sponsored", "opinion", "analysis", "live");

    /** "2 min read", "Estimated read time 2 min read", "Reading time: 4 minutes". */
    private static final Pattern READ_TIME = Pattern.compile(
            "(?i)(?:estimated read(?:ing)? time:?\\s*|reading time:?\\s*)?\\d{1,2}\\s*(?:min|mins|minutes?)(?:\\s+read)?");
    /** "Share this @example.com": a share button with the site's handle. */
    private static final Pattern SHARE = Pattern.compile("(?i)share (?:this|on)\\s+@?[\\w.-]{1,40}");

    private PageChrome() {}

    static boolean is(String line) {
        if (line.isEmpty() || line.length() > 60) return false;
        String l = line.toLowerCase(Locale.ROOT).strip();
        if (LINES.contains(l)) return true;
        if (READ_TIME.matcher(l).matches() || SHARE.matcher(l).matches()) return true;
        // "icon-facebook icon-twitter icon-whatsapp": button names with no words between them
        for (String w : l.split("\\s+")) if (!w.startsWith("icon-")) return false;
        return true;
    }
}
