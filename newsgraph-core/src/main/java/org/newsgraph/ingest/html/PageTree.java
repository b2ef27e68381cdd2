package org.newsgraph.ingest.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Builds the jsoup tree of a page from what {@link UnreadMarkup} keeps, without jsoup's parser: the HTML
 * standard's tree construction cut down to the rules that decide which text sits in which element. Kept:
 * head and body implied, void elements, a paragraph closed by a block that starts inside it, list items,
 * definitions, headings, table cells and rows closing their open siblings, the tbody and tr a table implies,
 * end tags that close only within their scope (a stray {@code </p>} makes an empty paragraph, as it does in a
 * browser), a depth limit of 512 open elements as jsoup's. Left out, because they move no text between
 * blocks on the pages measured: re-opening formatting elements after a block ends (a misnested {@code </b>}
 * is ignored instead), moving misplaced table content in front of the table, the select and frameset modes.
 * On the benchmark pages the tree is the one jsoup builds from the cut page (docs/BENCHMARKS.md); the tests
 * compare the two on hand-written markup. The survey ({@link PageSurvey}) is told of each node as it is placed.
 */
final class PageTree {

    /** jsoup's default limit: deeper start tags close the current element first, so nothing nests deeper. */
    private static final int MAX_DEPTH = 512;

    private static final TagKind P = TagKind.known("p");
    private static final TagKind BR = TagKind.known("br");
    private static final TagKind TBODY = TagKind.known("tbody");
    private static final TagKind TR = TagKind.known("tr");

    private final Document doc;
    private final Element html;
    private final Element head;
    private Element body;
    private final PageSurvey survey = new PageSurvey();
    /** Open elements, html first, and what each is. */
    private Element[] open = new Element[64];
    private TagKind[] kinds = new TagKind[64];
    private int depth;
    /** The element the last text-only start tag made: its content goes there. */
    private Element contentOwner;
    private final StringBuilder pending = new StringBuilder();
    private boolean doctype;
    private final java.util.Map<String, TagKind> unknownKinds = new java.util.HashMap<>();
    /** The first '&amp;' at or after the last position asked about; -1 when the page has no more; -2 before the first. */
    private int nextAmpersand = -2;

    private PageTree(String baseUri) {
        doc = new Document(baseUri == null ? "" : baseUri);
        html = new Element(TagKind.known("html").tag, null);
        head = new Element(TagKind.known("head").tag, null);
        doc.appendChild(html);
        html.appendChild(head);
        survey.enter(html);
        survey.enter(head);
        push(html, TagKind.known("html"));
    }

    /**
     * The page built into a tree, with its survey gathered while building, or null when its markup does something
     * the cut does not model (then parse it with jsoup).
     */
    static PageTree build(String page, String baseUri) {
        PageTree tree = new PageTree(baseUri);
        if (!UnreadMarkup.read(page == null ? "" : page, tree)) return null;
        tree.finish();
        return tree;
    }

    Document document() {
        return doc;
    }

    /** The page's survey, as {@link PageSurvey#of} would find it on {@link #document()}. */
    PageSurvey survey() {
        return survey;
    }

    private void finish() {
        closeContent();
        if (body == null) startBody(null);
        flushText();
        while (depth > 2) pop();
        survey.leave(body);
        survey.leave(html);
        survey.done();
    }

    void doctype() {
        if (body == null) doctype = true;
    }

    /** Text between tags, its character references not yet decoded. */
    void text(String s, int from, int to) {
        closeContent();
        if (body == null) {
            if (isBlank(s, from, to)) return;
            startBody(null);
        }
        if (hasReference(s, from, to)) {
            pending.append(CharacterReferences.decode(s, from, to, false));
        } else {
            pending.append(s, from, to);
        }
    }

    /** The content of the element the last start tag made (a JSON-LD script, a title...). */
    void content(String s, int from, int to) {
        if (contentOwner == null) return;
        Element owner = contentOwner;
        if (from < to) {
            if (kindOf(owner).is(TagKind.DATA)) {
                owner.appendChild(new DataNode(s.substring(from, to)));
            } else {
                TextNode t = new TextNode(hasReference(s, from, to) ? CharacterReferences.decode(s, from, to, false)
                        : s.substring(from, to));
                owner.appendChild(t);
                survey.text(t);
            }
        }
        closeContent();
    }

    /** A start tag whose name is {@code s[nameFrom, nameTo)}, with the attributes the cut keeps. */
    void start(String s, int nameFrom, int nameTo, String[] attrNames, int[] values, int count, boolean selfClosing) {
        closeContent();
        TagKind kind = kind(s, nameFrom, nameTo);
        String name = kind.name;
        if (body == null) {
            if (name.equals("html")) {
                addAttributes(html, attrNames, values, count, s);
                return;
            }
            if (name.equals("head")) return;
            if (kind.is(TagKind.HEAD)) {
                Element e = new Element(kind.tag, null, attributes(attrNames, values, count, s));
                head.appendChild(e);
                opened(e, kind);
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
            case "li" -> closeListItem("li", null);
            case "dd", "dt" -> closeListItem("dd", "dt");
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                closeParagraph();
                if (kinds[depth - 1].is(TagKind.HEADING)) pop();
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
                if (kinds[depth - 1].name.equals("option")) pop();
            }
            case "optgroup" -> {
                if (kinds[depth - 1].name.equals("option")) pop();
                if (kinds[depth - 1].name.equals("optgroup")) pop();
            }
            default -> {
                if (kind.is(TagKind.TABLE_PART) && !tablePart(name)) return;
            }
        }
        if (kind.is(TagKind.CLOSES_P) && !name.equals("li") && !name.equals("dd") && !name.equals("dt")) closeParagraph();
        if (name.equals("image")) kind = TagKind.known("img");
        if (!kind.is(TagKind.VOID) && !kind.is(TagKind.CONTENT) && depth >= MAX_DEPTH) pop();
        Element e = new Element(kind.tag, null, attributes(attrNames, values, count, s));
        open[depth - 1].appendChild(e);
        opened(e, kind);
    }

    /** An element just placed: a void one is also left, a text-only one waits for its content, any other is open. */
    private void opened(Element e, TagKind kind) {
        survey.enter(e, kind.is(TagKind.NEVER_TEXT));
        if (kind.is(TagKind.VOID)) {
            survey.leave(e);
        } else if (kind.is(TagKind.CONTENT)) {
            contentOwner = e; // its content follows as one piece; its end tag closes nothing
        } else if (body == null) {
            survey.leave(e);
        } else {
            push(e, kind);
        }
    }

    /** The text-only element waiting for its content is left (it has none, or has had it). */
    private void closeContent() {
        if (contentOwner == null) return;
        survey.leave(contentOwner);
        contentOwner = null;
    }

    /** An end tag whose name is {@code s[nameFrom, nameTo)}. */
    void end(String s, int nameFrom, int nameTo) {
        closeContent();
        TagKind kind = kind(s, nameFrom, nameTo);
        String name = kind.name;
        if (body == null) {
            if (kind != BR && kind != P) return; // </head>, </html> and strays before the body
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
                    leaf(P); // a stray </p> is an empty paragraph
                }
            }
            case "br" -> leaf(BR);
            case "li" -> {
                int at = inScope("li", false, true);
                if (at > 0) popTo(at);
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                for (int i = depth - 1; i > 0; i--) {
                    if (kinds[i].is(TagKind.HEADING)) {
                        popTo(i);
                        return;
                    }
                    if (kinds[i].is(TagKind.SCOPE)) return;
                }
            }
            case "td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption" -> {
                int at = inTableScope(name);
                if (at > 0) popTo(at);
            }
            default -> {
                boolean special = kind.is(TagKind.SPECIAL);
                for (int i = depth - 1; i > 0; i--) {
                    TagKind k = kinds[i];
                    if (k == kind) {
                        popTo(i);
                        return;
                    }
                    if (k.is(TagKind.SPECIAL) && (k.is(TagKind.SCOPE) || !special)) return;
                }
            }
        }
    }

    private void leaf(TagKind kind) {
        Element e = new Element(kind.tag, null);
        open[depth - 1].appendChild(e);
        survey.enter(e, false);
        survey.leave(e);
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
                    if (kinds[depth - 1].name.equals("table")) implied(TBODY);
                    implied(TR);
                }
            }
            case "tr" -> {
                int row = inTableScope("tr");
                if (row > 0) popTo(row);
                popAbove(table, "tbody", "thead", "tfoot");
                if (kinds[depth - 1].name.equals("table")) implied(TBODY);
            }
            case "tbody", "thead", "tfoot", "caption", "colgroup" -> popAbove(table);
            case "col" -> popAbove(table, "colgroup");
            default -> {
            }
        }
        return true;
    }

    private void implied(TagKind kind) {
        Element e = new Element(kind.tag, null);
        open[depth - 1].appendChild(e);
        survey.enter(e, false);
        push(e, kind);
    }

    /** Pops the elements above the open table at {@code table}, keeping the first of the given names found. */
    private void popAbove(int table, String... keep) {
        for (int i = depth - 1; i > table; i--) {
            for (String k : keep) {
                if (kinds[i].name.equals(k)) {
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
            String n = kinds[i].name;
            if (n.equals(a) || n.equals(b)) {
                popTo(i);
                break;
            }
            if (kinds[i].is(TagKind.SPECIAL) && !n.equals("address") && !n.equals("div") && !n.equals("p")) break;
        }
        closeParagraph();
    }

    /** Where an open element of this name is, within the default scope (and button or list scope); -1 when not. */
    private int inScope(String name, boolean button, boolean list) {
        for (int i = depth - 1; i > 0; i--) {
            String n = kinds[i].name;
            if (n.equals(name)) return i;
            if (kinds[i].is(TagKind.SCOPE) || button && n.equals("button") || list && (n.equals("ol") || n.equals("ul"))) {
                return -1;
            }
        }
        return -1;
    }

    private int inTableScope(String name) {
        for (int i = depth - 1; i > 0; i--) {
            String n = kinds[i].name;
            if (n.equals(name)) return i;
            if (n.equals("table") || n.equals("template")) return -1;
        }
        return -1;
    }

    private int find(String name) {
        for (int i = depth - 1; i > 0; i--) {
            if (kinds[i].name.equals(name)) return i;
            if (kinds[i].is(TagKind.SCOPE)) return -1;
        }
        return -1;
    }

    private boolean specialAbove(int at) {
        for (int i = depth - 1; i > at; i--) if (kinds[i].is(TagKind.SPECIAL)) return true;
        return false;
    }

    private void startBody(Attributes attributes) {
        survey.leave(head);
        body = new Element(TagKind.known("body").tag, null, attributes);
        html.appendChild(body);
        survey.body(body);
        survey.enter(body);
        push(body, TagKind.known("body"));
    }

    private void flushText() {
        if (pending.length() == 0) return;
        TextNode t = new TextNode(pending.toString());
        open[depth - 1].appendChild(t);
        survey.text(t);
        pending.setLength(0);
    }

    private void push(Element e, TagKind kind) {
        if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
            kinds = java.util.Arrays.copyOf(kinds, depth * 2);
        }
        open[depth] = e;
        kinds[depth++] = kind;
    }

    private void pop() {
        if (depth <= 2) return; // html and body stay open
        survey.leave(open[--depth]);
        open[depth] = null;
    }

    /** Pops the open elements down to and including the one at {@code at}. */
    private void popTo(int at) {
        while (depth > at && depth > 2) pop();
    }

    private Attributes attributes(String[] attrNames, int[] values, int count, String s) {
        if (count == 0) return null;
        Attributes a = new Attributes();
        for (int k = 0; k < count; k++) {
            if (a.hasKey(attrNames[k])) continue; // the first of a repeated attribute counts
            a.put(attrNames[k], value(s, values[2 * k], values[2 * k + 1]));
        }
        return a;
    }

    private void addAttributes(Element e, String[] attrNames, int[] values, int count, String s) {
        for (int k = 0; k < count; k++) {
            if (!e.hasAttr(attrNames[k])) e.attr(attrNames[k], value(s, values[2 * k], values[2 * k + 1]));
        }
    }

    private String value(String s, int from, int to) {
        if (from < 0) return "";
        return hasReference(s, from, to) ? CharacterReferences.decode(s, from, to, true) : s.substring(from, to);
    }

    /** What the tag named {@code s[from, to)} is; a name the rules do not know gets its kind once per page. */
    private TagKind kind(String s, int from, int to) {
        return TagKind.of(s, from, to, unknownKinds);
    }

    private TagKind kindOf(Element e) {
        String n = e.normalName();
        return kind(n, 0, n.length());
    }

    /**
     * Whether {@code s[from, to)} holds an '&amp;'. The page is asked about in order, so the next '&amp;' is kept and
     * searched for again only once passed: one vectorised search over the page in all, not a loop per text.
     */
    private boolean hasReference(String s, int from, int to) {
        if (nextAmpersand != -1 && nextAmpersand < from) nextAmpersand = s.indexOf('&', from);
        return nextAmpersand >= 0 && nextAmpersand < to;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return false;
        }
        return true;
    }
}
