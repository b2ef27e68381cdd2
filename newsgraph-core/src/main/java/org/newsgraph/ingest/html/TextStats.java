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

    private static final int[] NONE = new int[6];
    private static final java.util.regex.Pattern SOCIAL = java.util.regex.Pattern.compile(
            "(?i)(facebook\\.com|twitter\\.com|x\\.com/intent|linkedin\\.com|pinterest\\.|whatsapp|reddit\\.com/submit"
            + "|mailto:|t\\.me/share|tumblr\\.com/share|instagram\\.com|youtube\\.com/(user|channel|c/))");
    private final Map<Element, int[]> stats = new IdentityHashMap<>();
    private final Map<Element, String> names = new IdentityHashMap<>();

    private TextStats() {}

    public static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                Node parentNode = node.parentNode();
                Element parent = parentNode instanceof Element pe && node != root ? pe : null;
                if (node instanceof TextNode t) {
                    if (parent == null) return;
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
                    int[] p = s.stats.computeIfAbsent(parent, k -> new int[6]);
                    p[0] += chars;
                    p[2] += commas;
                } else if (node instanceof Element e) {
                    int[] mine = s.stats.computeIfAbsent(e, k -> new int[6]);
                    if (e.nameIs("a")) {
                        mine[1] = mine[0];
                        mine[3]++;
                        if (isSocial(e.attr("href"))) mine[4]++;
                    }
                    if (mine[5] == 0 && isProseTag(e) && mine[0] >= 40 && mine[1] * 10 < mine[0] * 3) mine[5] = mine[0];
                    if (parent != null) {
                        int[] p = s.stats.computeIfAbsent(parent, k -> new int[6]);
                        p[0] += mine[0];
                        p[1] += mine[1];
                        p[2] += mine[2];
                        p[3] += mine[3];
                        p[4] += mine[4];
                        p[5] += mine[5];
                    }
                }
            }
        }, root);
        return s;
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
            int[] mine = stats.getOrDefault(e, NONE);
            for (Element a = e.parent(); a != null; a = a.parent()) {
                int[] p = stats.get(a);
                if (p != null) for (int i = 0; i < p.length; i++) p[i] -= mine[i];
                if (a == root) break;
            }
        }
        return true;
    }

    /** The element's lower-cased class and id ({@link Names#of}), computed once. */
    public String names(Element e) {
        return names.computeIfAbsent(e, Names::of);
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
        return stats.getOrDefault(e, NONE)[0];
    }

    public int linkChars(Element e) {
        return stats.getOrDefault(e, NONE)[1];
    }

    public int commas(Element e) {
        return stats.getOrDefault(e, NONE)[2];
    }

    /**
     * Characters of prose in the element: paragraphs ({@code p, pre, blockquote}) of at least 40 characters,
     * less than 30% of them in links.
     */
    public int prose(Element e) {
        return stats.getOrDefault(e, NONE)[5];
    }

    private static boolean isProseTag(Element e) {
        return e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
    }

    /** Number of links ({@code <a>}) in the element. */
    public int links(Element e) {
        return stats.getOrDefault(e, NONE)[3];
    }

    /** Number of links to social networks or share endpoints (facebook, twitter, mailto:...). */
    public int socialLinks(Element e) {
        return stats.getOrDefault(e, NONE)[4];
    }

    /** Share of the element's characters that sit inside links; 0 for an empty element. */
    public double linkDensity(Element e) {
        int c = chars(e);
        return c == 0 ? 0 : (double) linkChars(e) / c;
    }
}
