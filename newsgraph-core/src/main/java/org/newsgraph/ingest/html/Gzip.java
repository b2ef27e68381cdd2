package org.newsgraph.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsgraph.ingest.InputProblem;

/**
 * Gzip with a cap on expansion: a member that inflates past the cap is an {@link InputProblem}, never an
 * out-of-memory error. A truncated stream yields what was inflated before the damage.
 */
public final class Gzip {

    /** The default cap on inflated size: 64 MB. */
    public static final int DEFAULT_CAP = 64 << 20;

    private Gzip() {}

    /** The inflated bytes and, when the stream was cut short or corrupt, why (else null). */
    public record Inflated(byte[] bytes, String damage) {}

    public static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Inflates the whole stream; more than {@code cap} bytes is a problem. */
    public static Inflated inflate(byte[] gz, int cap) throws InputProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, Math.max(1024, gz.length * 4)));
        String damage = null;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 65536)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > cap) {
                    throw new InputProblem("gzip expands past " + (cap >> 20) + " MB (stopped reading it)");
                }
                out.write(buf, 0, n);
            }
        } catch (EOFException e) {
            damage = "gzip stream truncated after " + out.size() + " inflated bytes";
        } catch (ZipException e) {
            damage = "corrupt gzip after " + out.size() + " inflated bytes (" + e.getMessage() + ")";
        } catch (IOException e) {
            damage = "unreadable gzip: " + e.getMessage();
        }
        return new Inflated(out.toByteArray(), damage);
    }

    /** At most the first {@code n} inflated bytes, for sniffing; whatever could be inflated, never an error. */
    public static byte[] head(byte[] gz, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 8192)) {
            byte[] buf = new byte[Math.min(n, 8192)];
            int r;
            while (out.size() < n && (r = in.read(buf, 0, Math.min(buf.length, n - out.size()))) > 0) {
                out.write(buf, 0, r);
            }
        } catch (IOException e) {
            // a damaged stream sniffs as what it gave
        }
        return out.toByteArray();
    }
}
