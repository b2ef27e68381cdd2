package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw bytes of one input file and the name the user gave it. */
public record InputFile(String name, byte[] bytes) {

    public static InputFile read(Path path) throws InputProblem {
        try {
            return new InputFile(path.toString(), Files.readAllBytes(path));
        } catch (OutOfMemoryError e) {
            throw new InputProblem("too large to read into memory");
        } catch (IOException e) {
            throw new InputProblem("cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** The first bytes, for sniffing a format. */
    public byte[] head(int n) {
        return java.util.Arrays.copyOf(bytes, Math.min(n, bytes.length));
    }
}
