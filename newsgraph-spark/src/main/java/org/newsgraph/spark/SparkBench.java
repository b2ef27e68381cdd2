package org.newsgraph.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.segment.DumpGenerator;

/**
 * How the Spark job scales with cores: the same generated dumps through {@link SparkIngest} at {@code local[1]}
 * and {@code local[2]} (or the core counts given), articles per second each and the ratio to one core.
 * Local mode runs the executor inside this JVM, so the models are loaded and warmed up once, before the clock
 * starts, and every run measures extraction and writing only.
 *
 * <p>Usage: {@code SparkBench DIR [FILES [ARTICLES_PER_FILE [CORES...]]]}, defaults 8 files of 10 articles, cores 1 2;
 * a core count may repeat (1 2 1 2), and the summary takes the best run of each.
 * DIR receives the generated dumps and the tables of each run.
 */
public final class SparkBench {

    private SparkBench() {}

    /**
     * CPU time of this whole JVM. On a shared machine the wall clock mixes in other processes' load; CPU seconds per
     * article and cores busy (CPU time over wall time) say whether a second core was given and used.
     */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SparkBench DIR [FILES [ARTICLES_PER_FILE [CORES...]]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Integer> cores = new ArrayList<>();
        for (int i = 3; i < args.length; i++) cores.add(Integer.parseInt(args[i]));
        if (cores.isEmpty()) cores = List.of(1, 2);

        Path input = dir.resolve("input");
        Files.createDirectories(input);
        for (int f = 0; f < files; f++) {
            DumpGenerator.GeneratedDump dump = DumpGenerator.generate(20_000L + f, perFile);
            Files.writeString(input.resolve(String.format("dump-%03d.txt", f)), dump.text(), StandardCharsets.UTF_8);
        }
        // Every file once in this thread before the clock starts: the models load and the JIT compiles the hot
        // paths, so the first measured run is not the slowest for reasons that have nothing to do with cores.
        long t = System.nanoTime();
        for (int f = 0; f < files; f++) {
            FileExtraction.extract(input.resolve(String.format("dump-%03d.txt", f)).toString());
        }
        System.out.printf("warm-up (model load and every file once, in-process): %.1f s%n",
                (System.nanoTime() - t) / 1e9);

        java.util.Map<Integer, Double> best = new java.util.TreeMap<>();
        List<Double> rates = new ArrayList<>();
        for (int c : cores) {
            SparkSession spark = SparkSession.builder().master("local[" + c + "]").appName("newsgraph-bench")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                SparkIngest.Summary s = SparkIngest.run(spark, dir.resolve("out-" + c).toString(),
                        List.of(input.toString()));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                double rate = s.articles() / seconds;
                best.merge(c, rate, Math::max);
                rates.add(rate);
                s.problems().stream().limit(5).forEach(System.out::println);
                System.out.printf("local[%d]: %d files, %d articles, %d problems in %.1f s = %.2f articles/s;"
                        + " CPU %.1f s = %.2f CPU s/article, %.2f cores busy%n", c, s.files(), s.articles(),
                        s.problems().size(), seconds, rate, cpu, cpu / s.articles(), cpu / seconds);
            } finally {
                spark.stop();
            }
        }
        // Each run against the run before it (1 2 1 2 ...: each local[2] run beside its neighbour at local[1]).
        for (int i = 1; i < rates.size(); i++) {
            if (!cores.get(i).equals(cores.get(i - 1))) {
                System.out.printf("run %d vs run %d: local[%d] / local[%d] = x%.2f%n", i + 1, i, cores.get(i),
                        cores.get(i - 1), rates.get(i) / rates.get(i - 1));
            }
        }
        // Best of each core count: the machine may be shared, and a slow outlier says more about it than about us.
        double base = best.values().iterator().next();
        for (var e : best.entrySet()) {
            System.out.printf("best local[%d]: %.2f articles/s, x%.2f of local[%d]%n", e.getKey(), e.getValue(),
                    e.getValue() / base, best.keySet().iterator().next());
        }
    }
}
