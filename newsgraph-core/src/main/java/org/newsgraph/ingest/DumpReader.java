package org.newsgraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.segment.DumpArticle;
import org.newsgraph.segment.DumpSegmenter;

/**
 * Plain-text scrape dumps: the fallback for any text that no structured reader claims. A text without the
 * headlines that separate a dump's articles is read as one article.
 *
 * <p>A dump is read as a stream of lines and segmented in windows ({@link DumpWindow}), so a dump of any size is
 * read in the memory of a few windows. A line longer than {@link #MAX_LINE} characters is left out with one line
 * saying so: no article has such a paragraph, and the NLP stage would choke on it.
 */
public final class DumpReader implements ArticleReader {

    /** Characters in one line; longer lines are left out. */
    public static final int MAX_LINE = 1_000_000;

    /** Text that starts with markup is neither a dump nor a single story, whatever else failed to read it. */
    private static final Pattern MARKUP = Pattern.compile("^(<\\?xml|<!doctype|<!--|<[a-z][a-z0-9:_-]*[\\s>/])");

    private final int window;

    public DumpReader() {
        this(DumpWindow.SIZE);
    }

    /** @param window characters segmented at once; small windows are for tests */
    DumpReader(int window) {
        this.window = window;
    }

    @Override
    public String format() {
        return "dump";
    }

    @Override
    public boolean accepts(InputFile in) {
        return true;
    }

    @Override
    public Reading read(InputFile in) throws InputProblem {
        return ArticleReader.collect(this, in);
    }

    @Override
    public void stream(InputFile in, Sink sink) throws InputProblem {
        refuseMarkup(in);
        HeldSkips skips = new HeldSkips(sink);
        DumpWindow lines = new DumpWindow(window, d -> skips.article(toArticle(in, d)), skips::skipped);
        try (TextLines text = TextLines.open(in, MAX_LINE)) {
            for (TextLines.Line line = text.next(); line != null; line = text.next()) {
                if (line.overCap()) {
                    skips.skipped("line " + line.number() + ": " + Sizes.chars(line.length())
                            + " without a line break, over the cap of " + Sizes.chars(MAX_LINE) + ": left out");
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw skips.after(new InputProblem("cannot read: " + IoReason.of(e)));
        } catch (InputProblem e) {
            throw skips.after(e);
        }
        if (!lines.sawText() && !skips.any()) {
            throw skips.none("empty: no text");
        }
        lines.finish();
        if (!skips.any()) {
            throw skips.none("no recognisable article (no headline followed by body text, and no sentence)");
        }
    }

    private static void refuseMarkup(InputFile in) throws InputProblem {
        byte[] head = in.head(TextEncoding.SNIFF);
        TextEncoding e = TextEncoding.of(head);
        String s = new String(head, e.bom(), head.length - e.bom(), e.charset()).stripLeading();
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        s = s.toLowerCase(Locale.ROOT);
        var m = MARKUP.matcher(s);
        if (m.find()) {
            String tag = s.substring(0, Math.min(s.length(), s.indexOf('>') > 0 ? s.indexOf('>') + 1 : 40))
                    .replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
            throw new InputProblem("markup (" + (tag.length() > 40 ? tag.substring(0, 40) + "..." : tag)
                    + ") that is neither a feed nor a web page: not read as text");
        }
    }

    private Article toArticle(InputFile in, DumpWindow.Found f) {
        DumpArticle d = f.article();
        // A page's "Updated" date only says the story ran by then.
        Published published = Dates.isoDate(d.date()).map(Published::fromMetadata)
                .or(() -> Dates.isoDate(d.updated()).map(u -> new Published(null, null, u, "metadata")))
                .orElse(Published.unknown());
        return Article.assemble(new Source(in.name(), d.url(), format(), f.offset()),
                d.headline(), published, d.images(), d.blocks(),
                new Metadata(d.authors(), d.section(), null, d.updated(), null, null));
    }

    /** Articles of a dump held in memory, as {@link DumpSegmenter} finds them in one piece (for comparisons). */
    static List<DumpArticle> whole(String text) {
        List<DumpArticle> found = new ArrayList<>(DumpSegmenter.split(text));
        if (found.isEmpty()) DumpSegmenter.whole(text).ifPresent(found::add);
        return found;
    }
}
