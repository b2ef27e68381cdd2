package org.newsgraph.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per element: visible characters (whitespace not counted), characters inside links, commas, links and links to social networks, computed in
 * one iterative post-order pass so that no heuristic ever walks a subtree again (pages can nest 100,000 deep).
 */
public final class TextStats {

    private static final Counts NONE = new Counts();
    private static final java.util.regex.Pattern SOCIAL = java.util.regex.Pattern.compile(
            "(?i)(facebook\\.com|twitter\\.com|x\\.com/intent|linkedin\\.com|pinterest\\.|whatsapp|reddit\\.com/submit"
            + "|mailto:|t\\.me/share|tumblr\\.com/share|instagram\\.com|youtube\\.com/(user|channel|c/))");

    /** One element's counts, and its name once asked for. */
    private static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int links;
        int social;
        int prose;
        Names.Name name;

        void add(Counts c) {
            chars += c.chars;
            linkChars += c.linkChars;
            commas += c.commas;
            links += c.links;
            social += c.social;
            prose += c.prose;
        }

        void subtract(Counts c) {
            chars -= c.chars;
            linkChars -= c.linkChars;
            commas -= c.commas;
            links -= c.links;
            social -= c.social;
            prose -= c.prose;
        }
    }

    private final Map<Element, Counts> stats = new IdentityHashMap<>(1024);
    /** The heuristics ask about one element several times in a row: the last answer is kept at hand. */
    private Element lastElement;
    private Counts lastCounts = NONE;

    private TextStats() {}

    public static TextStats of(Element root) {
        Counting c = new Counting();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) c.enter(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) c.text(t);
                else if (node instanceof Element e) c.leave(e);
            }
        }, root);
        return c.done();
    }

    /**
     * Counts as a traversal reaches the nodes: every element entered and left, every text node in between;
     * the first element entered is the root. Lets a pass that does other work count at the same time.
     * Open elements are kept on a stack, so a count is added to its parent without looking anything up.
     */
    static final class Counting {
        private final TextStats stats = new TextStats();
        private Counts[] open = new Counts[64];
        private int depth;

        void enter(Element e) {
            if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
            open[depth++] = new Counts();
        }

        void text(TextNode t) {
            if (depth == 0) return;
            String text = t.getWholeText();
            int chars = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < '\u00A0') {
                    chars++;
                    if (c == ',') commas++;
                } else if (!Character.isWhitespace(c) && c != '\u00A0') {
                    chars++;
                    if (c == '\uFF0C' || c == '\u060C') commas++;
                }
            }
            Counts p = open[depth - 1];
            p.chars += chars;
            p.commas += commas;
        }

        void leave(Element e) {
            Counts mine = open[--depth];
            open[depth] = null;
            if (e.nameIs("a")) {
                mine.linkChars = mine.chars;
                mine.links++;
                if (isSocial(e.attr("href"))) mine.social++;
            }
            if (mine.prose == 0 && isProseTag(e) && mine.chars >= 40 && mine.linkChars * 10 < mine.chars * 3) {
                mine.prose = mine.chars;
            }
            stats.stats.put(e, mine);
            if (depth > 0) open[depth - 1].add(mine);
        }

        TextStats done() {
            return stats;
        }
    }

    private Counts counts(Element e) {
        if (e != lastElement) {
            Counts c = stats.get(e);
            lastCounts = c == null ? NONE : c;
            lastElement = e;
        }
        return lastCounts;
    }

    /**
     * Updates the counts of the ancestors of elements that are about to be removed, up to {@code root}.
     * Returns false, having changed nothing useful, when that would take more than {@code budget} steps up the
     * tree (a deep page); the caller then counts again from scratch.
     */
    public boolean subtract(java.util.List<Element> removed, Element root, int budget) {
        int steps = 0;
        for (Element e : removed) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (++steps > budget) return false;
                if (a == root) break;
            }
        }
        for (Element e : removed) {
            Counts mine = stats.getOrDefault(e, NONE);
            for (Element a = e.parent(); a != null; a = a.parent()) {
                Counts p = stats.get(a);
                if (p != null) p.subtract(mine);
                if (a == root) break;
            }
        }
        return true;
    }

    /** The element's lower-cased class and id ({@link Names#of}), computed once. */
    public String names(Element e) {
        return name(e).text();
    }

    /** The element's names with their word starts, for the word lists of the heuristics; computed once. */
    public Names.Name name(Element e) {
        Counts c = counts(e);
        if (c == NONE) return Names.name(e);
        if (c.name == null) c.name = Names.name(e);
        return c.name;
    }

    /** A cheap substring test first: the regular expression runs only on the few links that may be social. */
    static boolean isSocial(String href) {
        if (href.isEmpty()) return false;
        boolean maybe = href.contains("facebook") || href.contains("twitter") || href.contains("x.com")
                || href.contains("linkedin") || href.contains("pinterest") || href.contains("whatsapp")
                || href.contains("reddit") || href.startsWith("mailto:") || href.contains("t.me")
                || href.contains("tumblr") || href.contains("instagram") || href.contains("youtube");
        return maybe && SOCIAL.matcher(href).find();
    }

    public int chars(Element e) {
        return counts(e).chars;
    }

    public int linkChars(Element e) {
        return counts(e).linkChars;
    }

    public int commas(Element e) {
        return counts(e).commas;
    }

    /**
     * Characters of prose in the element: paragraphs ({@code p, pre, blockquote}) of at least 40 characters,
     * less than 30% of them in links.
     */
    public int prose(Element e) {
        return counts(e).prose;
    }

    private static boolean isProseTag(Element e) {
        return e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
    }

    /** Number of links ({@code <a>}) in the element. */
    public int links(Element e) {
        return counts(e).links;
    }

    /** Number of links to social networks or share endpoints (facebook, twitter, mailto:...). */
    public int socialLinks(Element e) {
        return counts(e).social;
    }

    /** Share of the element's characters that sit inside links; 0 for an empty element. */
    public double linkDensity(Element e) {
        int c = chars(e);
        return c == 0 ? 0 : (double) linkChars(e) / c;
    }
}
