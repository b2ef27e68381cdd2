package org.newsgraph.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML bytes to text. Order: a byte-order mark; UTF-16 without one (NUL beside every ASCII character); bytes that are valid UTF-8 (a declaration that says
 * otherwise is wrong far more often than valid UTF-8 is an accident); the charset declared in a
 * {@code <meta>} or XML declaration when Java knows it; else windows-1252, which decodes every byte.
 * A wrong or unknown declaration therefore never fails: it only loses to the evidence.
 */
public final class HtmlDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {}

    /** The decoded text (BOM removed) and the charset it was read as. */
    public record Decoded(String text, Charset charset) {}

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return lenient(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        Charset utf16 = org.newsgraph.ingest.TextEncoding.utf16WithoutBom(bytes);
        if (utf16 != null) return lenient(bytes, 0, utf16);
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
        Charset declared = declared(bytes);
        if (declared != null && !isUnicode(declared)) return lenient(bytes, 0, declared);
        return lenient(bytes, 0, WINDOWS_1252);
    }

    /** The charset named in the first 4 KB, when Java supports it; null otherwise. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                // browsers read the common Latin-1 labels as windows-1252 (WHATWG Encoding)
                if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) return WINDOWS_1252;
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean isUnicode(Charset c) {
        return c.name().startsWith("UTF-");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenient(byte[] bytes, int skip, Charset charset) {
        try {
            String s = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(s, charset);
        } catch (CharacterCodingException | RuntimeException e) {
            // a decoder that cannot even replace: windows-1252 maps every byte
            return new Decoded(new String(bytes, skip, bytes.length - skip, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
