package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with or without BOM ({@link TextEncoding}); Windows and old Mac line endings become \n.
 * Invalid bytes are an error naming their position, never silently replaced.
 */
public final class TextDecoder {

    private TextDecoder() {}

    public static String decode(byte[] bytes) throws InputProblem {
        TextEncoding e = TextEncoding.of(bytes);
        return normaliseNewlines(strict(bytes, e.bom(), e.charset()));
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

}
