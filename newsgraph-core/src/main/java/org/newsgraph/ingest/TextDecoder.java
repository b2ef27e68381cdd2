package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM; Windows and old Mac line endings become \n.
 * Invalid bytes are an error naming their position, never silently replaced.
 */
public final class TextDecoder {

    private TextDecoder() {}

    public static String decode(byte[] bytes) throws InputProblem {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return normaliseNewlines(strict(bytes, 3, StandardCharsets.UTF_8));
        if (startsWith(bytes, 0xFE, 0xFF)) return normaliseNewlines(strict(bytes, 2, StandardCharsets.UTF_16BE));
        if (startsWith(bytes, 0xFF, 0xFE)) return normaliseNewlines(strict(bytes, 2, StandardCharsets.UTF_16LE));
        if (looksBinary(bytes)) throw new InputProblem("binary content, not text (NUL bytes in the first 8 KB)");
        return normaliseNewlines(strict(bytes, 0, StandardCharsets.UTF_8));
    }

    /** NUL bytes never occur in text encoded as UTF-8; UTF-16 without a BOM is not accepted. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static String strict(byte[] bytes, int skip, java.nio.charset.Charset charset) throws InputProblem {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new InputProblem("invalid " + charset.name() + " at byte " + (skip + in.position()));
        } catch (CharacterCodingException e) {
            throw new InputProblem("cannot decode as " + charset.name() + " at byte " + (skip + in.position()));
        }
    }

    static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
