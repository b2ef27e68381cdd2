package org.newsgraph.segment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Block;

/**
 * A text in which no article boundary is found is one article, when it reads like one: a single story
 * saved as plain text (a corpus file, a copied page) has no dump furniture to vouch for its headline.
 * A front matter of "Key: value" lines ({@link FrontMatter}) gives headline, link, date and authors. Else
 * its first line is the headline when it stands alone and is shaped like one. Many sites and wires print
 * headlines with a final period ("Council approves tram line."), so a short line ending in one still counts
 * when it is title-cased or no longer than {@link #SHORT_WORDS} words: a lede is a full sentence, longer than
 * that. Otherwise the article has no headline. It must
 * hold at least one sentence end (a word followed by a period, "!" or "?"), so that a list of words or a
 * runaway line of bytes is still refused.
 */
final class WholeText {

    /** Ledes run longer: the median news lede has 25-30 words. */
    static final int SHORT_WORDS = 16;

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("\\p{L}[.!?\u2026][\"'\u201d\u2019)\\]]*(?:\\s|$)");

    private WholeText() {}

    static Optional<DumpArticle> read(List<Line> lines) {
        int first = ArticleHeader.nextNonBlank(lines, 0, lines.size());
        if (first >= lines.size()) return Optional.empty();
        FrontMatter front = FrontMatter.read(lines, first);
        if (front != null) return withFrontMatter(lines, first, front);
        String top = lines.get(first).text();
        boolean headed = headline(lines, first);
        ArticleBody.Parts body = ArticleBody.read(lines, headed ? first + 1 : first, lines.size(),
                headed ? top : "", Set.of());
        if (body.blocks().stream().noneMatch(WholeText::sentence)) return Optional.empty();
        return Optional.of(PrintedDate.onto(new DumpArticle(lines.get(first).offset(), headed ? top : "", body.images(),
                body.blocks()), body.dates()));
    }

    private static Optional<DumpArticle> withFrontMatter(List<Line> lines, int first, FrontMatter front) {
        String headline = front.headline() == null ? "" : front.headline();
        ArticleBody.Parts body = ArticleBody.read(lines, front.bodyStart(), lines.size(), headline, Set.of());
        if (body.blocks().stream().noneMatch(WholeText::sentence)) return Optional.empty();
        return Optional.of(PrintedDate.onto(new DumpArticle(lines.get(first).offset(), headline, body.images(),
                body.blocks(), front.url(), front.date(), front.authors()), body.dates()));
    }

    private static boolean headline(List<Line> lines, int at) {
        String t = lines.get(at).text();
        boolean alone = at + 1 >= lines.size() || lines.get(at + 1).blank();
        if (!alone || PhotoCaption.vouchesForItself(t)) return false;
        if (HeadlineShape.is(t)) return HeadlineShape.hasLowerCase(t);
        if (!t.endsWith(".") || !HeadlineShape.is(t.substring(0, t.length() - 1))) return false;
        return HeadlineShape.titleCased(t) || t.split("\\s+").length <= SHORT_WORDS;
    }

    /** A paragraph with a sentence end in it: a period, "!" or "?" (closing quotes allowed) before a space or its end. */
    private static boolean sentence(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return false;
        return SENTENCE_END.matcher(b.text()).find();
    }
}
