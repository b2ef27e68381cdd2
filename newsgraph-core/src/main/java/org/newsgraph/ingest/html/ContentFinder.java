package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the main text, in the manner of Arc90's Readability: every paragraph scores
 * its ancestors (more for long text and commas), names that say "article" or "comment" move the score, the
 * score is discounted by link density, and siblings of the winner that score close to it join it.
 */
public final class ContentFinder {

    private static final Names.Words POSITIVE = Names.parts(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Names.Words NEGATIVE = Names.parts(
            "hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|share"
            + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|teaser|recirc");
    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 5;

    private ContentFinder() {}

    /** The winner and the siblings that join it, in document order; never empty (the root at worst). */
    public static List<Element> find(Element root, TextStats stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : DocumentOrder.of(root)) {
            int len;
            int commas;
            if (e.nameIs("p") || e.nameIs("pre") || e.nameIs("td") || e.nameIs("blockquote")) {
                len = stats.chars(e);
                commas = stats.commas(e);
            } else if (e.nameIs("div") || e.nameIs("section") || e.nameIs("article") || e.nameIs("span")
                    || e.nameIs("font") || e.nameIs("main") || e.nameIs("li") || e.nameIs("dd")) {
                int[] own = ownText(e);
                len = own[0];
                commas = own[1];
            } else {
                continue;
            }
            if (len < MIN_PARAGRAPH) continue;
            double score = 1 + commas + Math.min(len / 100, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < LEVELS; level++, a = a.parent()) {
                double[] s = scores.get(a);
                if (s == null) scores.put(a, s = initial(a, stats));
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (a == root) break;
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            double s = en.getValue()[0] * (1 - stats.linkDensity(en.getKey()));
            en.getValue()[0] = s;
            if (s > best) {
                best = s;
                top = en.getKey();
            }
        }
        if (top == null) return List.of(root);
        return withSiblings(top, best, scores, stats);
    }

    private static List<Element> withSiblings(Element top, double best, Map<Element, double[]> scores,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        List<Element> out = new ArrayList<>();
        double threshold = Math.max(10, best * 0.2);
        String topClass = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double[] s = scores.get(sib);
            double score = s == null ? 0 : s[0];
            if (!topClass.isEmpty() && topClass.equals(sib.className())) score += best * 0.2;
            if (score >= threshold) {
                out.add(sib);
            } else if (sib.nameIs("p")) {
                int len = stats.chars(sib);
                double ld = stats.linkDensity(sib);
                if (len > 80 && ld < 0.25) out.add(sib);
            }
        }
        return out;
    }

    private static double[] initial(Element e, TextStats stats) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String n = stats.names(e);
        if (!n.isEmpty()) {
            if (NEGATIVE.in(n)) s -= 25;
            if (POSITIVE.in(n)) s += 25;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) s += 50;
        return new double[] {s};
    }

    /** Characters (whitespace not counted) and commas of the element's own text nodes. */
    static int[] ownText(Element e) {
        int chars = 0;
        int commas = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00A0') chars++;
                    if (c == ',') commas++;
                }
            }
        }
        return new int[] {chars, commas};
    }
}
