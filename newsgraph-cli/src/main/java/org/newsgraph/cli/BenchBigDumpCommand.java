package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Measure;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.DumpGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One generated dump of a given size, read in one run: whether memory stays flat whatever the file's size. Prints the
 * live heap (after the last collection) at each tenth of the run and the peak; the file lies in the system's temporary
 * folder and is deleted at the end.
 */
@Command(name = "bigdump", mixinStandardHelpOptions = true,
        description = "Read one generated dump of --mb megabytes (stages none or all) and print the heap over the run.")
final class BenchBigDumpCommand implements Callable<Integer> {

    @Option(names = "--mb", defaultValue = "2048", description = "Size of the dump in MB (default: ${DEFAULT-VALUE}).")
    long mb;

    @Option(names = "--stages", defaultValue = "none",
            description = "none: reading and segmentation only; all: the standard pipeline (default: ${DEFAULT-VALUE}).")
    String stages;

    @Option(names = "--minutes", defaultValue = "0", description = "Stop after this long; 0: read the whole dump.")
    double minutes;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Thrown from the listener to end the run at the time limit. */
    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("time up", null, false, false);
        }
    }

    @Override
    public Integer call() throws IOException {
        Path file = Files.createTempFile("newsgraph-bigdump", ".txt");
        file.toFile().deleteOnExit(); // also when the run is interrupted
        try {
            long t0 = System.nanoTime();
            long bytes = write(file, mb << 20);
            System.out.printf(Locale.ROOT, "dump: %s, %.1f MB generated in %.0f s; max heap %d MB; stages: %s%n",
                    file.getFileName(), bytes / 1048576.0, (System.nanoTime() - t0) / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20, stages);
            Pipeline pipeline = "none".equals(stages) ? new Pipeline(List.of()) : Pipeline.standard();
            Batch batch = new Batch(Readers.standard(), pipeline, Runtime.getRuntime().availableProcessors());
            Measure.resetPeakHeap();
            List<long[]> samples = new ArrayList<>(); // seconds, live heap, used heap, articles
            long[] articles = new long[1];
            long start = System.nanoTime();
            long deadline = minutes > 0 ? start + (long) (minutes * 60e9) : Long.MAX_VALUE;
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    synchronized (samples) {
                        samples.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, liveHeap(), usedHeap(), articles[0]});
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            boolean whole = true;
            Batch.Summary summary = null;
            try {
                summary = batch.run(List.of(file), new Batch.Listener() {
                    @Override
                    public void article(ExtractedArticle a) {
                        articles[0]++;
                        if (System.nanoTime() > deadline) throw new TimeUp();
                    }

                    @Override
                    public void problem(String f, String reason) {
                        Problems.report(f, reason);
                    }
                });
            } catch (TimeUp e) {
                whole = false;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf(Locale.ROOT, "%s: %d articles in %.0f s (%.1f MB/s)%s%n", whole ? "read whole" : "stopped at the time limit",
                    articles[0], seconds, whole ? bytes / 1048576.0 / seconds : 0, summary == null ? "" : ", problems: "
                    + (summary.failedFiles() + summary.skippedRecords()));
            System.out.println("heap in use after the latest collection, at each tenth of the run (MB):");
            synchronized (samples) {
                StringBuilder line = new StringBuilder();
                for (int k = 1; k <= 10 && !samples.isEmpty(); k++) {
                    long[] s = samples.get(Math.min(samples.size() - 1, samples.size() * k / 10 - (k == 10 ? 1 : 0)));
                    line.append(String.format(Locale.ROOT, " %ds:%d", s[0], s[1] >> 20));
                }
                System.out.println(" " + line.toString().strip());
                long maxLive = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
                System.out.printf(Locale.ROOT, "peak heap used %s; highest heap after a collection %d MB%n",
                        Measure.mb(Measure.peakHeapBytes()), maxLive >> 20);
            }
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes generated dumps one after another until the file holds {@code target} bytes. */
    private long write(Path file, long target) throws IOException {
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long k = 0; written < target; k++) {
                String text = DumpGenerator.generate(seed + k, 200).text() + "\n\n\n";
                w.write(text);
                written += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return Files.size(file);
    }

    /** Heap in use right after the most recent collection (young or full): what the run keeps alive. */
    private static long liveHeap() {
        long best = 0;
        long latest = -1;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof com.sun.management.GarbageCollectorMXBean g) || g.getLastGcInfo() == null) continue;
            com.sun.management.GcInfo info = g.getLastGcInfo();
            if (info.getEndTime() <= latest) continue;
            latest = info.getEndTime();
            long sum = 0;
            for (var e : info.getMemoryUsageAfterGc().entrySet()) {
                if (heapPool(e.getKey())) sum += e.getValue().getUsed();
            }
            best = sum;
        }
        return best;
    }

    private static boolean heapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) return pool.getType() == MemoryType.HEAP;
        }
        return false;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
