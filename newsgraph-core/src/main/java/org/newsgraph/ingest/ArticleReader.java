package org.newsgraph.ingest;

/** Reads one format. Readers are chosen by content, never by file name. */
public interface ArticleReader {

    /** The format name recorded in {@code source.format}. */
    String format();

    /** True when the bytes look like this reader's format; must be cheap (look at the head only). */
    boolean accepts(InputFile in);

    /** All articles of the file; an {@link InputProblem} when the file as a whole cannot be read. */
    Reading read(InputFile in) throws InputProblem;
}
