package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a text's bytes are encoded, told from its first bytes: a byte-order mark; else UTF-16 without one when every
 * other byte is NUL (Latin-script text in UTF-16 has a NUL beside each ASCII letter, space and digit, on the even
 * bytes in big-endian and the odd ones in little-endian); else UTF-8. Other NUL bytes mean binary content.
 *
 * @param bom bytes of byte-order mark to skip
 */
public record TextEncoding(Charset charset, int bom) {

    /** Bytes looked at. */
    static final int SNIFF = 8192;

    public static TextEncoding of(byte[] head) throws InputProblem {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return new TextEncoding(StandardCharsets.UTF_8, 3);
        if (startsWith(head, 0xFE, 0xFF)) return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        if (startsWith(head, 0xFF, 0xFE)) return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) return new TextEncoding(utf16, 0);
        int n = Math.min(head.length, SNIFF);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) throw new InputProblem("binary content, not text (NUL bytes in the first 8 KB)");
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0);
    }

    /**
     * UTF-16 when at least a fifth of the byte pairs have a NUL on one side and few on the other: text of any
     * Latin script has far more spaces and ASCII letters than that, and binary formats are rarely so regular.
     */
    public static Charset utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length, SNIFF) / 2;
        if (pairs < 2) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0) evenNul++;
            if (head[2 * i + 1] == 0) oddNul++;
        }
        // a few NULs on the other side are characters such as U+0100, whose other byte is NUL
        if (evenNul * 5 >= pairs && oddNul * 50 <= pairs) return StandardCharsets.UTF_16BE;
        if (oddNul * 5 >= pairs && evenNul * 50 <= pairs) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
