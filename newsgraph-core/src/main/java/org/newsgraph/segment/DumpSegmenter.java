package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Image;

/**
 * Splits a scrape dump into its articles and cleans each: {@link ArticleBoundary} finds where
 * articles start, {@link ArticleHeader} reads the headline's furniture (repetition, captions,
 * marker), {@link ArticleBody} keeps the subheads and paragraphs. Every step looks a bounded
 * number of lines ahead, so the whole split is linear in the dump's length.
 */
public final class DumpSegmenter {

    private DumpSegmenter() {}

    public static List<DumpArticle> split(String text) {
        List<Line> lines = Line.of(text);
        // A story saved with a header of "Title:", "URL:" lines is one story, whatever follows.
        if (FrontMatter.read(lines, ArticleHeader.nextNonBlank(lines, 0, lines.size())) != null) {
            return WholeText.read(lines).map(List::of).orElse(List.of());
        }
        List<Integer> starts = candidates(lines);
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            if (k == 0 && read(lines, start, end) == null && end < lines.size() && deckBelow(lines, start, end)) {
                // A headline with its deck right under it: the deck opens this story, it starts none of its own.
                starts.remove(k + 1);
                k--;
                continue;
            }
            if (read(lines, start, end) != null) {
                spans.add(new int[] {start, end});
            } else if (!spans.isEmpty() && ArticleHeader.scan(lines, start, end).evidence() == 0) {
                // A bare title-cased line with no paragraph after it was a false start (a sign-off,
                // say): it stays with the article before. One with a header is page furniture and goes.
                spans.get(spans.size() - 1)[1] = end;
            }
        }
        List<DumpArticle> articles = new ArrayList<>(spans.size());
        for (int[] span : spans) articles.add(read(lines, span[0], span[1]));
        return articles;
    }

    /**
     * The whole text as one article, for a text in which {@link #split} finds none (see {@link WholeText}).
     */
    public static java.util.Optional<DumpArticle> whole(String text) {
        return WholeText.read(Line.of(text));
    }

    /**
     * The line at {@code next} is the deck under the headline at {@code at}, the top of the text (a saved page): the
     * next line of text, at most one blank line below it, and nothing between them vouches for a header of its own.
     * Further down a dump, a line with no story under it is more likely a false start than a page's headline.
     */
    private static boolean deckBelow(List<Line> lines, int at, int next) {
        int top = ArticleHeader.nextNonBlank(lines, 0, lines.size());
        if (at != top && !(SectionLabel.at(lines, top) && ArticleHeader.nextNonBlank(lines, top + 1, lines.size()) == at)) {
            return false;
        }
        return ArticleHeader.nextNonBlank(lines, at + 1, next + 1) == next && next - at <= 2
                && ArticleHeader.scan(lines, at, lines.size()).evidence() == 0;
    }

    private static List<Integer> candidates(List<Line> lines) {
        List<Integer> found = new ArrayList<>();
        int blanks = 0;
        boolean atTop = true;
        boolean labelled = false;
        String previous = null;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank()) {
                blanks++;
                i++;
                continue;
            }
            // Right under a headline, a gap is the headline's own, not a page's: "Headline / gap / the story".
            boolean underHeadline = !found.isEmpty() && found.get(found.size() - 1) == ArticleHeader.previousNonBlank(lines, i);
            boolean pageStart = atTop || labelled || blanks >= ArticleBoundary.PAGE_GAP && !underHeadline;
            if ((atTop || blanks >= ArticleBoundary.PAGE_GAP) && SectionLabel.at(lines, i)) {
                // "Middle East" above the headline: the page's section; the headline below still opens the page
                labelled = true;
                blanks = 0;
                i++;
                continue;
            }
            boolean starts = ArticleBoundary.startsAt(lines, i, blanks, atTop || labelled && found.isEmpty(), previous,
                    pageStart);
            atTop = false;
            labelled = false;
            blanks = 0;
            if (starts) {
                found.add(i);
                // The header's lines (the headline printed again, captions) cannot start another article.
                ArticleHeader.Scan header = ArticleHeader.scan(lines, i, lines.size());
                // A line cut off mid-sentence with nothing under it is no headline (it will join the article before):
                // it is what the next line follows.
                previous = header.evidence() == 0 ? lines.get(i).text() : null;
                // with no header to skip, the blank lines below still count for the line after them
                i = header.evidence() == 0 ? i + 1 : Math.max(i + 1, header.headerEnd());
            } else {
                previous = lines.get(i).text();
                i++;
            }
        }
        return found;
    }

    /** The article from line {@code at} up to {@code end}, or null when it has no paragraph. */
    private static DumpArticle read(List<Line> lines, int at, int end) {
        String headline = lines.get(at).text();
        ArticleHeader.Scan header = ArticleHeader.scan(lines, at, end);
        ArticleBody.Parts body = ArticleBody.read(lines, header.bodyStart(), end, headline, header.captionLines());
        if (!body.hasParagraph()) return null;
        Set<Image> images = new LinkedHashSet<>(header.images());
        images.addAll(body.images());
        int above = ArticleHeader.previousNonBlank(lines, at);
        boolean labelled = above >= 0 && SectionLabel.at(lines, above)
                && (ArticleHeader.previousNonBlank(lines, above) < 0 || above - ArticleHeader.previousNonBlank(lines, above) > ArticleBoundary.PAGE_GAP);
        String section = labelled ? lines.get(above).text() : null;
        DumpArticle a = new DumpArticle(lines.get(at).offset(), headline, List.copyOf(images), body.blocks(), null, null,
                List.of(), null, section);
        return PrintedDate.onto(a, body.dates());
    }
}
