package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.segment.DumpArticle;
import org.newsgraph.segment.DumpSegmenter;

/**
 * Plain-text scrape dumps: the fallback for any text that no structured reader claims. A text without the
 * headlines that separate a dump's articles is read as one article.
 */
public final class DumpReader implements ArticleReader {

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
        String text = TextDecoder.decode(in.bytes());
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new InputProblem("empty: no text");
        List<DumpArticle> found = DumpSegmenter.split(text);
        if (found.isEmpty()) found = DumpSegmenter.whole(text).map(List::of).orElse(List.of());
        if (found.isEmpty()) {
            throw new InputProblem("no recognisable article (no headline followed by body text, and no sentence)");
        }
        List<Article> articles = new ArrayList<>(found.size());
        for (DumpArticle d : found) {
            // A page's "Updated" date only says the story ran by then.
            Published published = Dates.isoDate(d.date()).map(Published::fromMetadata)
                    .or(() -> Dates.isoDate(d.updated()).map(u -> new Published(null, null, u, "metadata")))
                    .orElse(Published.unknown());
            articles.add(Article.assemble(new Source(in.name(), d.url(), format(), d.offset()),
                    d.headline(), published, d.images(), d.blocks(),
                    new Metadata(d.authors(), d.section(), null, d.updated(), null, null)));
        }
        return Reading.of(articles);
    }
}
