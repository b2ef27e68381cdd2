package org.newsgraph.ingest;

import java.util.List;

/**
 * The readers in the order they are asked; the first that accepts a file reads it. The dump reader is last.
 * Detection by content is unambiguous in this order: WARC ("WARC/", plain or inside gzip), feeds (an XML root
 * rss, feed or rdf:RDF), HTML (a doctype html or an html/head/body element first, plain or inside gzip),
 * JSONL (a JSON object first), then anything else as a text dump.
 */
public final class Readers {

    private final List<ArticleReader> readers;

    public Readers(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard() {
        org.newsgraph.ingest.html.ArticleExtractor extractor = new org.newsgraph.ingest.html.ArticleExtractor();
        return new Readers(List.of(new org.newsgraph.ingest.html.WarcArticleReader(),
                new org.newsgraph.ingest.html.FeedReader(extractor), new org.newsgraph.ingest.html.HtmlReader(extractor),
                new JsonlReader(), new DumpReader()));
    }

    public Reading read(InputFile in) throws InputProblem {
        return reader(in).read(in);
    }

    /** The input's articles as they are read (see {@link ArticleReader#stream}). */
    public void stream(InputFile in, ArticleReader.Sink sink) throws InputProblem {
        reader(in).stream(in, sink);
    }

    private ArticleReader reader(InputFile in) throws InputProblem {
        if (in.size() == 0) throw new InputProblem("empty file");
        for (ArticleReader r : readers) {
            if (r.accepts(in)) return r;
        }
        throw new InputProblem("no reader for this content");
    }
}
