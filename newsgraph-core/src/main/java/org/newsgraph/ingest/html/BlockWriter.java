package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays the main content out as blocks of text the way a browser breaks it: every block-level element and
 * every {@code <br>} ends a block; headings below h1 become subheads. Figures and captions are left out
 * (they become {@link org.newsgraph.model.Image}s), and so is the h1 (the headline).
 */
final class BlockWriter implements NodeFilter {

    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd",
            "header", "footer", "figure", "hr", "br", "address", "center", "caption", "form", "fieldset", "details",
            "summary", "aside", "nav", "tbody", "thead", "tfoot", "body", "html");
    private static final Set<String> SKIP = Set.of("figure", "figcaption", "h1", "picture", "img", "video",
            "audio", "map", "select", "button", "head");

    private final List<String> texts = new ArrayList<>();
    private final List<Boolean> subheads = new ArrayList<>();
    private final List<Integer> links = new ArrayList<>();
    private final List<int[]> counts = new ArrayList<>();
    /** The block being written, its runs of spaces already collapsed and its ends trimmed. */
    private final StringBuilder norm = new StringBuilder();
    /** Whether spaces came since the block's last character: the next word is written after one space. */
    private boolean gap;
    private int chars;
    private int words;
    private int linkChars;
    private int anchorDepth;
    private int headingDepth;
    private boolean bufHeading;

    static List<TextBlock> write(List<Element> roots) {
        BlockWriter w = new BlockWriter();
        for (Element r : roots) {
            NodeTraversor.filter(w, r);
            w.flush();
        }
        List<TextBlock> out = new ArrayList<>(w.texts.size());
        for (int i = 0; i < w.texts.size(); i++) {
            int[] c = w.counts.get(i);
            out.add(new TextBlock(w.texts.get(i), w.subheads.get(i), w.links.get(i), i, w.texts.size(), c[0], c[1]));
        }
        return out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            write(t.getWholeText());
            if (headingDepth > 0) bufHeading = true;
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (SKIP.contains(tag) || isCaption(e)) return FilterResult.SKIP_ENTIRELY;
        if (BLOCK.contains(tag)) flush();
        if (tag.equals("a")) anchorDepth++;
        if (isHeading(tag)) headingDepth++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) anchorDepth--;
            if (isHeading(tag)) {
                flush();
                headingDepth--;
            } else if (BLOCK.contains(tag)) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isCaption(Element e) {
        return Names.contains(e, "caption"); // "wp-caption" too
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    /** Adds a text node's words to the block, as {@link #normalise} lays them out, counting as it goes. */
    private void write(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && isSpaceFast(s.charAt(i))) i++;
            if (i > start) gap = true;
            start = i;
            while (i < n && !isSpaceFast(s.charAt(i))) i++;
            if (i > start) {
                if (norm.length() == 0 || gap) words++;
                if (gap && norm.length() > 0) norm.append(' ');
                gap = false;
                norm.append(s, start, i);
                chars += i - start;
                if (anchorDepth > 0) linkChars += i - start;
            }
        }
    }

    private void flush() {
        if (norm.length() > 0) {
            texts.add(norm.toString());
            subheads.add(bufHeading);
            links.add(linkChars);
            counts.add(new int[] {chars, words});
        }
        norm.setLength(0);
        gap = false;
        chars = 0;
        words = 0;
        linkChars = 0;
        bufHeading = false;
    }

    private static boolean isSpaceFast(char c) {
        return c <= ' ' ? isSpace(c) : c >= '\u00A0' && isSpace(c);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        normalise(s, out);
        return out.toString();
    }

    /** Collapses runs of spaces into {@code out} (cleared first); returns [non-space characters, words]. */
    static int[] normalise(CharSequence s, StringBuilder out) {
        int n = s.length();
        char[] c = new char[n];
        if (s instanceof StringBuilder sb) sb.getChars(0, n, c, 0);
        else s.toString().getChars(0, n, c, 0);
        return normalise(c, n, out);
    }

    /** As {@link #normalise(CharSequence, StringBuilder)} over an array: a block's characters are read once each. */
    private static int[] normalise(char[] s, int n, StringBuilder out) {
        out.setLength(0);
        int chars = 0;
        int words = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpaceFast(s[i])) i++;
            int start = i;
            while (i < n && !isSpaceFast(s[i])) i++;
            if (i > start) {
                if (out.length() > 0) out.append(' ');
                out.append(s, start, i - start);
                chars += i - start;
                words++;
            }
        }
        return new int[] {chars, words};
    }
}
