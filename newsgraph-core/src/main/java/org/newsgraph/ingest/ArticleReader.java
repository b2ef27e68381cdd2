package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;

/** Reads one format. Readers are chosen by content, never by file name. */
public interface ArticleReader {

    /** Where a reader puts what it reads, as it reads it. */
    interface Sink {
        void article(Article article);

        /** A one-line reason for a part of the input that was left out (a bad line, a corrupt record). */
        void skipped(String reason);

        /** A part that by its nature holds no article (a WARC request record): worth a line, not a failure. */
        default void note(String what) {}
    }

    /** The format name recorded in {@code source.format}. */
    String format();

    /** True when the bytes look like this reader's format; must be cheap (look at the head only). */
    boolean accepts(InputFile in);

    /** All articles of the input; an {@link InputProblem} when the input as a whole cannot be read. */
    Reading read(InputFile in) throws InputProblem;

    /**
     * The articles as they are read, so that memory does not grow with the input. When this throws, the articles
     * and skips already given stand: they were read before the damage. Readers that hold one document at a time
     * (a page, a feed) keep the default, which reads it whole.
     */
    default void stream(InputFile in, Sink sink) throws InputProblem {
        Reading r = read(in);
        r.skipped().forEach(sink::skipped);
        r.notes().forEach(sink::note);
        r.articles().forEach(sink::article);
    }

    /** {@link #read} for a reader that streams: collects what {@link #stream} gives. */
    static Reading collect(ArticleReader reader, InputFile in) throws InputProblem {
        List<Article> articles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        reader.stream(in, new Sink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(String reason) {
                skipped.add(reason);
            }

            @Override
            public void note(String what) {
                notes.add(what);
            }
        });
        return new Reading(articles, skipped, notes);
    }
}
