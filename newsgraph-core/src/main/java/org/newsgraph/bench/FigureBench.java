package org.newsgraph.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.Sentences;
import org.newsgraph.extract.claim.ClaimStage;
import org.newsgraph.extract.figure.FigureStage;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.DumpGenerator;

/**
 * What the figure and claim stages cost: their time beside the whole standard pipeline on the same articles
 * (their share of extraction), and beside splitting the same text into sentences (the floor any sentence-level
 * extractor pays), all measured in one run.
 */
public final class FigureBench {

    private FigureBench() {}

    public record Result(String corpus, int articles, long chars, int figures, int claims, double pipelineSeconds,
                         double figureSeconds, double claimSeconds, double sentenceSeconds) {

        public double share() {
            return (figureSeconds + claimSeconds) / pipelineSeconds;
        }
    }

    public static List<Result> run(List<Path> files, int generated, long seed, PrintStream out) {
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            try {
                results.add(measure(f.getFileName().toString(), Readers.standard().read(InputFile.read(f)).articles(), out));
            } catch (InputProblem e) {
                out.println(f + ": " + e.getMessage());
            }
        }
        if (generated > 0) {
            results.add(measure("figure-dense generated (seed " + seed + ")", FigureTextGenerator.generate(seed, generated), out));
            String text = DumpGenerator.generate(seed, generated).text();
            try {
                List<Article> articles = Readers.standard().read(
                        new InputFile("generated.txt", text.getBytes(StandardCharsets.UTF_8))).articles();
                results.add(measure("generated dump (seed " + seed + ")", articles, out));
            } catch (InputProblem e) {
                throw new IllegalStateException("the generated dump must read: " + e.getMessage(), e);
            }
        }
        return results;
    }

    static Result measure(String corpus, List<Article> given, PrintStream out) {
        // a corpus as small as the seed is repeated to 200 articles, so the JIT has warmed up when timing starts
        List<Article> articles = new ArrayList<>(given);
        while (!given.isEmpty() && articles.size() < 200) articles.addAll(given);
        Pipeline pipeline = Pipeline.standard();
        // The whole pipeline (with NLP) is slow: run it once over the corpus as the warm-up, time it once over
        // a sample of 20 articles, and scale to the repeated corpus. The cheap stages get the full repetition.
        List<ExtractedArticle> once = given.stream().map(pipeline::run).toList();
        List<ExtractedArticle> done = new ArrayList<>(once);
        while (!once.isEmpty() && done.size() < articles.size()) done.addAll(once);
        List<Article> sample = articles.subList(0, Math.min(articles.size(), 20));
        FigureStage figures = new FigureStage();
        ClaimStage claims = new ClaimStage();
        int[] sink = new int[1];
        int runs = 5;
        double all = Measure.medianSeconds(0, 1, () -> sample.forEach(a -> sink[0] += pipeline.run(a).figures().size()))
                * articles.size() / sample.size();
        double fig = Measure.medianSeconds(3, runs, () -> done.forEach(x -> sink[0] += figures.apply(x).figures().size()));
        double cl = Measure.medianSeconds(3, runs, () -> done.forEach(x -> sink[0] += claims.apply(x).claims().size()));
        double sentences = Measure.medianSeconds(3, runs, () -> articles.forEach(a -> sink[0] += Sentences.of(a).size()));
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        int nf = done.stream().mapToInt(x -> x.figures().size()).sum();
        int nc = done.stream().mapToInt(x -> x.claims().size()).sum();
        Result r = new Result(corpus, articles.size(), chars, nf, nc, all, fig, cl, sentences);
        out.printf(Locale.ROOT, "%s: %d articles (timed as %d), %d chars, %d figures, %d claims%n", corpus, given.size(), articles.size(), chars, nf, nc);
        row(out, "whole pipeline (Pipeline.standard)", all, articles.size(), chars);
        row(out, "figures stage", fig, articles.size(), chars);
        row(out, "claims stage", cl, articles.size(), chars);
        row(out, "baseline: sentence split only", sentences, articles.size(), chars);
        out.printf(Locale.ROOT, "figures+claims share of the pipeline %.1f%%; figures+claims / sentence split %.1fx%n",
                100 * r.share(), (fig + cl) / sentences);
        return r;
    }

    private static void row(PrintStream out, String what, double seconds, int articles, long chars) {
        out.printf(Locale.ROOT, "  %-36s %9.3f ms %9.3f ms/article %8.2f MB/s%n", what, seconds * 1e3,
                seconds * 1e3 / articles, chars / seconds / 1e6);
    }
}
