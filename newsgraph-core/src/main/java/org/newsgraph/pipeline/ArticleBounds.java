package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;

/**
 * What the NLP stage may be given, checked before it runs: its cost grows with an article's length and, in the
 * tagger and the entity recogniser, with a sentence's, so one runaway input could hold a thread for hours. A
 * paragraph with a run of more than {@code maxSentence} characters without a sentence end ({@code .}, {@code !},
 * {@code ?} or an ellipsis before a space) is left out; an article longer than {@code maxChars} keeps its first
 * paragraphs up to that length. What was cut is said in one line; an article left with nothing is skipped.
 *
 * @param maxChars    characters of body text in one article
 * @param maxSentence characters between two sentence ends
 */
public record ArticleBounds(int maxChars, int maxSentence) {

    /** The longest news features run to some 20,000 words, about 130,000 characters. */
    public static final ArticleBounds STANDARD = new ArticleBounds(200_000, 5_000);

    /** No bound: for benchmarks that measure the stages alone. */
    public static final ArticleBounds NONE = new ArticleBounds(Integer.MAX_VALUE, Integer.MAX_VALUE);

    /**
     * The article as the stages may see it.
     *
     * @param article the article, cut if it had to be; null when nothing of it could be kept
     * @param note    what was cut and why, in one line; null when nothing was
     */
    public record Checked(Article article, String note) {}

    public Checked check(Article a) {
        if (this.equals(NONE)) return new Checked(a, null);
        List<Block> kept = new ArrayList<>(a.blocks().size());
        int runOn = 0;
        int longestRun = 0;
        int length = 0;
        int cutAt = -1;
        for (Block b : a.blocks()) {
            int run = longestRun(b.text());
            if (run > maxSentence) {
                runOn++;
                longestRun = Math.max(longestRun, run);
                continue;
            }
            int added = (kept.isEmpty() ? 0 : 2) + b.text().length();
            if (length + added > maxChars) {
                cutAt = length;
                break;
            }
            length += added;
            kept.add(new Block(b.kind(), b.text(), -1, -1));
        }
        if (runOn == 0 && cutAt < 0) return new Checked(a, null);
        String where = "article at offset " + a.source().offset()
                + (a.headline() == null || a.headline().isBlank() ? "" : " (" + clip(a.headline()) + ")");
        List<String> what = new ArrayList<>();
        if (runOn > 0) {
            what.add(String.format(Locale.ROOT, "%d %s with %,d characters and no sentence end left out (cap %,d)",
                    runOn, runOn == 1 ? "paragraph" : "paragraphs", longestRun, maxSentence));
        }
        if (cutAt >= 0) {
            what.add(String.format(Locale.ROOT, "%,d characters of body cut to the first %,d (cap %,d)",
                    a.text().length(), cutAt, maxChars));
        }
        if (kept.isEmpty()) return new Checked(null, where + ": skipped, " + String.join("; ", what));
        Article cut = Article.assemble(a.source(), a.headline(), a.published(), a.images(), kept, a.metadata());
        return new Checked(cut, where + ": " + String.join("; ", what));
    }

    /** The longest stretch of the text between two sentence ends (or its ends). */
    static int longestRun(String text) {
        int longest = 0;
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\n')
                    && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"'
                    || text.charAt(i + 1) == '\u201d');
            if (end) {
                longest = Math.max(longest, i + 1 - from);
                from = i + 1;
            }
        }
        return Math.max(longest, n - from);
    }

    private static String clip(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
