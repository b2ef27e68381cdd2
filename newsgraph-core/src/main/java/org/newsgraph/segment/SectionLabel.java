package org.newsgraph.segment;

import java.util.List;

/**
 * The page's section printed at the top, above the headline: "Middle East", "World", "Politics". One to three
 * capitalised words with no sentence's end, right above a longer headline-shaped line that is no caption, and with
 * nothing of a header below it (a short headline over its caption or marker is a headline, not a label).
 */
final class SectionLabel {

    static final int MAX_WORDS = 3;
    static final int MAX_LENGTH = 30;

    private SectionLabel() {}

    static boolean at(List<Line> lines, int at) {
        if (at < 0 || at >= lines.size()) return false;
        String t = lines.get(at).text();
        if (t.isEmpty() || t.length() > MAX_LENGTH) return false;
        String[] words = t.split("\\s+");
        if (words.length > MAX_WORDS) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) return false;
            for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') return false;
        }
        int next = ArticleHeader.nextNonBlank(lines, at + 1, lines.size());
        if (next >= lines.size() || next - at > 3) return false;
        String below = lines.get(next).text();
        return HeadlineShape.is(below) && below.split("\\s+").length > Math.max(words.length, 3)
                && !PhotoCaption.credited(below) && !FilePhoto.is(below, null)
                && ArticleHeader.scan(lines, at, lines.size()).evidence() == 0;
    }
}
