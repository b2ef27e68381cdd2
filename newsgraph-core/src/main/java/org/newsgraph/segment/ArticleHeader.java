package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Image;

/**
 * What stands between a headline and its body: the headline again, photo captions (often printed
 * twice in a row, sometimes once), the site marker ("TT") and a counter line. Scanning stops at
 * the first line that is none of these; that line opens the body.
 *
 * <p>A single caption line with neither credit nor "FILE -" is only a caption when something after
 * it confirms it (a marker, or the headline again); otherwise it is the first paragraph.
 *
 * <p>One {@link Standfirst} may stand before the headline printed again: the story starts there,
 * but the header goes on past the repetition, so the repeated headline starts no article.
 */
final class ArticleHeader {

    /** Headers are a handful of lines; the cap keeps the boundary test constant-time per line. */
    static final int MAX_ITEMS = 12;

    /**
     * @param captionLines the caption lines as printed, so that the body can drop their copies
     * @param bodyStart    index of the story's first line: the standfirst if there is one, else
     *                     the first line after the header
     * @param headerEnd    index of the first line after the header; no article starts before it
     * @param evidence     how many header items were found: repetitions, markers, captions
     */
    record Scan(List<Image> images, Set<String> captionLines, int bodyStart, int headerEnd, int evidence) {}

    private ArticleHeader() {}

    static Scan scan(List<Line> lines, int headlineAt, int end) {
        String headline = lines.get(headlineAt).text();
        List<Image> images = new ArrayList<>();
        Set<String> captionLines = new HashSet<>();
        int evidence = 0;
        int standfirst = -1;
        boolean afterMarker = false;
        int i = headlineAt + 1;
        for (int items = 0; items < MAX_ITEMS; items++) {
            int from = i;
            i = nextNonBlank(lines, i, end);
            if (i >= end) break;
            // a gap as wide as the one between pages ends any header: what follows belongs to the next page
            if (i - from >= ArticleBoundary.PAGE_GAP) break;
            String t = lines.get(i).text();
            if (t.equals(headline) || SiteMarker.is(t) || captionLines.contains(t)) {
                // Below the headline printed again, the photo block may come again.
                afterMarker = SiteMarker.is(t) || afterMarker && !t.equals(headline);
                evidence++;
                i++;
                continue;
            }
            if (CounterLine.is(t) || PageChrome.is(t)) {
                i++;
                continue;
            }
            int next = nextNonBlank(lines, i + 1, end);
            String after = next < end ? lines.get(next).text() : null;
            boolean doubled = t.equals(after);
            if (standfirst < 0 && !doubled && headline.equals(after) && Standfirst.is(t, afterMarker)) {
                standfirst = i;
                i = next;
                continue;
            }
            if (t.length() > PhotoCaption.MAX_LENGTH) break;
            int creditAt = doubled ? -1 : creditLineAt(lines, next, end, t, headline);
            boolean confirmed = after != null && (SiteMarker.is(after) || after.equals(headline)) || creditAt >= 0;
            boolean vouched = PhotoCaption.vouchesForItself(t);
            if (!doubled && !confirmed && !vouched) break;
            if (creditAt < 0 && headlineAboveItsHeader(headline, t, doubled)) break;
            // "X / Y / marker / Y / story": Y printed again below the marker, without X, is the headline repeated
            // (and X a cut-off paragraph above it), not a caption of X.
            if (!doubled && creditAt < 0 && after != null && SiteMarker.is(after) && repeatedBelow(lines, next, end, t)) {
                break;
            }
            captionLines.add(t);
            CaptionCredit.Credit creditLine = null;
            if (creditAt >= 0) {
                creditLine = CaptionCredit.line(lines.get(creditAt).text()).orElseThrow();
                captionLines.add(lines.get(creditAt).text());
            }
            Image image = PhotoCaption.parse(t, creditLine);
            if (!images.contains(image)) images.add(image);
            evidence++;
            i = doubled ? next + 1 : creditAt >= 0 ? creditAt + 1 : i + 1;
        }
        return new Scan(images, captionLines, standfirst >= 0 ? standfirst : i, i, evidence);
    }

    /**
     * The line at {@code at} when it is the credit of the caption above it, printed alone ("SPA", "Reuters"), else -1.
     * A short all-caps credit looks like the site marker ("TT"), so it counts only when the pattern shows it signs
     * the caption: under each of the caption's two copies, or followed by another marker. A caption without a credit
     * of its own, then a marker and the body (or the caption again and the body), keeps the marker a marker.
     */
    private static int creditLineAt(List<Line> lines, int at, int end, String caption, String headline) {
        if (at >= end || PhotoCaption.credited(caption)) return -1;
        String t = lines.get(at).text();
        if (t.equals(headline) || CaptionCredit.line(t).isEmpty()) return -1;
        if (!SiteMarker.is(t)) return at;
        int next = nextNonBlank(lines, at + 1, end);
        String after = next < end ? lines.get(next).text() : "";
        if (SiteMarker.is(after) && !after.equals(t)) return at;
        if (!after.equals(caption)) return -1;
        int again = nextNonBlank(lines, next + 1, end);
        return again < end && lines.get(again).text().equals(t) ? at : -1;
    }

    /**
     * Is {@code t}, taken so far for a caption of {@code headline}, rather a headline, and {@code headline} a paragraph
     * cut off above it? Only when {@code t} has no credit, no "FILE", no full stop, and {@code headline} stops
     * mid-sentence; then when {@code headline} is in sentence case, or (unless {@code t} is printed twice, as captions
     * are) when {@code t} reads as a headline itself: title case, or a question.
     */
    private static boolean headlineAboveItsHeader(String headline, String t, boolean doubled) {
        if (PhotoCaption.credited(t) || FilePhoto.is(t, null) || HeadlineShape.endsWithPoint(t)) return false;
        if (!ArticleBoundary.unfinished(headline)) return false;
        if (!HeadlineShape.titleCased(headline)) return true;
        return !doubled && (HeadlineShape.titleCased(t) || t.endsWith("?") || t.endsWith("!"));
    }

    /** The line after the marker at {@code marker} (and any counter) is {@code t} again. */
    private static boolean repeatedBelow(List<Line> lines, int marker, int end, String t) {
        int i = nextNonBlank(lines, marker + 1, end);
        if (i < end && CounterLine.is(lines.get(i).text())) i = nextNonBlank(lines, i + 1, end);
        return i < end && lines.get(i).text().equals(t);
    }

    /** The last non-blank line before {@code at}, or -1. */
    static int previousNonBlank(List<Line> lines, int at) {
        int i = at - 1;
        while (i >= 0 && lines.get(i).blank()) i--;
        return i;
    }

    static int nextNonBlank(List<Line> lines, int from, int end) {
        int i = from;
        while (i < end && lines.get(i).blank()) i++;
        return i;
    }
}
