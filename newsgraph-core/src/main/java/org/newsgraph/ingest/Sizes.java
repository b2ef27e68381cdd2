package org.newsgraph.ingest;

import java.util.Locale;

/** Byte and character counts as a person reads them in a one-line message. */
public final class Sizes {

    private Sizes() {}

    public static String mb(long bytes) {
        if (bytes < 1 << 20) return String.format(Locale.ROOT, "%,d bytes", bytes);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }

    public static String chars(long n) {
        return String.format(Locale.ROOT, "%,d characters", n);
    }
}
