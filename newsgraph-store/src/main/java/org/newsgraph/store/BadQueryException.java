package org.newsgraph.store;

/**
 * A search query that Lucene's syntax does not allow, or that {@link QueryLimits} refuses. The message is one line,
 * fit to show a user, whatever the query held (line breaks and control characters become spaces); the parser's own
 * multi-line explanation is kept as the cause.
 */
public final class BadQueryException extends IllegalArgumentException {

    public BadQueryException(String query, String reason, Throwable cause) {
        super("bad query \"" + oneLine(query, 120) + "\": " + oneLine(reason, 300), cause);
    }

    private static String oneLine(String s, int max) {
        if (s == null) return "";
        String t = s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
        return t.length() > max ? t.substring(0, max) + "..." : t;
    }
}
