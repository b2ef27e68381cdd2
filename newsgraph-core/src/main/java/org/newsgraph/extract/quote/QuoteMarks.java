package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches in paragraphs: curly and straight double marks, nested quotes kept inside the outer
 * one, and the news convention for quotes over several paragraphs: a paragraph that opens a quote (at its
 * start, or after 'said:') and does not close it continues into the next paragraph when that one starts with
 * a quote mark (the writer repeats the opening mark and leaves out the closing one until the quote ends).
 *
 * <p>A straight mark opens when it follows a space, a paragraph start or an opening bracket and is followed by
 * a non-space; otherwise it closes. Two single marks ('') stand for a double one, as in some newspapers'
 * archives; a single mark alone is left alone: it is mostly an apostrophe.
 */
public final class QuoteMarks {

    private QuoteMarks() {}

    public static List<Quoted> find(String text, List<Span> paragraphs) {
        List<Quoted> out = new ArrayList<>();
        int open = -1;          // offset of the outermost opening mark, -1 when outside a quote
        int depth = 0;
        boolean carried = false; // the quote came over from the previous paragraph
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                boolean twoSingles = c == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\'';
                if (!isDoubleMark(c) && !twoSingles) continue;
                if (carried && depth == 1 && i == firstNonSpace(text, para)) {
                    carried = false;    // the repeated opening mark of a continuing paragraph
                    continue;
                }
                int width = twoSingles ? 2 : 1;
                if (opens(text, i, width, para)) {
                    if (depth == 0) open = i;
                    depth++;
                } else if (depth > 0) {
                    depth--;
                    if (depth == 0) {
                        add(text, open, i + width, out);
                        open = -1;
                    }
                }
                i += width - 1;
            }
            carried = false;
            if (depth > 0) {
                boolean nextOpens = p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1));
                if (nextOpens) {
                    depth = 1;
                    carried = true;
                } else {
                    add(text, open, trimEnd(text, para.start(), para.end()), out);
                    open = -1;
                    depth = 0;
                }
            }
        }
        return out;
    }

    private static void add(String text, int from, int to, List<Quoted> out) {
        int s = text.startsWith("''", from) ? from + 2 : from + 1;
        int e = text.startsWith("''", to - 2) && to - 2 > from ? to - 2
                : isDoubleMark(text.charAt(to - 1)) && to - 1 > from ? to - 1 : to;
        while (s < e && Words.isSpace(text.charAt(s))) s++;
        // a comma before the closing mark belongs to the sentence around the quote, not to the words quoted
        while (e > s && (Words.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) e--;
        if (e > s) out.add(new Quoted(new Span(from, to), new Span(s, e)));
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    private static boolean opens(String text, int i, Span para) {
        return opens(text, i, 1, para);
    }

    private static boolean opens(String text, int i, int width, Span para) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB') return true;
        boolean after = i + width < para.end() && !Words.isSpace(text.charAt(i + width));
        // a closing mark opens only where nothing else could: first in its paragraph, typed the wrong way round
        if (c == '\u201D' || c == '\u00BB') return after && text.substring(para.start(), i).isBlank();
        boolean before = i == para.start() || Words.isSpace(text.charAt(i - 1))
                || "([{\u2014\u2013-/:".indexOf(text.charAt(i - 1)) >= 0;
        return before && after;
    }

    private static boolean startsWithMark(String text, Span para) {
        int i = firstNonSpace(text, para);
        if (text.startsWith("''", i)) return opens(text, i, 2, para);
        return i < para.end() && isDoubleMark(text.charAt(i)) && opens(text, i, para);
    }

    private static int firstNonSpace(String text, Span para) {
        int i = para.start();
        while (i < para.end() && Words.isSpace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Words.isSpace(text.charAt(end - 1))) end--;
        return end;
    }
}
