package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;

/**
 * Files in, extracted articles out, in input order. Reading and segmenting run on the calling thread (they are
 * cheap) as a stream: each article read goes to a pool, one task per article, so a single big dump uses every core
 * too, and the reader waits while a small window of articles is in flight, so memory stays flat whatever the input's
 * size. Before the stages see an article, {@link ArticleBounds} cuts what would make them run away; each article has
 * a time budget, past which it is given up. Every problem is reported (one line naming the file) and counted: a
 * file that cannot be read is skipped, and the others go on.
 */
public final class Batch {

    /** What the caller hears about, always on the calling thread and in input order. */
    public interface Listener {
        default void started(int files) {}

        void article(ExtractedArticle article);

        /** One line naming the file and what is wrong with it (or with one part of it). */
        void problem(String file, String reason);

        /** One line on a part of a file that by its nature holds no article; not a problem. */
        default void note(String file, String text) {}

        default void fileDone(String file) {}
    }

    /**
     * Counts of one run.
     *
     * @param failedFiles    files that could not be read at all, or in part, or whose articles failed in the stages
     * @param skippedRecords parts of files left out (bad lines, corrupt records, cut articles, articles over budget)
     */
    public record Summary(int files, int articles, int failedFiles, int skippedRecords) {
        /** True when everything given was read whole: the exit status is 0 only then. */
        public boolean clean() {
            return failedFiles == 0 && skippedRecords == 0;
        }
    }

    /** Skip lines printed per file; the rest are counted in one line at its end. */
    static final int SKIPS_PER_FILE = 20;

    private final Readers readers;
    private final Pipeline pipeline;
    private final int threads;
    private final ArticleBounds bounds;
    private final Duration budget;

    public Batch(Readers readers, Pipeline pipeline, int threads) {
        this(readers, pipeline, threads, ArticleBounds.STANDARD, Duration.ofSeconds(60));
    }

    /**
     * @param bounds what an article may hold when the stages see it
     * @param budget how long the stages may take over one article
     */
    public Batch(Readers readers, Pipeline pipeline, int threads, ArticleBounds bounds, Duration budget) {
        this.readers = readers;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.bounds = bounds;
        this.budget = budget;
    }

    public static Batch standard() {
        return new Batch(Readers.standard(), Pipeline.standard(), Runtime.getRuntime().availableProcessors());
    }

    public Batch withBudget(Duration perArticle) {
        return new Batch(readers, pipeline, threads, bounds, perArticle);
    }

    public Summary run(List<Path> named, Listener listener) {
        InputWalker.Walk walk = InputWalker.walk(named);
        listener.started(walk.files().size());
        int failed = 0;
        for (InputWalker.Problem p : walk.problems()) {
            listener.problem(p.path().toString(), p.reason());
            failed++;
        }
        int articles = 0;
        int skipped = 0;
        Pool pool = new Pool(threads);
        try {
            for (Path path : walk.files()) {
                FileRun run = new FileRun(path.toString(), listener, pool);
                boolean whole = true;
                try {
                    readers.stream(InputFile.of(path), run);
                } catch (InputProblem e) {
                    run.drain();
                    listener.problem(run.name, e.getMessage());
                    whole = false;
                } catch (RuntimeException e) {
                    // a reader's own bug must cost one file, not the run; the fuzz tests hunt these down
                    run.drain();
                    listener.problem(run.name, "could not be read (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
                    whole = false;
                }
                run.drain();
                run.summariseSkips();
                articles += run.delivered;
                skipped += run.skipped;
                if (!whole || run.failures > 0) failed++;
                listener.fileDone(run.name);
            }
        } finally {
            pool.shutdown();
        }
        return new Summary(walk.files().size() + walk.problems().size(), articles, failed, skipped);
    }

    /** The extraction threads; replaced when an article overruns its budget and its thread will not stop. */
    private static final class Pool {
        private final int threads;
        private ExecutorService executor;

        Pool(int threads) {
            this.threads = threads;
            this.executor = create();
        }

        private ExecutorService create() {
            return Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "newsgraph-extract");
                t.setDaemon(true);
                return t;
            });
        }

        <T> Future<T> submit(Callable<T> task) {
            return executor.submit(task);
        }

        /** Lets a stuck thread finish (or not) on its own; later articles go to fresh threads. */
        void renew() {
            executor.shutdown();
            executor = create();
        }

        void shutdown() {
            executor.shutdownNow();
        }
    }

    /**
     * When the stages first finished an article in this batch (0 until then). The stages load their models when
     * they first run, which takes longer than any article: the articles begun before then have no budget.
     */
    private volatile long warm;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** One article in the stages: when they started on it (0 until then), on which thread, and its CPU time then. */
    private final class Task implements Callable<ExtractedArticle> {
        final Article article;
        volatile long started;
        volatile long cpuAtStart;
        volatile Thread runner;

        Task(Article article) {
            this.article = article;
        }

        @Override
        public ExtractedArticle call() {
            runner = Thread.currentThread();
            cpuAtStart = cpu(runner);
            started = System.nanoTime();
            ExtractedArticle x = pipeline.run(article);
            if (warm == 0) warm = System.nanoTime();
            return x;
        }

        /** Whether the budget applies yet: the task runs, and began after the stages were first ready. */
        boolean timed() {
            long w = warm;
            return started != 0 && w != 0 && started >= w;
        }

        /**
         * Over budget: the stages spent more than the budget of CPU time on it (a busy machine slows an article but
         * adds no CPU time to it), or ten times the budget of wall-clock time, for a stage that would hang waiting.
         */
        boolean over(long budgetNanos) {
            long wall = System.nanoTime() - started;
            long now = cpu(runner);
            long used = now < 0 || cpuAtStart < 0 ? wall : now - cpuAtStart;
            return used >= budgetNanos || wall / 10 >= budgetNanos;
        }
    }

    /** CPU time of the thread in nanoseconds, or -1 when the JVM cannot tell. */
    private static long cpu(Thread t) {
        try {
            return t == null || !THREADS.isThreadCpuTimeSupported() ? -1 : THREADS.getThreadCpuTime(t.getId());
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private record InFlight(Task task, Future<ExtractedArticle> future) {}

    /** One file's reading: its articles in flight, in order, and what went wrong with it. */
    private final class FileRun implements ArticleReader.Sink {
        final String name;
        final Listener listener;
        final Pool pool;
        final Deque<InFlight> window = new ArrayDeque<>();
        int delivered;
        int failures;
        int skipped;
        int skipLines;

        FileRun(String name, Listener listener, Pool pool) {
            this.name = name;
            this.listener = listener;
            this.pool = pool;
        }

        @Override
        public void article(Article article) {
            ArticleBounds.Checked checked = bounds.check(article);
            if (checked.note() != null) skipped(checked.note());
            if (checked.article() == null) return;
            Task task = new Task(checked.article());
            window.add(new InFlight(task, pool.submit(task)));
            if (window.size() >= threads * 4) deliver(window.poll());
        }

        @Override
        public void skipped(String reason) {
            skipped++;
            if (++skipLines <= SKIPS_PER_FILE) listener.problem(name, "skipped " + reason);
        }

        @Override
        public void note(String what) {
            listener.note(name, what);
        }

        void drain() {
            while (!window.isEmpty()) deliver(window.poll());
        }

        void summariseSkips() {
            if (skipLines > SKIPS_PER_FILE) {
                listener.problem(name, "and " + (skipLines - SKIPS_PER_FILE) + " more parts skipped (first "
                        + SKIPS_PER_FILE + " shown)");
            }
        }

        private void deliver(InFlight f) {
            try {
                listener.article(await(f));
                delivered++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (TimeoutException e) {
                f.future().cancel(true);
                pool.renew();
                failures++;
                skipped++;
                listener.problem(name, "skipped " + where(f.task().article) + ": extraction took longer than the "
                        + (budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms")
                        + " budget of CPU time for one article");
            } catch (ExecutionException | CancellationException e) {
                Throwable c = e instanceof ExecutionException ? e.getCause() : e;
                failures++;
                listener.problem(name, "extraction failed on " + where(f.task().article) + ": "
                        + c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : " " + c.getMessage().lines().findFirst().orElse("")));
            }
        }

        /**
         * The result, or a timeout once the stages have spent the budget on it. Waiting in the queue is free, and so
         * is the time before the stages first finished an article (loading their models).
         */
        private ExtractedArticle await(InFlight f) throws InterruptedException, ExecutionException, TimeoutException {
            long budgetNanos = budget.toNanos();
            while (true) {
                if (f.future().isDone()) return f.future().get(); // however long it took while others were awaited
                if (f.task().timed() && f.task().over(budgetNanos)) throw new TimeoutException();
                try {
                    return f.future().get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // look again
                }
            }
        }
    }

    private static String where(Article a) {
        String h = a.headline() == null ? "" : a.headline().strip().replaceAll("\\s+", " ");
        return "the article at offset " + a.source().offset() + (h.isEmpty() ? "" : " (" + (h.length() > 60 ? h.substring(0, 60) + "..." : h) + ")");
    }
}
