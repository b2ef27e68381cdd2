package org.newsgraph.ingest.html;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Decodes the character references of text and attribute values as jsoup's tokeniser does. The common forms
 * ({@code &amp;}, {@code &#8217;}, {@code &#x2014;}, any known name ending in {@code ;}) are decoded here, and an
 * ampersand that starts no reference (a link's {@code &b=2}) is kept; a text holding anything else (a legacy
 * name without {@code ;}, a code point the standard replaces) is handed whole to jsoup, whose rules for those
 * are many. jsoup's own entry point builds a parser per call,
 * which on a news page cost more than building the page's tree.
 */
final class CharacterReferences {

    private CharacterReferences() {}

    /** The text of {@code s[from, to)} with its references decoded. */
    static String decode(String s, int from, int to, boolean inAttribute) {
        int amp = indexOf(s, '&', from, to);
        if (amp < 0) return s.substring(from, to);
        StringBuilder out = new StringBuilder(to - from);
        int[] codepoints = new int[2];
        int i = from;
        while (amp >= 0) {
            out.append(s, i, amp);
            int end = reference(s, amp + 1, to, out, codepoints);
            if (end < 0) return Parser.unescapeEntities(s.substring(from, to), inAttribute);
            i = end;
            amp = indexOf(s, '&', i, to);
        }
        out.append(s, i, to);
        return out.toString();
    }

    /** Appends the reference starting after '&' at p; returns where it ends, or -1 when it is not a common form. */
    private static int reference(String s, int p, int to, StringBuilder out, int[] codepoints) {
        if (p >= to) return -1;
        if (s.charAt(p) == '#') {
            int i = p + 1;
            boolean hex = i < to && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) i++;
            int start = i;
            long value = 0;
            while (i < to && i - start < 8) {
                int d = Character.digit(s.charAt(i), hex ? 16 : 10);
                if (d < 0) break;
                value = value * (hex ? 16 : 10) + d;
                i++;
            }
            if (i == start || i >= to || s.charAt(i) != ';') return -1;
            boolean plain = value >= 1 && value < 0x80 || value >= 0xA0 && value < 0xD800
                    || value >= 0xE000 && value <= 0x10FFFF;
            if (!plain) return -1;
            out.appendCodePoint((int) value);
            return i + 1;
        }
        // a name as the tokeniser reads it: letters, then digits
        int i = p;
        while (i < to && isAsciiLetter(s.charAt(i))) i++;
        if (i == p) {
            if (Character.isLetter(s.charAt(p))) return -1;
            out.append('&'); // "& ", "&=", "&?": no reference
            return p;
        }
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i < to && s.charAt(i) > 127 && Character.isLetter(s.charAt(i))) return -1;
        String name = s.substring(p, i);
        if (i < to && s.charAt(i) == ';' && Entities.isNamedEntity(name)) {
            int n = Entities.codepointsForName(name, codepoints);
            if (n == 0) return -1;
            for (int k = 0; k < n; k++) out.appendCodePoint(codepoints[k]);
            return i + 1;
        }
        // no legacy name (the ones that work without ';') starts it: "&b=2", "&utm_source" in a link are text
        if (Entities.findPrefix(name).isEmpty()) {
            out.append('&');
            return p;
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) == c) return i;
        return -1;
    }
}
