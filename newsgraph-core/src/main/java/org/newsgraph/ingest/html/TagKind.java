package org.newsgraph.ingest.html;

import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * What a tag name is to {@link PageTree}'s rules (void, closes a paragraph, special, bounds a scope...), with
 * its jsoup tag. The names the rules know sit in a table looked up by the characters of the page itself, so
 * that a tag's name becomes a string only when it is none of them.
 */
final class TagKind {

    // what a tag name is to the tree rules, as bits of flags
    static final int VOID = 1;
    /** Closes an open paragraph (in button scope). */
    static final int CLOSES_P = 2;
    /** The standard's "special" elements: an end tag for something else does not close past one. */
    static final int SPECIAL = 4;
    /** Bounds the default scope. */
    static final int SCOPE = 8;
    /** Belongs in the head when it comes before the body. */
    static final int HEAD = 16;
    static final int TABLE_PART = 32;
    /** Text-only: its content comes as one piece, as data (script...) or as text (title, textarea). */
    static final int CONTENT = 64;
    static final int DATA = 128;
    static final int HEADING = 256;
    /** One of {@link PageSurvey#NEVER_TEXT}. */
    static final int NEVER_TEXT = 512;

    private static final TagKind[] KINDS = new TagKind[1024];

    static {
        String[][] groups = {
            {"VOID", "area base basefont bgsound br col embed frame hr img image input keygen link meta param source track wbr"},
            {"CLOSES_P", "address article aside blockquote center details dialog dir div dl fieldset figcaption figure"
                + " footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form"
                + " li dd dt hr xmp"},
            {"SPECIAL", "address applet area article aside base basefont bgsound blockquote body br button caption center"
                + " col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1"
                + " h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu"
                + " meta nav noembed noframes noscript object ol p param plaintext pre script search section select"
                + " source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp"},
            {"SCOPE", "applet caption html table td th marquee object template"},
            {"HEAD", "base basefont bgsound link meta title script style"},
            {"TABLE_PART", "caption colgroup col tbody thead tfoot tr td th"},
            {"CONTENT", "title script style textarea xmp iframe noembed"},
            {"DATA", "script style xmp iframe noembed"},
            {"HEADING", "h1 h2 h3 h4 h5 h6"},
            // common names without any of the above, in the table so that they too are found without a string
            {"", "a abbr audio b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr q s samp small"
                + " span strike strong sub sup time tt u var picture video canvas figure option optgroup select button"
                + " amp-img ruby rt rp wbr address map svg math noscript template dialog html head body"},
        };
        java.util.Map<String, Integer> flags = new java.util.LinkedHashMap<>();
        for (String[] g : groups) {
            int bit = switch (g[0]) {
                case "VOID" -> VOID;
                case "CLOSES_P" -> CLOSES_P;
                case "SPECIAL" -> SPECIAL;
                case "SCOPE" -> SCOPE;
                case "HEAD" -> HEAD;
                case "TABLE_PART" -> TABLE_PART;
                case "CONTENT" -> CONTENT;
                case "DATA" -> DATA;
                case "HEADING" -> HEADING;
                default -> 0;
            };
            for (String name : g[1].split(" ")) flags.merge(name, bit, (a, b) -> a | b);
        }
        for (String name : PageSurvey.NEVER_TEXT) flags.merge(name, NEVER_TEXT, (a, b) -> a | b);
        for (var en : flags.entrySet()) {
            String name = en.getKey();
            int h = hash(name, 0, name.length());
            int i = slot(h);
            while (KINDS[i] != null) i = (i + 1) & (KINDS.length - 1);
            KINDS[i] = new TagKind(name, htmlTag(name), en.getValue(), h);
        }
    }

    final String name;
    final Tag tag;
    private final int flags;
    private final int hash;

    private TagKind(String name, Tag tag, int flags, int hash) {
        this.name = name;
        this.tag = tag;
        this.flags = flags;
        this.hash = hash;
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /**
     * What the tag named {@code s[from, to)} is, case ignored, looked up without making a string of the name when
     * it is one the rules know; any other name gets a kind without flags, kept in {@code unknown} (one per page).
     */
    static TagKind of(String s, int from, int to, java.util.Map<String, TagKind> unknown) {
        int h = hash(s, from, to);
        for (int i = slot(h); KINDS[i] != null; i = (i + 1) & (KINDS.length - 1)) {
            TagKind k = KINDS[i];
            if (k.hash == h && sameName(k.name, s, from, to)) return k;
        }
        char[] c = new char[to - from];
        for (int k = 0; k < c.length; k++) c[k] = lower(s.charAt(from + k));
        // an unknown name is none of the kinds above, nor never-text: every name the sets hold is in the table
        return unknown.computeIfAbsent(new String(c), n -> new TagKind(n, htmlTag(n), 0, h));
    }

    /** The kind of a name the rules know. */
    static TagKind known(String name) {
        int h = hash(name, 0, name.length());
        for (int i = slot(h); KINDS[i] != null; i = (i + 1) & (KINDS.length - 1)) {
            if (KINDS[i].name.equals(name)) return KINDS[i];
        }
        throw new IllegalArgumentException(name);
    }

    private static Tag htmlTag(String name) {
        Tag known = TagSet.Html().get(name, Parser.NamespaceHtml);
        return known != null ? known : new Tag(name, Parser.NamespaceHtml);
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + lower(s.charAt(i));
        return h;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 16)) & (KINDS.length - 1);
    }

    private static boolean sameName(String name, String s, int from, int to) {
        if (name.length() != to - from) return false;
        for (int k = 0; k < name.length(); k++) if (name.charAt(k) != lower(s.charAt(from + k))) return false;
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
