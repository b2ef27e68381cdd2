package org.newsgraph.segment;

import java.util.List;

/**
 * Does an article start at this line? Only a headline-shaped line after a blank line (or at the
 * top of the dump) can start one, and it needs evidence besides its shape, strongest first:
 * a header after it (its own repetition, a caption, a site marker); being the dump's first line;
 * or, for a title-cased line, a gap of two or more blank lines before it. The number of blank
 * lines alone never decides, and a sentence ending in a period is never a headline.
 */
final class ArticleBoundary {

    /** Dumps put a few blank lines between pages ("\n\n\n\n"); stories rarely leave three inside them. */
    static final int PAGE_GAP = 3;

    private ArticleBoundary() {}

    /**
     * @param blanksBefore blank lines right before line {@code at}
     * @param atTop        no non-blank line precedes it in the dump
     */
    static boolean startsAt(List<Line> lines, int at, int blanksBefore, boolean atTop) {
        return startsAt(lines, at, blanksBefore, atTop, null);
    }

    /**
     * @param previous the last non-blank line before, or null: when it stops mid-sentence (a scrape cut off), the
     *                 page's blank lines were cut with it, and a headline with a header may follow at once
     */
    static boolean startsAt(List<Line> lines, int at, int blanksBefore, boolean atTop, String previous) {
        return startsAt(lines, at, blanksBefore, atTop, previous, atTop);
    }

    /**
     * @param pageStart the line opens a page: the top of the text, a wide gap of blank lines before it ({@link
     *                  #PAGE_GAP}), or a section label above it there; a headline in sentence case may start there
     *                  without a header, when text follows it
     */
    static boolean startsAt(List<Line> lines, int at, int blanksBefore, boolean atTop, String previous, boolean pageStart) {
        boolean cutBefore = previous != null && unfinished(previous);
        if (!atTop && blanksBefore == 0 && !cutBefore) return false;
        String t = lines.get(at).text();
        // A line signed with a photo credit is a caption, whatever its shape.
        if (!HeadlineShape.is(t) || PhotoCaption.vouchesForItself(t)) return false;
        if (ArticleHeader.scan(lines, at, lines.size()).evidence() > 0) return true;
        if (!atTop && blanksBefore == 0) return false;
        // Without a header, an all-caps line is a subhead, not a headline.
        if (!HeadlineShape.hasLowerCase(t)) return false;
        if (atTop || blanksBefore >= 2 && HeadlineShape.titleCased(t)) return true;
        if (!pageStart || t.split("\\s+").length < 4) return false;
        int next = ArticleHeader.nextNonBlank(lines, at + 1, lines.size());
        return next < lines.size() && next - at <= 3;
    }

    /** A paragraph that stops without a sentence's end: a letter, a digit or a comma last, as truncated pages end. */
    static boolean unfinished(String line) {
        if (line.length() <= Subhead.MAX_LENGTH && Subhead.is(line)) return false;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"'\u201d\u2019)]".indexOf(c) >= 0) continue;
            return Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '-';
        }
        return false;
    }
}
