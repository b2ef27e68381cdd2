package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;

/**
 * The executor's side: a partition of input files in, one row per article or problem out. Each file goes through
 * {@link Batch}, the code the CLI's {@code extract} runs, with one extraction thread (Spark gives a task one
 * core). Files are taken one at a time as Spark pulls rows, so a partition holds one file's articles in memory.
 */
final class FileExtraction implements FlatMapFunction<Iterator<String>, Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<String> files) {
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) current = extract(files.next()).iterator();
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }

    /** Every article of one file, and a row for each problem the batch reports (a bad file gives only that). */
    static List<Row> extract(String file) {
        List<Row> rows = new ArrayList<>();
        new Batch(Readers.standard(), SharedPipeline.get(), 1).run(List.of(Path.of(file)), new Batch.Listener() {
            @Override
            public void article(ExtractedArticle article) {
                rows.add(ArticleRow.of(article));
            }

            @Override
            public void problem(String name, String reason) {
                rows.add(ArticleRow.problem(name, reason));
            }
        });
        return rows;
    }
}
