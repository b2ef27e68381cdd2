package org.newsgraph.segment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Block;

/**
 * A text in which no article boundary is found is one article, when it reads like one: a single story
 * saved as plain text (a corpus file, a copied page) has no dump furniture to vouch for its headline.
 * Its first line is the headline when it stands alone and is shaped like one. Many sites and wires print
 * headlines with a final period ("Council approves tram line."), so a short line ending in one still counts
 * when it is title-cased or no longer than {@link #SHORT_WORDS} words: a lede is a full sentence, longer than
 * that. Otherwise the article has no headline. It must
 * hold at least one sentence: a paragraph ending in sentence punctuation, so that a list of words or a
 * runaway line of bytes is still refused.
 */
final class WholeText {

    /** Ledes run longer: the median news lede has 25-30 words. */
    static final int SHORT_WORDS = 16;

    private WholeText() {}

    static Optional<DumpArticle> read(List<Line> lines) {
        int first = ArticleHeader.nextNonBlank(lines, 0, lines.size());
        if (first >= lines.size()) return Optional.empty();
        String top = lines.get(first).text();
        boolean headed = headline(lines, first);
        ArticleBody.Parts body = ArticleBody.read(lines, headed ? first + 1 : first, lines.size(),
                headed ? top : "", Set.of());
        if (body.blocks().stream().noneMatch(WholeText::sentence)) return Optional.empty();
        return Optional.of(new DumpArticle(lines.get(first).offset(), headed ? top : "", body.images(),
                body.blocks()));
    }

    private static boolean headline(List<Line> lines, int at) {
        String t = lines.get(at).text();
        boolean alone = at + 1 >= lines.size() || lines.get(at + 1).blank();
        if (!alone || PhotoCaption.vouchesForItself(t)) return false;
        if (HeadlineShape.is(t)) return HeadlineShape.hasLowerCase(t);
        if (!t.endsWith(".") || !HeadlineShape.is(t.substring(0, t.length() - 1))) return false;
        return HeadlineShape.titleCased(t) || t.split("\\s+").length <= SHORT_WORDS;
    }

    private static boolean sentence(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return false;
        String t = b.text().strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if ("\"'\u201d\u2019)]".indexOf(c) >= 0) continue;
            return c == '.' || c == '!' || c == '?' || c == '\u2026';
        }
        return false;
    }
}
