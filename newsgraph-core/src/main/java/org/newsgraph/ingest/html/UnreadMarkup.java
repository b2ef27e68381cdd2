package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Takes out of a page, before it is parsed, the markup the extractor would parse only to throw away:
 * comments; scripts (JSON-LD kept, the metadata reads it), styles, {@code <noscript>}, inline SVG and
 * MathML, each with its tags; {@code <link>} tags other than the canonical link; and every attribute the
 * extraction never reads ({@link #READ}). On news pages this is nearly three quarters of the characters and
 * about a quarter of the parser's work (script text is cheap to tokenise; tags and attributes are not).
 *
 * <p>Where a span ends is decided the way the HTML tokeniser decides it (the rules jsoup follows), not by
 * searching for the nearest end tag: a script ends at {@code </script} followed by a space, {@code /} or
 * {@code >}, in any case, except inside the {@code <!-- <script> ... </script> -->} escapes of old inline
 * scripts; a comment ends at {@code -->} or {@code --!>}; tags are read attribute by attribute, so a
 * {@code >} inside a quoted value ends nothing; titles and text areas hold text, not tags; SVG and MathML
 * hold CDATA sections and end at their own end tag. {@code <noscript>} is read as a browser that runs
 * scripts reads it: nothing in it is shown.
 *
 * <p>Whenever the page does something this does not model (a span that never ends, {@code <plaintext>},
 * HTML inside SVG, a script inside SVG, a {@code <noscript>} inside another) it stops and hands the rest of
 * the page to the parser unchanged; an element it was taking out is then left whole, since nothing inside
 * one is changed before its end is found. Every character is looked at a bounded number of times: linear
 * in the page, whatever its nesting.
 */
final class UnreadMarkup {

    /**
     * The attributes anything after parsing reads (the metadata, the heuristics, the content finder), and the
     * few the parser itself looks at to build the tree ({@code type} of inputs, {@code color/face/size} of
     * fonts, {@code encoding}). An attribute not listed is removed: a new reader of another attribute must
     * add it here.
     */
    static final List<String> READ = List.of("class", "id", "itemprop", "href", "rel", "type", "content",
            "property", "name", "http-equiv", "lang", "datetime", "hidden", "style", "color", "face", "size",
            "encoding");
    /** {@link #READ} by first letter and length: most attribute names are turned down without a comparison. */
    private static final String[][] BY_LETTER_AND_LENGTH = new String[26 * 16][];

    static {
        for (String r : READ) {
            int k = (r.charAt(0) - 'a') * 16 + r.length();
            String[] had = BY_LETTER_AND_LENGTH[k];
            BY_LETTER_AND_LENGTH[k] = had == null ? new String[] {r} : java.util.stream.Stream.concat(
                    Arrays.stream(had), java.util.stream.Stream.of(r)).toArray(String[]::new);
        }
    }

    /** Start tags that end SVG or MathML and go back to HTML (the HTML standard's list for foreign content). */
    private static final Set<String> BREAKOUT = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
            "sub", "sup", "table", "tt", "u", "ul", "var");
    /** SVG and MathML elements whose content is HTML again: a tag inside one is not modelled. */
    private static final Set<String> INTEGRATION = Set.of("foreignobject", "desc", "title", "mi", "mo", "mn", "ms",
            "mtext", "annotation-xml");

    private final String s;
    private final int n;
    /** The kept characters; copied in runs with {@link String#getChars}, which never goes character by character. */
    private char[] out;
    private int length;
    private int copied;

    /** Where the element being taken out ({@code <noscript>}, SVG or MathML) starts; -1 when none. */
    private int regionStart = -1;
    private boolean inNoscript;
    /** Open SVG or MathML elements, outermost first; empty in HTML. */
    private final List<String> foreign = new ArrayList<>();

    // the tag last read
    private int nameStart;
    private int nameEnd;
    private int tagEnd;
    private boolean selfClosing;
    private String type;
    private String rel;
    private boolean presentational;
    /** Spans of attributes not read, as [from, to) pairs. */
    private int[] unread = new int[16];
    private int unreadCount;
    /** The attributes read: their listed names, and their values' spans ([-1, -1) when without value). */
    private String[] readNames = new String[8];
    private int[] readValues = new int[16];
    private int readCount;

    /** Where the kept parts go when the page is built into a tree instead of cut into a string; else null. */
    private final PageTree tree;

    private UnreadMarkup(String html, PageTree tree) {
        this.s = html;
        this.n = html.length();
        this.tree = tree;
        this.out = tree == null ? new char[Math.max(16, n / 2)] : null;
    }

    /** The page without what the extractor never reads. */
    static String cut(String html) {
        if (html == null) return "";
        return new UnreadMarkup(html, null).run();
    }

    /**
     * Hands what {@link #cut} keeps to a tree builder instead of copying it: text, the tags with their read
     * attributes, the content of JSON-LD scripts and of text-only elements. False when the page does something
     * the cut does not model (where {@link #cut} would leave the rest as it is); the tree is then unfinished.
     */
    static boolean read(String html, PageTree tree) {
        return new UnreadMarkup(html, tree).run() != null;
    }

    private String run() {
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char c = s.charAt(lt + 1);
            if (c == '!') {
                i = markupDeclaration(lt);
            } else if (c == '/') {
                i = endTag(lt);
            } else if (isAlpha(c)) {
                i = startTag(lt);
            } else if (c == '?') {
                i = dropInTree(lt, afterGt(lt + 2));
            } else {
                i = lt + 1;
            }
            if (i < 0) { // a span that does not end, or something not modelled: the rest as it is
                if (tree != null) return null;
                break;
            }
        }
        if (tree != null) {
            if (inRegion()) return null; // an element being taken out never ends
            if (copied < n) tree.text(s, copied, n);
            return "";
        }
        keep(copied, n);
        return new String(out, 0, length);
    }

    private void drop(int from, int to) {
        if (tree != null) {
            if (from > copied) tree.text(s, copied, from);
        } else {
            keep(copied, from);
        }
        copied = to;
    }

    /** In tree mode, drops markup the cut would keep but a tree holds no node for (doctypes, bogus comments). */
    private int dropInTree(int lt, int end) {
        if (tree != null && end >= 0 && !inRegion()) drop(lt, end);
        return end;
    }

    /** In tree mode, hands the content of a kept script or text-only element to the tree, which then skips it. */
    private void content(int from, int to) {
        if (tree == null || inRegion()) return;
        tree.content(s, from, to);
        copied = to;
    }

    private void keep(int from, int to) {
        room(to - from);
        s.getChars(from, to, out, length);
        length += to - from;
    }

    private void room(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
    }

    private boolean inRegion() {
        return regionStart >= 0;
    }

    private int markupDeclaration(int lt) {
        if (s.startsWith("--", lt + 2)) {
            int end = commentEnd(lt + 4);
            if (end >= 0 && !inRegion()) drop(lt, end);
            return end;
        }
        if (!foreign.isEmpty()) {
            if (inIntegrationPoint()) return -1;
            if (s.startsWith("[CDATA[", lt + 2)) {
                int end = s.indexOf("]]>", lt + 9);
                return end < 0 ? -1 : end + 3;
            }
        }
        int end = afterGt(lt + 2); // doctype, or a bogus comment such as CDATA in HTML: up to the first '>'
        if (tree != null && end >= 0 && !inRegion() && matches(lt + 2, Math.min(lt + 9, n), "doctype")) tree.doctype();
        return dropInTree(lt, end);
    }

    /** The end of a comment whose text starts at p: {@code -->}, {@code --!>}, or the abrupt {@code <!-->} and {@code <!--->}. */
    private int commentEnd(int p) {
        if (p < n && s.charAt(p) == '>') return p + 1;
        if (p + 1 < n && s.charAt(p) == '-' && s.charAt(p + 1) == '>') return p + 2;
        int i = p;
        while (true) {
            int d = s.indexOf("--", i);
            if (d < 0) return -1;
            int k = d + 2;
            while (k < n && s.charAt(k) == '-') k++;
            if (k < n && s.charAt(k) == '>') return k + 1;
            if (k + 1 < n && s.charAt(k) == '!' && s.charAt(k + 1) == '>') return k + 2;
            i = k;
        }
    }

    private int startTag(int lt) {
        if (!readTag(lt + 1)) return -1;
        int end = tagEnd;
        if (!foreign.isEmpty()) return foreignStartTag(end);
        String name = special();
        if (name == null) {
            keepTag(lt);
            return end;
        }
        switch (name) {
            case "script" -> {
                boolean jsonLd = isJsonLd();
                if (jsonLd) keepTag(lt);
                int close = scriptEnd(end);
                if (close < 0) return -1;
                if (jsonLd) {
                    content(end, close);
                    return close;
                }
                if (!readTag(close + 2)) return -1;
                if (!inRegion()) drop(lt, tagEnd);
                return tagEnd;
            }
            case "style" -> {
                int close = textEnd(end, "style");
                if (close < 0 || !readTag(close + 2)) return -1;
                if (!inRegion()) drop(lt, tagEnd);
                return tagEnd;
            }
            case "link" -> {
                if (isCanonical()) keepTag(lt);
                else if (!inRegion()) drop(lt, end);
                return end;
            }
            case "noscript" -> {
                if (inNoscript) return -1;
                if (!inRegion()) {
                    inNoscript = true;
                    regionStart = lt;
                }
                return end;
            }
            case "svg", "math" -> {
                if (selfClosing) {
                    if (!inRegion()) drop(lt, end);
                    return end;
                }
                foreign.add(name);
                if (!inRegion()) regionStart = lt;
                return end;
            }
            case "plaintext" -> {
                return -1;
            }
            default -> {
                keepTag(lt); // title, textarea, xmp, iframe, noembed: text up to the end tag
                int close = textEnd(end, name);
                if (close >= 0) content(end, close);
                return close;
            }
        }
    }

    /** The tag's name when it is one this treats apart (by length first: most tags are none of them), else null. */
    private String special() {
        String candidate = switch (nameEnd - nameStart) {
            case 3 -> lower(s.charAt(nameStart)) == 's' ? "svg" : "xmp";
            case 4 -> lower(s.charAt(nameStart)) == 'l' ? "link" : "math";
            case 5 -> lower(s.charAt(nameStart)) == 's' ? "style" : "title";
            case 6 -> lower(s.charAt(nameStart)) == 's' ? "script" : "iframe";
            case 7 -> "noembed";
            case 8 -> lower(s.charAt(nameStart)) == 'n' ? "noscript" : "textarea";
            case 9 -> "plaintext";
            default -> null;
        };
        return candidate != null && named(candidate) ? candidate : null;
    }

    /** Keeps the tag just read without its unread attributes. */
    private void keepTag(int lt) {
        if (inRegion()) return;
        if (tree != null) {
            drop(lt, tagEnd);
            tree.start(s, nameStart, nameEnd, readNames, readValues, readCount, selfClosing);
            return;
        }
        for (int k = 0; k < unreadCount; k += 2) {
            int from = unread[k];
            int to = unread[k + 1];
            drop(from, to);
            // a space keeps what follows apart: "<a/x=1>" must not become the self-closing "<a/>"
            if (!isSpace(s.charAt(from - 1))) {
                room(1);
                out[length++] = ' ';
            }
        }
    }

    private int foreignStartTag(int end) {
        if (inIntegrationPoint()) return -1;
        String name = lowerName();
        if (BREAKOUT.contains(name) || name.equals("font") && presentational || name.equals("script")
                || name.equals("foreignobject") || name.equals("annotation-xml")) {
            return -1;
        }
        if (!selfClosing) foreign.add(name);
        return end;
    }

    private int endTag(int lt) {
        int p = lt + 2;
        if (p >= n) return -1;
        char c = s.charAt(p);
        if (c == '>') return dropInTree(lt, p + 1);
        if (!isAlpha(c)) return dropInTree(lt, afterGt(p)); // a bogus comment
        if (!readTag(p)) return -1;
        if (!foreign.isEmpty()) {
            String name = lowerName();
            if (name.equals("p") || name.equals("br")) return -1;
            int at = foreign.lastIndexOf(name);
            if (at < 0) return -1; // an end tag that closes HTML around the SVG
            while (foreign.size() > at) foreign.remove(foreign.size() - 1);
            if (foreign.isEmpty() && !inNoscript) {
                drop(regionStart, tagEnd);
                regionStart = -1;
            }
        } else if (inNoscript && named("noscript")) {
            drop(regionStart, tagEnd);
            regionStart = -1;
            inNoscript = false;
        } else if (tree != null && !inRegion()) {
            drop(lt, tagEnd);
            tree.end(s, nameStart, nameEnd);
        }
        return tagEnd;
    }

    private boolean inIntegrationPoint() {
        return INTEGRATION.contains(foreign.get(foreign.size() - 1));
    }

    /** A JSON-LD script, or one whose type has a character reference the parser would decode first. */
    private boolean isJsonLd() {
        return type != null && (type.equalsIgnoreCase("application/ld+json") || type.indexOf('&') >= 0);
    }

    private boolean isCanonical() {
        return rel != null && (rel.toLowerCase(java.util.Locale.ROOT).contains("canonical") || rel.indexOf('&') >= 0);
    }

    /**
     * Reads a tag from its name at p to its closing {@code >}, attribute by attribute as the tokeniser does
     * (a quoted value may hold {@code >}); false when the page ends inside it.
     */
    private boolean readTag(int p) {
        int i = p;
        while (i < n && !endsName(s.charAt(i))) i++;
        nameStart = p;
        nameEnd = i;
        selfClosing = false;
        type = null;
        rel = null;
        presentational = false;
        unreadCount = 0;
        readCount = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '>') {
                tagEnd = i + 1;
                return true;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (c == '/') {
                selfClosing = i + 1 < n && s.charAt(i + 1) == '>';
                i++;
                continue;
            }
            int attrStart = i++; // the first character belongs to the name whatever it is, even '='
            while (i < n && !endsAttributeName(s.charAt(i))) i++;
            int attrEnd = i;
            while (i < n && isSpace(s.charAt(i))) i++;
            int valueStart = -1;
            int valueEnd = -1;
            if (i < n && s.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) return false;
                char q = s.charAt(i);
                if (q == '"' || q == '\'') {
                    int close = s.indexOf(q, i + 1);
                    if (close < 0) return false;
                    valueStart = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    valueStart = i;
                    while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') i++;
                    valueEnd = i;
                }
            } else {
                i = attrEnd; // no value: whitespace after the name stays
            }
            String read = readAttribute(attrStart, attrEnd);
            if (read != null && tree != null) {
                if (readCount == readNames.length) {
                    readNames = Arrays.copyOf(readNames, readCount * 2);
                    readValues = Arrays.copyOf(readValues, readCount * 4);
                }
                readNames[readCount] = read;
                readValues[2 * readCount] = valueStart;
                readValues[2 * readCount + 1] = valueEnd;
                readCount++;
            }
            if (read == null) {
                if (unreadCount == unread.length) unread = Arrays.copyOf(unread, unread.length * 2);
                unread[unreadCount++] = attrStart;
                unread[unreadCount++] = i;
            } else if (read.equals("type") && type == null) {
                type = valueStart < 0 ? "" : s.substring(valueStart, valueEnd);
            } else if (read.equals("rel") && rel == null) {
                rel = valueStart < 0 ? "" : s.substring(valueStart, valueEnd);
            } else if (read.equals("color") || read.equals("face") || read.equals("size")) {
                presentational = true;
            }
        }
        return false;
    }

    /** The listed name of a read attribute, or null when it is not read. */
    private String readAttribute(int from, int to) {
        int len = to - from;
        char first = lower(s.charAt(from));
        if (len >= 16 || first < 'a' || first > 'z') return null;
        String[] candidates = BY_LETTER_AND_LENGTH[(first - 'a') * 16 + len];
        if (candidates == null) return null;
        for (String r : candidates) if (matches(from, to, r)) return r;
        return null;
    }

    /** Where the end tag of a text-only element (style, title...) begins; -1 when it has none. */
    private int textEnd(int from, String name) {
        int m = name.length();
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) return -1;
            int k = lt + 2;
            if (k + m >= n) return -1;
            if (matches(k, k + m, name) && endsName(s.charAt(k + m))) return lt;
            i = k;
        }
    }

    private static final int DATA = 0;
    private static final int LESS_THAN = 1;
    private static final int ESCAPE_START = 2;
    private static final int ESCAPE_START_DASH = 3;
    private static final int ESCAPED = 4;
    private static final int ESCAPED_DASH = 5;
    private static final int ESCAPED_DASH_DASH = 6;
    private static final int ESCAPED_LESS_THAN = 7;
    private static final int DOUBLE = 8;
    private static final int DOUBLE_DASH = 9;
    private static final int DOUBLE_DASH_DASH = 10;
    private static final int DOUBLE_LESS_THAN = 11;

    /**
     * Where a script's end tag begins; -1 when it has none. Follows the tokeniser's script-data states,
     * so that {@code <!-- document.write("<script></script>") -->} does not end the script early.
     */
    private int scriptEnd(int from) {
        int state = DATA;
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            switch (state) {
                case DATA -> {
                    int lt = s.indexOf('<', i);
                    if (lt < 0) return -1;
                    i = lt + 1;
                    state = LESS_THAN;
                }
                case LESS_THAN -> {
                    if (c == '/') {
                        int k = alphaRun(i + 1);
                        if (k >= n) return -1;
                        if (k > i + 1 && isScript(i + 1, k) && endsName(s.charAt(k))) return i - 1;
                        i = k > i + 1 ? k : i + 1;
                        state = DATA;
                    } else if (c == '!') {
                        i++;
                        state = ESCAPE_START;
                    } else {
                        state = DATA;
                    }
                }
                case ESCAPE_START -> {
                    if (c == '-') i++;
                    state = c == '-' ? ESCAPE_START_DASH : DATA;
                }
                case ESCAPE_START_DASH -> {
                    if (c == '-') i++;
                    state = c == '-' ? ESCAPED_DASH_DASH : DATA;
                }
                case ESCAPED, ESCAPED_DASH, ESCAPED_DASH_DASH -> {
                    i++;
                    if (c == '-') state = state == ESCAPED ? ESCAPED_DASH : ESCAPED_DASH_DASH;
                    else if (c == '<') state = ESCAPED_LESS_THAN;
                    else if (c == '>' && state == ESCAPED_DASH_DASH) state = DATA;
                    else state = ESCAPED;
                }
                case ESCAPED_LESS_THAN -> {
                    state = ESCAPED;
                    if (c == '/') {
                        int k = alphaRun(i + 1);
                        if (k >= n) return -1;
                        if (k > i + 1 && isScript(i + 1, k) && endsName(s.charAt(k))) return i - 1;
                        i = k > i + 1 ? k : i + 1;
                    } else if (isAlpha(c)) {
                        int k = alphaRun(i);
                        if (k >= n) return -1;
                        if (isScript(i, k) && endsName(s.charAt(k))) state = DOUBLE;
                        i = k;
                    }
                }
                case DOUBLE, DOUBLE_DASH, DOUBLE_DASH_DASH -> {
                    i++;
                    if (c == '-') state = state == DOUBLE ? DOUBLE_DASH : DOUBLE_DASH_DASH;
                    else if (c == '<') state = DOUBLE_LESS_THAN;
                    else if (c == '>' && state == DOUBLE_DASH_DASH) state = DATA;
                    else state = DOUBLE;
                }
                case DOUBLE_LESS_THAN -> {
                    state = DOUBLE;
                    if (c == '/') {
                        int k = alphaRun(i + 1);
                        if (k >= n) return -1;
                        if (k > i + 1 && isScript(i + 1, k) && endsName(s.charAt(k))) state = ESCAPED;
                        i = k;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return -1;
    }

    private boolean isScript(int from, int to) {
        return matches(from, to, "script");
    }

    private int alphaRun(int p) {
        while (p < n && isAlpha(s.charAt(p))) p++;
        return p;
    }

    private int afterGt(int p) {
        int gt = s.indexOf('>', p);
        return gt < 0 ? -1 : gt + 1;
    }

    private boolean named(String lower) {
        return matches(nameStart, nameEnd, lower);
    }

    private String lowerName() {
        char[] c = new char[nameEnd - nameStart];
        for (int k = 0; k < c.length; k++) c[k] = lower(s.charAt(nameStart + k));
        return new String(c);
    }

    /** ASCII case-insensitive, as the tokeniser compares tag names (no Unicode case folding). */
    private boolean matches(int from, int to, String lower) {
        int len = lower.length();
        if (to - from != len) return false;
        for (int k = 0; k < len; k++) if (lower(s.charAt(from + k)) != lower.charAt(k)) return false;
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean endsAttributeName(char c) {
        return c <= '>' && (c == '=' || endsName(c));
    }

    private static boolean endsName(char c) {
        return c <= '>' && (c == '/' || c == '>' || isSpace(c));
    }
}
