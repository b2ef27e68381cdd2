package org.newsgraph.ingest;

import java.util.List;

/** The readers in the order they are asked; the first that accepts a file reads it. The dump reader is last. */
public final class Readers {

    private final List<ArticleReader> readers;

    public Readers(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard() {
        return new Readers(List.of(new JsonlReader(), new DumpReader()));
    }

    public Reading read(InputFile in) throws InputProblem {
        if (in.bytes().length == 0) throw new InputProblem("empty file");
        for (ArticleReader r : readers) {
            if (r.accepts(in)) return r.read(in);
        }
        throw new InputProblem("no reader for this content");
    }
}
