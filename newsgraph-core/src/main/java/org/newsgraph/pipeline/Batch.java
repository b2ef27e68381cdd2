package org.newsgraph.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Readers;
import org.newsgraph.ingest.Reading;
import org.newsgraph.model.ExtractedArticle;

/**
 * Files in, extracted articles out, in input order. Reading and segmenting run on the calling thread (they are
 * cheap); extraction runs on a pool, one task per article, so a single big dump uses every core too.
 * A file that cannot be read is reported and skipped; the others go on.
 */
public final class Batch {

    /** What the caller hears about, always on the calling thread and in input order. */
    public interface Listener {
        default void started(int files) {}

        void article(ExtractedArticle article);

        /** One line naming the file and what is wrong with it (or with one part of it). */
        void problem(String file, String reason);

        default void fileDone(String file) {}
    }

    /** Counts of one run. */
    public record Summary(int files, int articles, int failedFiles, int skippedRecords) {}

    private final Readers readers;
    private final Pipeline pipeline;
    private final int threads;

    public Batch(Readers readers, Pipeline pipeline, int threads) {
        this.readers = readers;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public static Batch standard() {
        return new Batch(Readers.standard(), Pipeline.standard(), Runtime.getRuntime().availableProcessors());
    }

    public Summary run(List<Path> named, Listener listener) {
        List<Path> files = InputWalker.files(named);
        listener.started(files.size());
        int articles = 0;
        int failed = 0;
        int skipped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path path : files) {
                String name = path.toString();
                Reading reading;
                try {
                    if (!Files.exists(path)) throw new InputProblem("no such file or folder");
                    if (!Files.isReadable(path)) throw new InputProblem("not readable (permission denied)");
                    reading = readers.read(InputFile.read(path));
                } catch (InputProblem e) {
                    listener.problem(name, e.getMessage());
                    failed++;
                    listener.fileDone(name);
                    continue;
                }
                for (String s : reading.skipped()) listener.problem(name, "skipped " + s);
                skipped += reading.skipped().size();
                Deque<Future<ExtractedArticle>> window = new ArrayDeque<>();
                int fileFailures = 0;
                for (var article : reading.articles()) {
                    window.add(pool.submit(() -> pipeline.run(article)));
                    if (window.size() >= threads * 4) fileFailures += deliver(window.poll(), name, listener);
                }
                while (!window.isEmpty()) fileFailures += deliver(window.poll(), name, listener);
                articles += reading.articles().size() - fileFailures;
                if (fileFailures > 0) failed++;
                listener.fileDone(name);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(files.size(), articles, failed, skipped);
    }

    private static int deliver(Future<ExtractedArticle> f, String file, Listener listener) {
        try {
            listener.article(f.get());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            listener.problem(file, "extraction failed: " + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : " " + c.getMessage().lines().findFirst().orElse("")));
            return 1;
        }
    }
}
