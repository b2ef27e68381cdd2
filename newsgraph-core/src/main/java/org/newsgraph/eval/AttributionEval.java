package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores attributors on PolNeAR: per role (Source, Cue, Content), unique spans per article, matched one to
 * one exactly and by overlap. Writes each system's predictions as brat files, one per article.
 */
public final class AttributionEval {

    /** One system's scores. */
    public record Result(String system, RoleScore source, RoleScore cue, RoleScore content, int articles,
                         double seconds) {}

    private AttributionEval() {}

    public static Result run(List<PolnearDocument> docs, Attributor system, Path out) {
        return run(docs, system, out, 1);
    }

    /**
     * Scores the system on the documents, attributing {@code threads} documents at a time (ours keeps no state
     * between documents; the CoreNLP baseline annotates one document at a time, as its pipeline gave other links
     * when shared). Scores are added in document order, so the result does not depend on the thread count.
     */
    public static Result run(List<PolnearDocument> docs, Attributor system, Path out, int threads) {
        RoleScore source = new RoleScore(), cue = new RoleScore(), content = new RoleScore();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            if (out != null) Files.createDirectories(out);
            List<Future<List<BratAttribution>>> pending = new ArrayList<>(docs.size());
            for (PolnearDocument d : docs) pending.add(pool.submit(() -> system.attribute(d.stem(), d.text())));
            for (int i = 0; i < docs.size(); i++) {
                PolnearDocument d = docs.get(i);
                List<BratAttribution> predicted = pending.get(i).get();
                source.add(unique(d.gold(), "Source"), unique(predicted, "Source"));
                cue.add(unique(d.gold(), "Cue"), unique(predicted, "Cue"));
                content.add(unique(d.gold(), "Content"), unique(predicted, "Content"));
                if (out != null) {
                    Files.writeString(out.resolve(d.stem() + ".ann"), BratFile.write(predicted, d.text()),
                            StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while attributing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(system.name(), source, cue, content, docs.size(), (System.nanoTime() - t0) / 1e9);
    }

    static List<BratSpan> unique(List<BratAttribution> as, String role) {
        Map<String, BratSpan> m = new LinkedHashMap<>();
        for (BratAttribution a : as) {
            BratSpan s = switch (role) {
                case "Source" -> a.source();
                case "Cue" -> a.cue();
                default -> a.content();
            };
            if (s != null) m.putIfAbsent(s.key().replaceFirst("^\\S+", role), s);
        }
        return new ArrayList<>(m.values());
    }

    /** The side-by-side table, then the contract's last line for the first system (overlap F1 of Source). */
    public static void print(List<Result> results, PrintStream out) {
        out.printf(Locale.ROOT, "%-10s %-8s %6s %6s | %-17s | %-17s%n", "system", "role", "gold", "pred",
                "exact P / R / F1", "overlap P / R / F1");
        for (Result r : results) {
            row(out, r.system(), "source", r.source());
            row(out, r.system(), "cue", r.cue());
            row(out, r.system(), "content", r.content());
            out.printf(Locale.ROOT, "%-10s %d articles in %.1f s%n", r.system(), r.articles(), r.seconds());
        }
        Result first = results.get(0);
        if (results.size() > 1) {
            out.printf(Locale.ROOT, "source overlap F1: %s %.3f, %s %.3f, difference %+.3f%n", first.system(),
                    first.source().f1(false), results.get(1).system(), results.get(1).source().f1(false),
                    first.source().f1(false) - results.get(1).source().f1(false));
        }
        out.printf(Locale.ROOT, "attribution f1=%.3f precision=%.3f recall=%.3f n=%d%n", first.source().f1(false),
                first.source().precision(false), first.source().recall(false), first.articles());
    }

    private static void row(PrintStream out, String system, String role, RoleScore s) {
        out.printf(Locale.ROOT, "%-10s %-8s %6d %6d | %.3f %.3f %.3f | %.3f %.3f %.3f%n", system, role, s.gold(),
                s.predicted(), s.precision(true), s.recall(true), s.f1(true), s.precision(false), s.recall(false),
                s.f1(false));
    }
}
