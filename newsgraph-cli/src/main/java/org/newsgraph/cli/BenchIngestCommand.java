package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Measure;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.DumpGenerator;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingest throughput on generated dumps, beside extraction alone on the same files in the same run: the ratio is
 * what storing (SQLite + Lucene) costs on top of reading and extracting.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest throughput on generated dumps beside extraction alone, in the same run.")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--per-file", defaultValue = "100", description = "Articles per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stages", defaultValue = "all",
            description = "all: the standard pipeline (NLP and extractors); none: reading and segmentation only.")
    String stages;

    @Override
    public Integer call() throws IOException {
        try (ScratchFolder scratch = new ScratchFolder("newsgraph-bench-ingest")) {
            Path dir = scratch.path;
            Path input = Files.createDirectories(dir.resolve("input"));
            long bytes = 0;
            for (int f = 0; f * perFile < articles; f++) {
                int k = Math.min(perFile, articles - f * perFile);
                String text = DumpGenerator.generate(seed + f, k).text();
                bytes += Files.writeString(input.resolve(String.format("dump-%05d.txt", f)), text).toFile().length();
            }
            Pipeline pipeline = "none".equals(stages) ? new Pipeline(List.of()) : Pipeline.standard();
            Batch batch = new Batch(Readers.standard(), pipeline, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "corpus: %d generated articles in %d files, %.1f MB; stages: %s; %d threads%n",
                    articles, (articles + perFile - 1) / perFile, bytes / 1e6, stages,
                    Runtime.getRuntime().availableProcessors());

            batch.run(List.of(input), counting(new int[1]));   // warm-up: class loading, models, JIT
            Measure.resetPeakHeap();
            int[] extracted = new int[1];
            long t0 = System.nanoTime();
            batch.run(List.of(input), counting(extracted));
            double extractS = (System.nanoTime() - t0) / 1e9;

            IngestCommand.Ingest.Counts first;
            IngestCommand.Ingest.Counts second;
            double ingestS;
            double againS;
            long dbBytes;
            try (Store store = Store.open(dir.resolve("store"))) {
                t0 = System.nanoTime();
                first = IngestCommand.Ingest.run(store, batch, List.of(input), false);
                ingestS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                second = IngestCommand.Ingest.run(store, batch, List.of(input), false);
                againS = (System.nanoTime() - t0) / 1e9;
            }
            dbBytes = sizeOf(dir.resolve("store"));
            row("extract only (baseline)", extracted[0], extractS);
            row("ingest into a new store", first.added(), ingestS);
            row("ingest again (all unchanged)", second.unchanged(), againS);
            System.out.printf(Locale.ROOT, "ingest/extract time ratio %.2fx; store on disk %s; peak heap %s%n",
                    ingestS / extractS, Measure.mb(dbBytes), Measure.mb(Measure.peakHeapBytes()));
            if (first.added() != articles || second.added() != 0) {
                System.err.println("newsgraph: bench ingest: expected " + articles + " new then 0 new, got "
                        + first.added() + " and " + second.added());
                return 1;
            }
            return 0;
        }
    }

    private static Batch.Listener counting(int[] n) {
        return new Batch.Listener() {
            @Override
            public void article(ExtractedArticle article) {
                n[0]++;
            }

            @Override
            public void problem(String file, String reason) {
                Problems.report(file, reason);
            }
        };
    }

    private static void row(String what, int n, double seconds) {
        System.out.printf(Locale.ROOT, "%-32s %6d articles %8.2f s %10.0f articles/s%n", what, n, seconds, n / seconds);
    }

    private static long sizeOf(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
