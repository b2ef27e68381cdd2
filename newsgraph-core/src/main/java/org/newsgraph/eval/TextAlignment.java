package org.newsgraph.eval;

/**
 * Offsets between a text as a reader laid it out and the benchmark's original, when the two differ only in
 * whitespace (readers join lines and trim paragraphs); the same walk as the shared {@code lgl_to_jsonl.py}.
 */
final class TextAlignment {

    private TextAlignment() {}

    /** For each character of {@code out}, its offset in {@code orig}; null when the texts differ in more than whitespace. */
    static int[] map(String out, String orig) {
        int[] m = new int[out.length()];
        int j = 0;
        for (int i = 0; i < out.length(); i++) {
            char ch = out.charAt(i);
            if (Character.isWhitespace(ch)) {
                m[i] = orig.isEmpty() ? 0 : Math.min(j, orig.length() - 1);
                continue;
            }
            while (j < orig.length() && orig.charAt(j) != ch) {
                if (!Character.isWhitespace(orig.charAt(j))) return null;
                j++;
            }
            if (j >= orig.length()) return null;
            m[i] = j++;
        }
        return m;
    }

    /**
     * For each offset of the original, the offset in {@code out} of the first character mapped at or after it
     * (whitespace the reader dropped goes to what follows it); {@code origLength} maps past the end.
     */
    static int[] invert(int[] toOrig, int origLength) {
        int[] inv = new int[origLength + 1];
        int i = toOrig.length;
        int k = origLength;
        inv[k] = toOrig.length;
        for (int o = origLength - 1; o >= 0; o--) {
            while (i > 0 && toOrig[i - 1] >= o) i--;
            inv[o] = i < toOrig.length ? i : Math.max(0, toOrig.length - 1);
        }
        return inv;
    }
}
