package org.newsgraph.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** An element's class and id, lower-cased, as the name-based heuristics see them. */
public final class Names {

    /** Names that mark the main content; a generic boilerplate name beside one of these is not trusted. */
    public static final Pattern CONTENT = Pattern.compile(
            "(^|[^a-z])(article|content|main|story|body|entry|post|text|prose)([^a-z]|$)");

    private Names() {}

    public static String of(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** True when a word of the element's class or id matches {@code words} (a regex alternation). */
    public static Pattern words(String alternation) {
        return Pattern.compile("(^|[^a-z])(" + alternation + ")");
    }
}
