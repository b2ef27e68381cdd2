package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;
import org.newsgraph.store.Store;
import org.newsgraph.store.Stored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Files in, store updated: the same input twice changes nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read files or folders, extract their articles and add them to the store.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar when writing to a terminal (default: on).")
    boolean progress;

    @Mixin
    ArticleBudget budget;

    @Override
    public Integer call() {
        try (Store store = Store.open(data)) {
            Ingest.Counts counts = Ingest.run(store, budget.applied(Batch.standard()), paths,
                    progress && System.console() != null);
            System.out.println(counts.summary() + " (store: " + data + ", " + store.count() + " articles)");
            return counts.clean() ? 0 : 1;
        }
    }

    /** The ingest loop, shared by the ingest and demo commands. */
    static final class Ingest {

        private static final int BATCH = 256;

        record Counts(int files, int added, int updated, int unchanged, int failedFiles, int skipped) {
            String summary() {
                return "ingested: " + files + " files read, " + added + " articles new, "
                        + (updated > 0 ? updated + " updated (facts re-extracted), " : "") + unchanged
                        + " unchanged, " + failedFiles + " files failed"
                        + (skipped > 0 ? ", " + skipped + " parts of files skipped" : "");
            }

            boolean clean() {
                return failedFiles == 0 && skipped == 0;
            }
        }

        static Counts run(Store store, Batch batch, List<Path> paths, boolean showProgress) {
            int[] outcome = new int[3];
            List<ExtractedArticle> pending = new ArrayList<>(BATCH);
            ProgressBar[] bar = new ProgressBar[1];
            Batch.Summary summary = batch.run(paths, new Batch.Listener() {
                @Override
                public void started(int files) {
                    if (showProgress) {
                        bar[0] = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate().build();
                    }
                }

                @Override
                public void article(ExtractedArticle article) {
                    pending.add(article);
                    if (pending.size() >= BATCH) flush(store, pending, outcome);
                }

                @Override
                public void problem(String file, String reason) {
                    Problems.report(file, reason);
                }

                @Override
                public void note(String file, String text) {
                    Problems.report(file, text);
                }

                @Override
                public void fileDone(String file) {
                    if (bar[0] != null) bar[0].step();
                }
            });
            flush(store, pending, outcome);
            if (bar[0] != null) bar[0].close();
            return new Counts(summary.files(), outcome[0], outcome[1], outcome[2], summary.failedFiles(),
                    summary.skippedRecords());
        }

        private static void flush(Store store, List<ExtractedArticle> pending, int[] outcome) {
            if (pending.isEmpty()) return;
            for (Stored s : store.put(pending)) {
                switch (s.outcome()) {
                    case NEW -> outcome[0]++;
                    case UPDATED -> outcome[1]++;
                    case UNCHANGED -> outcome[2]++;
                }
            }
            pending.clear();
        }
    }
}
