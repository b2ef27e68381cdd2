package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.eval.PlainTextArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.nlp.corenlp.CoreNlpBaseline;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;

/**
 * The whole extraction ({@link Pipeline#standard()}: every stage) beside CoreNLP's full pipeline (tokenize, ssplit,
 * pos, lemma, ner, depparse, coref, quote) on the same news texts, one thread each, in one run. Model loading is
 * timed apart; then a warm-up round, then timed rounds. Ours runs first, before CoreNLP's models are loaded, so its
 * peak heap is its own. Each of our stages is timed, and the NLP stage's steps inside the engine.
 */
public final class PipelineBench {

    /** One side's numbers. */
    public record Side(String name, long loadMillis, int articles, long tokens, double seconds, double cpuSeconds,
                       long peakHeapBytes, long liveHeapBytes) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Both sides, our per-stage milliseconds (summed over the timed rounds), and CoreNLP's own timing report. */
    public record Result(Side ours, Side coreNlp, Map<String, Double> stageSeconds, String coreNlpTiming) {}

    private PipelineBench() {}

    /** Plain-text news articles, one a file (sorted by name), at most {@code limit}; bundled invented ones when absent. */
    public static List<Article> articles(Path dir, int limit) throws IOException {
        List<Article> out = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile).sorted().limit(limit).toList();
            }
            for (Path f : files) {
                out.add(PlainTextArticle.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)).article());
            }
        }
        if (out.isEmpty()) {
            int n = 0;
            for (String t : NlpBench.texts(null)) out.add(PlainTextArticle.of("invented-" + n++, t).article());
        }
        return out;
    }

    public static Result run(List<Article> articles, int rounds, boolean baseline, PrintStream log) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Measure.resetPeakHeap();
        long t0 = System.nanoTime();
        Map<String, long[]> stageNanos = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Pipeline.standardStages()) stages.add(timed(s, stageNanos));
        Pipeline ours = new Pipeline(stages);
        CoreNlpEngine.shared().warmUp();
        ours.run(PlainTextArticle.of("load", "Models load here, in Paris, on Monday.").article());
        long load = (System.nanoTime() - t0) / 1_000_000;
        long tokens = 0;
        for (Article a : articles) tokens += CoreNlpEngine.shared().tag(a.text()).tokens().size();
        log.printf(Locale.ROOT, "%d articles, %d tokens a round; our pipeline loaded in %d ms%n", articles.size(), tokens, load);

        for (Article a : articles) ours.run(a); // warm-up round
        stageNanos.clear();
        Map<String, Long> engineBefore = CoreNlpEngine.shared().profileNanos();
        Side us = measure("newsgraph extract (all stages)", load, articles, rounds, tokens, mx, ours::run);
        Map<String, Double> profile = new LinkedHashMap<>();
        Map<String, Long> engineAfter = CoreNlpEngine.shared().profileNanos();
        for (var e : stageNanos.entrySet()) {
            profile.put(e.getKey(), e.getValue()[0] / 1e9);
            if (e.getKey().equals("NlpStage")) {
                long inside = 0;
                for (var step : engineAfter.entrySet()) {
                    long d = step.getValue() - engineBefore.getOrDefault(step.getKey(), 0L);
                    inside += d;
                    profile.put("  " + step.getKey(), d / 1e9);
                }
                profile.put("  rules, dates, actors (ours)", (e.getValue()[0] - inside) / 1e9);
            }
        }
        if (!baseline) return new Result(us, null, profile, "");

        ours = null;
        Measure.resetPeakHeap();
        CoreNlpBaseline full = new CoreNlpBaseline();
        long fullLoad = full.load();
        full.annotate(articles.get(0).text());
        log.printf(Locale.ROOT, "CoreNLP full pipeline loaded in %d ms%n", fullLoad);
        Side them = measure("CoreNLP (" + CoreNlpBaseline.ANNOTATORS + ")", fullLoad, articles,
                Math.max(1, rounds / 4), tokens, mx, a -> full.annotate(a.text()));
        return new Result(us, them, profile, full.timing());
    }

    private static Stage timed(Stage s, Map<String, long[]> nanos) {
        String name = s.getClass().getSimpleName();
        return x -> {
            long t = System.nanoTime();
            ExtractedArticle out = s.apply(x);
            nanos.computeIfAbsent(name, k -> new long[1])[0] += System.nanoTime() - t;
            return out;
        };
    }

    private static Side measure(String name, long load, List<Article> articles, int rounds, long tokensPerRound,
                                ThreadMXBean mx, Consumer<Article> run) {
        long w0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) for (Article a : articles) run.accept(a);
        double seconds = (System.nanoTime() - w0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        long peak = Measure.peakHeapBytes();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Side(name, load, articles.size() * rounds, tokensPerRound * rounds, seconds, cpu, peak, live);
    }

    public static void report(Result r, PrintStream out) {
        List<Side> sides = r.coreNlp() == null ? List.of(r.ours()) : List.of(r.ours(), r.coreNlp());
        for (Side s : sides) {
            out.printf(Locale.ROOT, "%-78s load=%6.1fs tokens/s=%7.0f (per CPU-s %7.0f) articles/s=%6.2f peak heap=%5.2f GB live after=%5.2f GB%n",
                    s.name(), s.loadMillis() / 1000.0, s.tokensPerSecond(), s.tokensPerCpuSecond(), s.articlesPerSecond(),
                    s.peakHeapBytes() / 1e9, s.liveHeapBytes() / 1e9);
        }
        double total = r.stageSeconds().entrySet().stream().filter(e -> !e.getKey().startsWith(" "))
                .mapToDouble(Map.Entry::getValue).sum();
        out.println("where our time goes (timed rounds):");
        for (var e : r.stageSeconds().entrySet()) {
            out.printf(Locale.ROOT, "  %-44s %8.2f s %5.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total);
        }
        if (r.coreNlp() != null) {
            out.println("CoreNLP's own timing (warm-up article included):");
            out.println(r.coreNlpTiming().strip());
            out.printf(Locale.ROOT, "speed-up (tokens/s, one thread): %.1fx (per CPU-second %.1fx); peak heap ratio %.2f; load %.1f s vs %.1f s%n",
                    r.ours().tokensPerSecond() / r.coreNlp().tokensPerSecond(),
                    r.ours().tokensPerCpuSecond() / r.coreNlp().tokensPerCpuSecond(),
                    (double) r.ours().peakHeapBytes() / r.coreNlp().peakHeapBytes(),
                    r.ours().loadMillis() / 1000.0, r.coreNlp().loadMillis() / 1000.0);
        }
    }
}
