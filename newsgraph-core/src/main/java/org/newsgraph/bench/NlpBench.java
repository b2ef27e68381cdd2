package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.nlp.corenlp.CoreNlpBaseline;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;

/**
 * Throughput and memory of our NLP core beside CoreNLP's default full pipeline, on the same texts in the same run,
 * one thread each: the seed dump's paragraphs when present, and invented articles bundled with this class.
 */
public final class NlpBench {

    /** One side's numbers. */
    public record Side(String name, long loadMillis, int articles, long tokens, double seconds, long peakHeapBytes) {
        double tokensPerSecond() {
            return tokens / seconds;
        }

        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private NlpBench() {}

    public static List<String> texts(Path seed) throws IOException {
        List<String> texts = new ArrayList<>();
        if (seed != null && Files.exists(seed)) {
            StringBuilder b = new StringBuilder();
            for (String l : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                if (l.isBlank()) continue;
                if (b.length() > 0) b.append("\n\n");
                b.append(l.strip());
            }
            texts.add(b.toString());
        }
        try (InputStream in = NlpBench.class.getResourceAsStream("invented-articles.txt")) {
            for (String t : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n---\n")) texts.add(t.strip());
        }
        return texts;
    }

    public static List<Side> run(List<String> texts, int rounds, boolean baseline, PrintStream log) {
        List<Side> sides = new ArrayList<>();
        CoreNlpEngine ours = CoreNlpEngine.shared();
        resetPeaks();
        long load = ours.warmUp();
        long tokens = 0;
        for (String t : texts) tokens += ours.analyze(t, null).tokens().size();
        final long tokensPerRound = tokens;
        log.println("our core loaded in " + load + " ms; " + texts.size() + " texts, " + tokens + " tokens a round");
        sides.add(measure("newsgraph (tokenize,ssplit,pos,lemma, numbers, our entity tagger and time expressions)", load, texts,
                rounds, tokensPerRound, t -> TimeFinder.find(ours.analyze(t, null), null)));
        if (baseline) {
            System.gc();
            resetPeaks();
            CoreNlpBaseline full = new CoreNlpBaseline();
            long fullLoad = full.load();
            full.annotate(texts.get(0)); // warm-up
            log.println("CoreNLP full pipeline loaded in " + fullLoad + " ms");
            sides.add(measure("CoreNLP default (" + CoreNlpBaseline.ANNOTATORS + ")", fullLoad, texts,
                    Math.max(1, rounds / 3), tokensPerRound, full::annotate));
        }
        return sides;
    }

    private static Side measure(String name, long load, List<String> texts, int rounds, long tokensPerRound,
                                Consumer<String> annotate) {
        for (String t : texts) annotate.accept(t); // warm-up round
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (String t : texts) annotate.accept(t);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Side(name, load, texts.size() * rounds, tokensPerRound * rounds, seconds, peakHeap());
    }

    public static void report(List<Side> sides, PrintStream out) {
        for (Side s : sides) {
            out.printf(Locale.ROOT, "%-70s load=%6.1fs tokens/s=%8.0f articles/s=%6.2f peak heap=%5.2f GB%n", s.name(),
                    s.loadMillis() / 1000.0, s.tokensPerSecond(), s.articlesPerSecond(), s.peakHeapBytes() / 1e9);
        }
        if (sides.size() == 2) {
            out.printf(Locale.ROOT, "speed-up (tokens/s, one thread): %.1fx; peak heap ratio %.2f%n",
                    sides.get(0).tokensPerSecond() / sides.get(1).tokensPerSecond(),
                    (double) sides.get(0).peakHeapBytes() / sides.get(1).peakHeapBytes());
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
