package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Key: value" lines with which scrapers and corpora open a saved story ("Title: ...", "URL: ...",
 * "Date: ...", "Author: ..."), one per line or several on one line ("TITLE: ... LINK: http://..."). Only a
 * line that starts with a known key counts, and only a line of capitalised keys holds several ("TITLE: ...
 * LINK: ..."), so that a headline with a colon ("Title: Poll: Voters Shift") is never taken apart.
 *
 * @param headline  the title, or null
 * @param url       the link, or null
 * @param date      the date as written, or null
 * @param authors   the names of an author line, split at commas and "and"
 * @param bodyStart the first line after the front matter
 */
record FrontMatter(String headline, String url, String date, List<String> authors, int bodyStart) {

    private static final String KEYS = "title|headline|link|url|source url|date|published|author|authors|byline";
    private static final Pattern FIRST = Pattern.compile("^(" + KEYS + ")\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER = Pattern.compile("\\s(" + KEYS.toUpperCase(Locale.ROOT) + ")\\s*:\\s");
    /** A headline never needs more than this many lines of furniture above the story. */
    private static final int MAX_LINES = 8;

    /** The front matter from line {@code from} on, or null when the text does not open with one. */
    static FrontMatter read(List<Line> lines, int from) {
        String headline = null, url = null, date = null;
        List<String> authors = new ArrayList<>();
        int i = from;
        int seen = 0;
        while (i < lines.size() && seen < MAX_LINES) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            List<String[]> pairs = pairs(lines.get(i).text());
            if (pairs.isEmpty()) break;
            for (String[] kv : pairs) {
                String value = kv[1].strip();
                if (value.isEmpty()) continue;
                switch (kv[0]) {
                    case "title", "headline" -> headline = headline == null ? value : headline;
                    case "link", "url", "source url" -> url = url == null ? value : url;
                    case "date", "published" -> date = date == null ? value : date;
                    default -> authors.addAll(names(value));
                }
            }
            seen++;
            i++;
        }
        if (seen == 0 || headline == null && url == null) return null;
        return new FrontMatter(headline, url, date, List.copyOf(authors), i);
    }

    /** The key-value pairs of one line, keys lower-cased; empty when the line does not open with a key. */
    static List<String[]> pairs(String line) {
        Matcher first = FIRST.matcher(line);
        if (!first.find()) return List.of();
        String key = first.group(1);
        if (!key.equals(key.toUpperCase(Locale.ROOT))) {
            return List.<String[]>of(new String[] {key.toLowerCase(Locale.ROOT), line.substring(first.end())});
        }
        List<String[]> out = new ArrayList<>();
        int at = first.end();
        Matcher m = LATER.matcher(line);
        while (true) {
            boolean more = m.find(at);
            int end = more ? m.start() : line.length();
            out.add(new String[] {key.toLowerCase(Locale.ROOT), line.substring(at, end)});
            if (!more) return out;
            key = m.group(1);
            at = m.end();
        }
    }

    private static List<String> names(String value) {
        String v = value.replaceFirst("(?i)^by\\s+", "");
        List<String> out = new ArrayList<>();
        for (String part : v.split("\\s*,\\s*|\\s+and\\s+")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }
}
