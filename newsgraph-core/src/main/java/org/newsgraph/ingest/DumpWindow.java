package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.segment.DumpArticle;
import org.newsgraph.segment.DumpSegmenter;

/**
 * Feeds a dump to {@link DumpSegmenter} in windows of whole lines, so that memory stays that of a window whatever the
 * dump's size, and the articles come out as they would from the whole text.
 *
 * <p>Where a window may end: at the start of an article the segmenter found in it, with at least
 * {@link #LOOKAHEAD} non-blank lines after that start in the window. Every rule of the segmenter looks a bounded
 * number of lines ahead (a header is at most a dozen items), so the articles before such a start, and the start
 * itself, are what the whole text gives; the next window begins at that start, where the segmenter again finds an
 * article (the top of a text is the most lenient place for one), and re-reads that article with what follows. A
 * start that looks like a saved story's "Title:" line is never used, since at the top of a window it would make the
 * whole window one story, nor one under a section label (the label would fall in the window before). The only
 * text read at once beyond a window is a run with no usable start in
 * {@link #MAX} characters: it is segmented as it stands, and one line says where it was cut.
 */
final class DumpWindow {

    /** Characters segmented at once. */
    static final int SIZE = 4 << 20;
    /** Non-blank lines that must follow a window's end in the window. */
    static final int LOOKAHEAD = 64;

    private static final Pattern FRONT_MATTER = Pattern.compile(
            "^(title|headline|link|url|source url|date|published|author|authors|byline)\\s*:", Pattern.CASE_INSENSITIVE);

    /** An article and its character offset in the decoded dump. */
    record Found(DumpArticle article, long offset) {}

    private final int size;
    private final int max;
    private final Consumer<Found> out;
    private final Consumer<String> skipped;
    private final List<TextLines.Line> lines = new ArrayList<>();
    private long chars;
    private long nextTry;
    private boolean first = true;
    private boolean sawText;

    DumpWindow(int size, Consumer<Found> out, Consumer<String> skipped) {
        this.size = size;
        this.max = size * 4;
        this.out = out;
        this.skipped = skipped;
        this.nextTry = size;
    }

    void add(TextLines.Line line) {
        if (line.overCap() || !line.text().isBlank()) sawText = true;
        lines.add(line);
        chars += (line.overCap() ? 0 : line.length()) + 1;
        if (chars >= nextTry) cut();
    }

    boolean sawText() {
        return sawText;
    }

    /** Segments what is left; a dump read in one window gets the whole-text fallback, as before windows. */
    void finish() {
        if (lines.isEmpty()) return;
        Text t = text(lines);
        List<DumpArticle> found = DumpSegmenter.split(t.text);
        if (found.isEmpty() && first) found = DumpSegmenter.whole(t.text).map(List::of).orElse(List.of());
        for (DumpArticle d : found) out.accept(new Found(d, t.fileOffset(d.offset())));
        lines.clear();
    }

    private void cut() {
        Text t = text(lines);
        List<DumpArticle> found = DumpSegmenter.split(t.text);
        int[] nonBlankAfter = new int[lines.size() + 1];
        for (int i = lines.size() - 1; i >= 0; i--) {
            TextLines.Line l = lines.get(i);
            nonBlankAfter[i] = nonBlankAfter[i + 1] + (l.overCap() || !l.text().isBlank() ? 1 : 0);
        }
        boolean savedStory = first && !found.isEmpty() && FRONT_MATTER.matcher(firstText()).find();
        int cutArticle = -1;
        int cutLine = -1;
        for (int k = found.size() - 1; k >= 1 && !savedStory; k--) {
            int at = t.lineAt(found.get(k).offset());
            if (at < 0 || nonBlankAfter[at + 1] < LOOKAHEAD) continue;
            if (lines.get(at).overCap() || FRONT_MATTER.matcher(lines.get(at).text().strip()).find()) continue;
            // a section label above the headline lies before the cut, where the next window would not see it
            if (found.get(k).section() != null) continue;
            cutArticle = k;
            cutLine = at;
            break;
        }
        if (cutArticle > 0) {
            for (int k = 0; k < cutArticle; k++) out.accept(new Found(found.get(k), t.fileOffset(found.get(k).offset())));
            List<TextLines.Line> rest = new ArrayList<>(lines.subList(cutLine, lines.size()));
            lines.clear();
            lines.addAll(rest);
            chars = 0;
            for (TextLines.Line l : lines) chars += (l.overCap() ? 0 : l.length()) + 1;
            first = false;
            nextTry = chars + size;
        } else if (chars >= max) {
            for (DumpArticle d : found) out.accept(new Found(d, t.fileOffset(d.offset())));
            skipped.accept("lines " + lines.get(0).number() + " to " + lines.get(lines.size() - 1).number() + ": "
                    + Sizes.chars(chars) + " with no article boundary; segmented as one piece and cut there");
            lines.clear();
            chars = 0;
            first = false;
            nextTry = size;
        } else {
            nextTry = chars + size / 2; // segmenting again at every line would be quadratic
        }
    }

    private String firstText() {
        for (TextLines.Line l : lines) if (!l.overCap() && !l.text().isBlank()) return l.text().strip();
        return "";
    }

    /** The window's lines as one text (a line over the cap as an empty one), and where each starts in the dump. */
    private static Text text(List<TextLines.Line> lines) {
        StringBuilder b = new StringBuilder();
        int[] starts = new int[lines.size()];
        long[] fileOffsets = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) b.append('\n');
            starts[i] = b.length();
            fileOffsets[i] = lines.get(i).offset();
            if (!lines.get(i).overCap()) b.append(lines.get(i).text());
        }
        return new Text(b.toString(), starts, fileOffsets);
    }

    private record Text(String text, int[] starts, long[] fileOffsets) {
        int lineAt(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -1;
        }

        /** Article offsets are line starts; any other offset is kept within its line. */
        long fileOffset(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            if (i < 0) i = -i - 2;
            if (i < 0) return offset;
            return fileOffsets[i] + (offset - starts[i]);
        }
    }
}
