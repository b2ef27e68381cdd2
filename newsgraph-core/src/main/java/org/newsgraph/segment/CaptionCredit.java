package org.newsgraph.segment;

import java.util.Optional;

/**
 * The photo credit printed at the end of a caption, found by where it stands and what it looks like, not by a
 * list of agencies: the last bracket pair ("(EPA)", "(AP Photo/Dagny Rastova, File)", "(photo credit: AFP)",
 * "(File – AP)", "(Office of the President)." followed by any kind of space); a lead-in near the end ("Photo:
 * Name/Agency via Wire", "Courtesy Name", "Credit…Name/Agency", "© Agency"); or names joined by a slash after
 * the caption's last sentence ("REUTERS/Jane Doe", "Name / The Daily Example"). {@link #line} reads a credit
 * printed alone on the line under its caption ("SPA"). What a credit may say is {@link CreditText}'s business.
 *
 * <p>Written with index arithmetic rather than regexes: it runs on every short line of a dump and must stay
 * linear whatever the line holds.
 */
final class CaptionCredit {

    /**
     * A credit found in a caption: its text as printed (without brackets), the photographer it names, where it
     * starts in the line, and whether its form alone makes it a credit (see {@link CreditText}).
     */
    record Credit(String text, String photographer, int start, boolean sure) {}

    static final int MAX_CREDIT = 100;

    /** Lead-ins as captions print them, where a credit starts after the caption's words. */
    private static final String[] LEADS = {"Photo credit:", "All photos:", "Photos:", "Photo:", "Photograph:",
            "Picture:", "Pictures:", "Image:", "Credit:", "Credits:", "Credit\u2026", "\u00a9", "(c) "};

    /** Lead-ins that are ordinary words too, so they count only where a sentence could start. */
    private static final String[] SENTENCE_LEADS = {"Photo by ", "Photos by ", "Photo courtesy ", "Courtesy ",
            "Courtesy: ", "Image source, ", "Image source: "};

    /** What a page prints after the credit for its own buttons (NPR: "... Name/AFP hide caption"). */
    private static final String[] CHROME = {" hide caption", " toggle caption"};

    private CaptionCredit() {}

    static Optional<Credit> find(String caption) {
        String c = caption.substring(0, contentEnd(caption));
        if (c.isEmpty()) return Optional.empty();
        // "(Office of the President)." : the point after the bracket ends the caption's sentence, not the credit
        String closed = c.endsWith(").") ? c.substring(0, c.length() - 1) : c;
        Optional<Credit> found = closed.endsWith(")") ? parenthesised(closed) : Optional.empty();
        if (found.isEmpty()) found = led(c);
        if (found.isEmpty()) found = bare(withoutChrome(c));
        return found;
    }

    /** A line that is nothing but a credit ("SPA", "Reuters", "Photo: Name/Agency"), when its form says so. */
    static Optional<Credit> line(String text) {
        String c = text.substring(0, contentEnd(text));
        if (c.isEmpty() || c.length() > MAX_CREDIT) return Optional.empty();
        String inside = c.length() > 2 && c.startsWith("(") && c.endsWith(")") ? c.substring(1, c.length() - 1) : c;
        CreditText.Reading r = CreditText.read(inside);
        if (r == null || !r.sure()) return Optional.empty();
        return Optional.of(new Credit(inside.strip(), r.photographer(), 0, true));
    }

    static boolean fileMarked(String credit) {
        return CreditText.fileMarked(credit);
    }

    /** The last bracket pair, when what it holds reads as a credit. */
    private static Optional<Credit> parenthesised(String c) {
        int open = c.lastIndexOf('(');
        if (open < 0 || c.length() - open - 2 > MAX_CREDIT) return Optional.empty();
        String inside = c.substring(open + 1, c.length() - 1).strip();
        if (inside.isEmpty() || inside.indexOf(')') >= 0) return Optional.empty();
        CreditText.Reading r = CreditText.read(inside);
        return r == null ? Optional.empty() : Optional.of(new Credit(inside, r.photographer(), open, r.sure()));
    }

    /** A lead-in near the end of the caption and names after it. */
    private static Optional<Credit> led(String c) {
        int from = Math.max(0, c.length() - MAX_CREDIT - 30);
        int best = -1;
        for (String lead : LEADS) {
            int at = c.lastIndexOf(lead);
            if (at >= from && at > best && (at == 0 || !Character.isLetterOrDigit(c.charAt(at - 1)))) best = at;
        }
        for (String lead : SENTENCE_LEADS) {
            int at = c.lastIndexOf(lead);
            if (at >= from && at > best && sentenceStart(c, at)) best = at;
        }
        if (best < 0) return Optional.empty();
        String tail = c.substring(best);
        CreditText.Reading r = CreditText.read(tail);
        return r == null ? Optional.empty() : Optional.of(new Credit(tail, r.photographer(), best, true));
    }

    /**
     * Names after the caption's last sentence that say by their form they are a credit: "REUTERS/Jane Doe",
     * "Name / The Daily Example", "Reuters". The longest such tail wins, so initials ("J. Doe/AFP") stay whole.
     */
    private static Optional<Credit> bare(String c) {
        for (int i = Math.max(1, c.length() - MAX_CREDIT); i < c.length() - 1; i++) {
            if (c.charAt(i) != ' ' || ".!?\")\u201d".indexOf(c.charAt(i - 1)) < 0) continue;
            String tail = c.substring(i + 1).strip();
            CreditText.Reading r = CreditText.read(tail);
            if (r != null && r.sure()) return Optional.of(new Credit(tail, r.photographer(), i + 1, true));
        }
        return Optional.empty();
    }

    /** At the line's start, or after a sentence's end (with or without the space: "Tuesday.Credit…"). */
    private static boolean sentenceStart(String c, int at) {
        int k = at - 1;
        if (k < 0) return true;
        if (c.charAt(k) == ' ') k--;
        return k >= 0 && ".!?\")\u201d".indexOf(c.charAt(k)) >= 0;
    }

    private static String withoutChrome(String c) {
        for (String chrome : CHROME) if (c.endsWith(chrome)) return c.substring(0, c.length() - chrome.length());
        return c;
    }

    /** Where the line's content ends: before any trailing space of any kind, no-break and zero-width ones too. */
    static int contentEnd(String s) {
        int end = s.length();
        while (end > 0) {
            char ch = s.charAt(end - 1);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && ch != '\u200b' && ch != '\ufeff') break;
            end--;
        }
        return end;
    }
}
