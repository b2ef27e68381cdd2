package org.newsgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A text input read line by line in bounded memory: decoded strictly as {@link TextEncoding} tells, line endings
 * made {@code \n} as {@link TextDecoder} makes them, so that offsets are those of the decoded text. A line longer
 * than the cap is not kept: its number, offset and length come back without its text, and reading goes on after it.
 */
public final class TextLines implements Closeable {

    /**
     * One line, without its {@code \n}.
     *
     * @param number 1 for the first line
     * @param offset character offset of its start in the decoded text
     * @param text   the line, or null when it was longer than the cap
     * @param length its length in characters
     */
    public record Line(long number, long offset, String text, long length) {
        public boolean overCap() {
            return text == null;
        }
    }

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charsetName;
    private final int cap;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private final StringBuilder line = new StringBuilder();
    private long base;               // the input's byte offset of bytes.array()[0]
    private long lineLength;
    private long offset;             // chars of the decoded text before the current line
    private long number;
    private boolean pendingCr;
    private boolean endOfInput;
    private boolean finished;
    private boolean first = true;

    private TextLines(InputStream in, TextEncoding encoding, int cap) {
        this.in = in;
        this.decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.charsetName = encoding.charset().name();
        this.cap = cap;
        this.base = encoding.bom();
        chars.flip();
        bytes.flip();
    }

    /** Lines of the input, its encoding told by its head; lines longer than {@code cap} characters are not kept. */
    public static TextLines open(InputFile file, int cap) throws InputProblem, IOException {
        TextEncoding encoding = TextEncoding.of(file.head(TextEncoding.SNIFF));
        InputStream in = file.open();
        try {
            in.skipNBytes(encoding.bom());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new TextLines(in, encoding, cap);
    }

    /** The next line, or null after the last (a text ending in a newline ends with an empty line, as split does). */
    public Line next() throws InputProblem, IOException {
        if (finished) return null;
        while (true) {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        offset = 0;
                        continue; // a second mark after the one the encoding took
                    }
                }
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') continue; // the \n of a \r\n, already counted
                }
                if (c == '\r') {
                    pendingCr = true;
                    return endLine();
                }
                if (c == '\n') return endLine();
                lineLength++;
                if (lineLength <= cap) line.append(c);
                else if (line.length() > 0) line.setLength(0);
            }
            if (!fill()) {
                finished = true;
                return endLine();
            }
        }
    }

    private Line endLine() {
        number++;
        Line l = new Line(number, offset, lineLength > cap ? null : line.toString(), lineLength);
        offset += lineLength + 1;
        line.setLength(0);
        if (line.capacity() > CHUNK * 4) line.trimToSize();
        lineLength = 0;
        return l;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws InputProblem, IOException {
        chars.clear();
        try {
            while (true) {
                CoderResult r = decoder.decode(bytes, chars, endOfInput);
                if (r.isError()) throw invalid();
                if (chars.position() > 0) return true;
                if (endOfInput) {
                    if (decoder.flush(chars).isError()) throw invalid();
                    return chars.position() > 0;
                }
                refill();
            }
        } finally {
            chars.flip();
        }
    }

    /** Keeps the undecoded bytes and reads more after them; {@code base} follows the bytes dropped. */
    private void refill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) endOfInput = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
    }

    private InputProblem invalid() {
        return new InputProblem("invalid " + charsetName + " at byte " + (base + bytes.position()));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
