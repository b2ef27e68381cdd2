package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One input and the name the user gave it: a file on disk, read as a stream so that its size never decides the
 * memory a run needs, or bytes already in memory (tests, generated text). Readers sniff the {@link #head}; the
 * streaming readers {@link #open} it; a reader that needs the whole input asks for it with a cap
 * ({@link #bytes(long)}).
 */
public final class InputFile {

    /** Enough to sniff any format, and to inflate a gzip member's first bytes. */
    static final int HEAD = 64 * 1024;

    private final String name;
    private final Path path;
    private final byte[] bytes;
    private final long size;
    private byte[] head;

    /** An input held in memory. */
    public InputFile(String name, byte[] bytes) {
        this.name = name;
        this.path = null;
        this.bytes = bytes;
        this.size = bytes.length;
    }

    private InputFile(String name, Path path, long size) {
        this.name = name;
        this.path = path;
        this.bytes = null;
        this.size = size;
    }

    /** The file, to be read as a stream; nothing but its size is read yet. */
    public static InputFile of(Path path) throws InputProblem {
        try {
            if (!Files.exists(path)) throw new InputProblem("no such file or folder");
            if (Files.isDirectory(path)) throw new InputProblem("a folder, not a file");
            if (!Files.isReadable(path)) throw new InputProblem("not readable (permission denied)");
            return new InputFile(path.toString(), path, Files.size(path));
        } catch (IOException e) {
            throw new InputProblem("cannot read: " + IoReason.of(e));
        }
    }

    /** Same as {@link #of}: kept for the callers that read one file. */
    public static InputFile read(Path path) throws InputProblem {
        return of(path);
    }

    public String name() {
        return name;
    }

    /** Bytes in the input. */
    public long size() {
        return size;
    }

    /** The whole input as a stream, from its first byte. */
    public InputStream open() throws IOException {
        return path == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /** The first bytes, at most {@code n} (up to {@link #HEAD} of a file), for sniffing a format. */
    public byte[] head(int n) {
        if (bytes != null) return Arrays.copyOf(bytes, (int) Math.min(n, bytes.length));
        if (head == null) {
            try (InputStream in = open()) {
                head = in.readNBytes(HEAD);
            } catch (IOException e) {
                head = new byte[0];
            }
        }
        return Arrays.copyOf(head, Math.min(n, head.length));
    }

    /**
     * The whole input, for readers that need it at once (one page, one feed); an input larger than {@code cap}
     * is a problem, never an out-of-memory error.
     */
    public byte[] bytes(long cap, String kind) throws InputProblem {
        if (size > cap) throw new InputProblem(Sizes.mb(size) + ", over the " + Sizes.mb(cap) + " cap for one " + kind);
        if (bytes != null) return bytes;
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputProblem("cannot read: " + IoReason.of(e));
        }
    }

    /** The whole input; for inputs known to be small (tests, benchmarks). */
    public byte[] bytes() {
        if (bytes != null) return bytes;
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
