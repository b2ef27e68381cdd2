package org.newsgraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Block;
import org.newsgraph.model.Image;

/**
 * The body after the header: subheads and paragraphs in order. Nothing that belongs to the page
 * rather than the story gets through: the headline repeated, markers, counters, copies of the
 * header's captions, and photo captions met inside the body (which become images instead).
 * A line printed twice in a row is kept once.
 */
final class ArticleBody {

    /** @param dates the dates the page prints for the story ({@link PrintedDate}), in order */
    record Parts(List<Block> blocks, List<Image> images, List<PrintedDate.Found> dates) {

        boolean hasParagraph() {
            return blocks.stream().anyMatch(b -> b.kind() == Block.Kind.PARAGRAPH);
        }
    }

    private ArticleBody() {}

    static Parts read(List<Line> lines, int from, int end, String headline, Set<String> captionLines) {
        List<Block> blocks = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        List<PrintedDate.Found> dates = new ArrayList<>();
        int i = ArticleHeader.nextNonBlank(lines, from, end);
        while (i < end) {
            String t = lines.get(i).text();
            int next = ArticleHeader.nextNonBlank(lines, i + 1, end);
            boolean doubled = next < end && t.equals(lines.get(next).text());
            if (t.length() > PhotoCaption.MAX_LENGTH) {
                blocks.add(Block.paragraph(t));
            } else if (t.equals(headline) || SiteMarker.is(t) || CounterLine.is(t) || captionLines.contains(t)
                    || PageChrome.is(t) || creditAlone(t)) {
                // page furniture, not story
            } else if (PrintedDate.read(t).isPresent()) {
                dates.add(PrintedDate.read(t).get());
            } else if (isCaption(t, doubled)) {
                Image image = PhotoCaption.parse(t);
                if (!images.contains(image)) images.add(image);
            } else {
                blocks.add(Subhead.is(t) ? Block.subhead(t) : Block.paragraph(t));
            }
            i = doubled ? ArticleHeader.nextNonBlank(lines, next + 1, end) : next;
        }
        return new Parts(blocks, images, dates);
    }

    /** "Photo: AFP", "Credit: Name/Agency" alone on a line: a photo's credit left behind by its picture. */
    private static boolean creditAlone(String t) {
        return t.length() <= CaptionCredit.MAX_CREDIT && CaptionCredit.line(t).isPresent()
                && CaptionCredit.find(t).filter(c -> c.start() == 0).isPresent() && !t.endsWith(".");
    }

    /**
     * Inside the body a caption must say so itself: a credit naming a photographer or "Photo", a
     * "FILE -" opening, or any credit (a bare name in brackets too) on a line printed twice. A lone "(Reuters)" ending a
     * paragraph is too weak to drop a paragraph for.
     */
    private static boolean isCaption(String t, boolean doubled) {
        // a line printed twice with any credit, even a bare name in brackets, is a photo block
        if (doubled && t.length() <= PhotoCaption.MAX_LENGTH && PhotoCaption.credited(t)) return true;
        if (!PhotoCaption.vouchesForItself(t)) return false;
        if (doubled || FilePhoto.is(t, null)) return true;
        return CaptionCredit.find(t).map(c -> c.photographer() != null || c.text().contains("Photo")).orElse(false);
    }
}
