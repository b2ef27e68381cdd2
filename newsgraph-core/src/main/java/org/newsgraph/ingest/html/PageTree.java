package org.newsgraph.ingest.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Builds the jsoup tree of a page from what {@link UnreadMarkup} keeps, without jsoup's parser: the HTML
 * standard's tree construction cut down to the rules that decide which text sits in which element. Kept:
 * head and body implied, void elements, a paragraph closed by a block that starts inside it, list items,
 * definitions, headings, table cells and rows closing their open siblings, the tbody and tr a table implies,
 * end tags that close only within their scope (a stray {@code </p>} makes an empty paragraph, as it does in a
 * browser), a depth limit of 512 open elements as jsoup's. Left out, because they move no text between
 * blocks on the pages measured: re-opening formatting elements after a block ends (a misnested {@code </b>}
 * is ignored instead), moving misplaced table content in front of the table, the select and frameset modes.
 * Extraction output is compared with jsoup's tree on the benchmark pages (see docs/BENCHMARKS.md).
 */
final class PageTree {

    /** jsoup's default limit: deeper start tags close the current element first, so nothing nests deeper. */
    private static final int MAX_DEPTH = 512;

    private static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "col", "embed",
            "frame", "hr", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** Start tags that close an open paragraph (in button scope). */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "listing", "form", "li", "dd", "dt", "hr", "xmp");
    /** The standard's "special" elements: an end tag for something else does not close past one. */
    private static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base",
            "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
            "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame",
            "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
            "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes",
            "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select",
            "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
            "title", "tr", "track", "ul", "wbr", "xmp");
    /** Elements that bound the default scope. */
    private static final Set<String> SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template");
    private static final Set<String> HEAD = Set.of("base", "basefont", "bgsound", "link", "meta", "title", "script",
            "style");
    private static final Set<String> TABLE_PARTS = Set.of("caption", "colgroup", "col", "tbody", "thead", "tfoot",
            "tr", "td", "th");
    /** Text-only elements whose content jsoup keeps as data, not text. */
    private static final Set<String> DATA = Set.of("script", "style", "xmp", "iframe", "noembed");

    private final Document doc;
    private final Element html;
    private final Element head;
    private Element body;
    /** Open elements, html first; their names beside them, so that no lookup goes through the element. */
    private Element[] open = new Element[64];
    private String[] names = new String[64];
    private int depth;
    /** The element the last text-only start tag made: its content goes there. */
    private Element contentOwner;
    private final StringBuilder pending = new StringBuilder();
    private boolean doctype;
    private final Map<String, Tag> unknownTags = new HashMap<>();

    private PageTree(String baseUri) {
        doc = new Document(baseUri == null ? "" : baseUri);
        html = new Element(tag("html"), null);
        head = new Element(tag("head"), null);
        doc.appendChild(html);
        html.appendChild(head);
        push(html, "html");
    }

    /** The page built into a tree, or null when its markup does something not modelled (then parse it with jsoup). */
    static Document build(String page, String baseUri) {
        PageTree tree = new PageTree(baseUri);
        if (!UnreadMarkup.read(page == null ? "" : page, tree)) return null;
        return tree.finish();
    }

    private Document finish() {
        flushText();
        if (body == null) startBody(null);
        return doc;
    }

    void doctype() {
        if (body == null) doctype = true;
    }

    /** Text between tags, its character references not yet decoded. */
    void text(String s, int from, int to) {
        if (body == null) {
            if (isBlank(s, from, to)) return;
            startBody(null);
        }
        if (hasReference(s, from, to)) {
            pending.append(Parser.unescapeEntities(s.substring(from, to), false));
        } else {
            pending.append(s, from, to);
        }
    }

    /** The content of the element the last start tag made (a JSON-LD script, a title...). */
    void content(String s, int from, int to) {
        if (contentOwner == null || from >= to) return;
        String name = contentOwner.normalName();
        if (DATA.contains(name)) {
            contentOwner.appendChild(new DataNode(s.substring(from, to)));
        } else {
            String t = s.substring(from, to);
            contentOwner.appendChild(new TextNode(t.indexOf('&') >= 0 ? Parser.unescapeEntities(t, false) : t));
        }
    }

    void start(String name, String[] attrNames, int[] values, int count, String s, boolean selfClosing) {
        contentOwner = null;
        if (body == null) {
            if (name.equals("html")) {
                addAttributes(html, attrNames, values, count, s);
                return;
            }
            if (name.equals("head")) return;
            if (HEAD.contains(name)) {
                Element e = element(name, attrNames, values, count, s);
                head.appendChild(e);
                if (!VOID.contains(name)) contentOwner = e;
                return;
            }
            if (name.equals("body")) {
                startBody(attributes(attrNames, values, count, s));
                return;
            }
            startBody(null);
        }
        flushText();
        switch (name) {
            case "html" -> {
                addAttributes(html, attrNames, values, count, s);
                return;
            }
            case "body" -> {
                addAttributes(body, attrNames, values, count, s);
                return;
            }
            case "head" -> {
                return;
            }
            case "li" -> {
                closeListItem("li", null);
            }
            case "dd", "dt" -> {
                closeListItem("dd", "dt");
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                closeParagraph();
                if (isHeading(names[depth - 1])) pop();
            }
            case "a" -> {
                int at = find("a");
                if (at > 0 && !specialAbove(at)) popTo(at);
            }
            case "table" -> {
                if (doctype) closeParagraph(); // in quirks mode a table sits inside the paragraph
            }
            case "button" -> {
                int at = inScope("button", false, false);
                if (at > 0) popTo(at);
            }
            case "form" -> {
                if (find("form") > 0) return; // a form inside a form is ignored
            }
            case "option" -> {
                if (names[depth - 1].equals("option")) pop();
            }
            case "optgroup" -> {
                if (names[depth - 1].equals("option")) pop();
                if (names[depth - 1].equals("optgroup")) pop();
            }
            default -> {
                if (TABLE_PARTS.contains(name) && !tablePart(name)) return;
            }
        }
        if (CLOSES_P.contains(name) && !name.equals("li") && !name.equals("dd") && !name.equals("dt")) closeParagraph();
        Element e = element(name.equals("image") ? "img" : name, attrNames, values, count, s);
        boolean leaf = VOID.contains(name);
        boolean content = HEAD.contains(name) || name.equals("textarea") || DATA.contains(name);
        if (!leaf && !content && depth >= MAX_DEPTH) pop();
        open[depth - 1].appendChild(e);
        if (leaf) return;
        if (content) {
            contentOwner = e; // its content follows as one piece; its end tag closes nothing
            return;
        }
        push(e, name);
    }

    void end(String name) {
        contentOwner = null;
        if (body == null) {
            if (!name.equals("br") && !name.equals("p")) return; // </head>, </html> and strays before the body
            startBody(null);
        }
        flushText();
        switch (name) {
            case "body", "html" -> {
            }
            case "p" -> {
                int at = inScope("p", true, false);
                if (at > 0) {
                    popTo(at);
                } else {
                    open[depth - 1].appendChild(new Element(tag("p"), null)); // a stray </p> is an empty paragraph
                }
            }
            case "br" -> open[depth - 1].appendChild(new Element(tag("br"), null));
            case "li" -> {
                int at = inScope("li", false, true);
                if (at > 0) popTo(at);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                for (int i = depth - 1; i > 0; i--) {
                    if (isHeading(names[i])) {
                        popTo(i);
                        return;
                    }
                    if (SCOPE.contains(names[i])) return;
                }
            }
            case "td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption" -> {
                int at = inTableScope(name);
                if (at > 0) popTo(at);
            }
            default -> {
                for (int i = depth - 1; i > 0; i--) {
                    if (names[i].equals(name)) {
                        popTo(i);
                        return;
                    }
                    if (SPECIAL.contains(names[i]) && (SCOPE.contains(names[i]) || !SPECIAL.contains(name))) return;
                }
            }
        }
    }

    /**
     * A table part's implied parents (a tbody around rows, a row around cells) and the open parts it closes;
     * false when no table is open, where the standard ignores the tag.
     */
    private boolean tablePart(String name) {
        int table = inTableScope("table");
        if (table < 0) return false;
        switch (name) {
            case "td", "th" -> {
                int cell = Math.max(inTableScope("td"), inTableScope("th"));
                if (cell > 0) popTo(cell);
                int row = inTableScope("tr");
                if (row > 0) {
                    while (depth - 1 > row) pop();
                } else {
                    popAbove(table, "tbody", "thead", "tfoot");
                    if (names[depth - 1].equals("table")) implied("tbody");
                    implied("tr");
                }
            }
            case "tr" -> {
                int row = inTableScope("tr");
                if (row > 0) popTo(row);
                popAbove(table, "tbody", "thead", "tfoot");
                if (names[depth - 1].equals("table")) implied("tbody");
            }
            case "tbody", "thead", "tfoot", "caption", "colgroup" -> popAbove(table);
            case "col" -> {
                popAbove(table, "colgroup");
            }
            default -> {
            }
        }
        return true;
    }

    private void implied(String name) {
        Element e = new Element(tag(name), null);
        open[depth - 1].appendChild(e);
        push(e, name);
    }

    /** Pops the elements above the open table at {@code table}, keeping the first of the given names found. */
    private void popAbove(int table, String... keep) {
        for (int i = depth - 1; i > table; i--) {
            for (String k : keep) {
                if (names[i].equals(k)) {
                    while (depth - 1 > i) pop();
                    return;
                }
            }
        }
        while (depth - 1 > table) pop();
    }

    private void closeParagraph() {
        int at = inScope("p", true, false);
        if (at > 0) popTo(at);
    }

    /** An open li (or dd/dt) closes, unless a special element other than address, div and p is nearer. */
    private void closeListItem(String a, String b) {
        for (int i = depth - 1; i > 0; i--) {
            String n = names[i];
            if (n.equals(a) || n.equals(b)) {
                popTo(i);
                break;
            }
            if (SPECIAL.contains(n) && !n.equals("address") && !n.equals("div") && !n.equals("p")) break;
        }
        closeParagraph();
    }

    /** Where an open element of this name is, within the default scope (and button or list scope); -1 when not. */
    private int inScope(String name, boolean button, boolean list) {
        for (int i = depth - 1; i > 0; i--) {
            String n = names[i];
            if (n.equals(name)) return i;
            if (SCOPE.contains(n) || button && n.equals("button") || list && (n.equals("ol") || n.equals("ul"))) {
                return -1;
            }
        }
        return -1;
    }

    private int inTableScope(String name) {
        for (int i = depth - 1; i > 0; i--) {
            String n = names[i];
            if (n.equals(name)) return i;
            if (n.equals("table") || n.equals("template")) return -1;
        }
        return -1;
    }

    private int find(String name) {
        for (int i = depth - 1; i > 0; i--) {
            if (names[i].equals(name)) return i;
            if (SCOPE.contains(names[i])) return -1;
        }
        return -1;
    }

    private boolean specialAbove(int at) {
        for (int i = depth - 1; i > at; i--) if (SPECIAL.contains(names[i])) return true;
        return false;
    }

    private static boolean isHeading(String n) {
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private void startBody(Attributes attributes) {
        body = new Element(tag("body"), null, attributes);
        html.appendChild(body);
        push(body, "body");
    }

    private void flushText() {
        if (pending.length() == 0) return;
        open[depth - 1].appendChild(new TextNode(pending.toString()));
        pending.setLength(0);
    }

    private void push(Element e, String name) {
        if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
            names = java.util.Arrays.copyOf(names, depth * 2);
        }
        open[depth] = e;
        names[depth++] = name;
    }

    private void pop() {
        if (depth <= 2) return; // html and body stay open
        open[--depth] = null;
    }

    /** Pops the open elements down to and including the one at {@code at}. */
    private void popTo(int at) {
        while (depth > at && depth > 2) open[--depth] = null;
    }

    private Element element(String name, String[] attrNames, int[] values, int count, String s) {
        return new Element(tag(name), null, attributes(attrNames, values, count, s));
    }

    private static Attributes attributes(String[] attrNames, int[] values, int count, String s) {
        if (count == 0) return null;
        Attributes a = new Attributes();
        for (int k = 0; k < count; k++) {
            if (a.hasKey(attrNames[k])) continue; // the first of a repeated attribute counts
            a.put(attrNames[k], value(s, values[2 * k], values[2 * k + 1]));
        }
        return a;
    }

    private static void addAttributes(Element e, String[] attrNames, int[] values, int count, String s) {
        for (int k = 0; k < count; k++) {
            if (!e.hasAttr(attrNames[k])) e.attr(attrNames[k], value(s, values[2 * k], values[2 * k + 1]));
        }
    }

    private static String value(String s, int from, int to) {
        if (from < 0) return "";
        String v = s.substring(from, to);
        return v.indexOf('&') >= 0 ? Parser.unescapeEntities(v, true) : v;
    }

    private Tag tag(String name) {
        Tag known = TagSet.Html().get(name, Parser.NamespaceHtml);
        if (known != null) return known;
        return unknownTags.computeIfAbsent(name, n -> new Tag(n, Parser.NamespaceHtml));
    }

    private static boolean hasReference(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) == '&') return true;
        return false;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return false;
        }
        return true;
    }
}
