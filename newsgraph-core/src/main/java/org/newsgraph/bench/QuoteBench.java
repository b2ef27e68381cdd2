package org.newsgraph.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.claim.ClaimStage;
import org.newsgraph.extract.event.EventStage;
import org.newsgraph.extract.figure.FigureStage;
import org.newsgraph.extract.place.PlaceStage;
import org.newsgraph.extract.quote.QuoteStage;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputProblem;
import org.newsgraph.ingest.Readers;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.nlp.NlpStage;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.segment.DumpGenerator;

/**
 * What reading parts of speech costs the quote stage, in one run on the same articles: the stage with the
 * tagger beside the stage without it (both after the NLP stage, every article tagged afresh), and the standard
 * pipeline beside the same pipeline with the untagged quote stage, where the event stage's tagging pass is shared.
 */
public final class QuoteBench {

    private QuoteBench() {}

    public record Result(int articles, long chars, int quotes, double untagged, double tagged, double pipeline,
                         double pipelineUntagged) {

        public double stageRatio() {
            return tagged / untagged;
        }

        public double pipelineRatio() {
            return pipeline / pipelineUntagged;
        }
    }

    /** Generated articles (distinct, so none is found already tagged) measured as described above. */
    public static Result run(int generated, long seed, PrintStream out) {
        String text = DumpGenerator.generate(seed, generated).text();
        try {
            List<Article> articles = Readers.standard().read(
                    new InputFile("generated.txt", text.getBytes(StandardCharsets.UTF_8))).articles();
            return measure(articles, out);
        } catch (InputProblem e) {
            throw new IllegalStateException("the generated dump must read: " + e.getMessage(), e);
        }
    }

    static Result measure(List<Article> articles, PrintStream out) {
        NlpStage nlp = NlpStage.news();
        List<ExtractedArticle> read = new ArrayList<>();
        for (Article a : articles) read.add(nlp.apply(ExtractedArticle.bare(a)));
        QuoteStage untaggedStage = new QuoteStage();
        QuoteStage taggedStage = QuoteStage.standard();
        int[] quotes = new int[1];
        double untagged = Measure.medianSeconds(1, 3, () -> read.forEach(x -> quotes[0] = untaggedStage.apply(x).quotes().size()));
        double tagged = Measure.medianSeconds(1, 3, () -> read.forEach(x -> quotes[0] = taggedStage.apply(x).quotes().size()));
        Pipeline standard = Pipeline.standard();
        Pipeline withoutTags = new Pipeline(List.of(nlp, untaggedStage, new FigureStage(), new ClaimStage(),
                PlaceStage.standard(), EventStage.standard()));
        // alternate the two pipelines so that a slower minute on a shared machine falls on both
        List<Double> a = new ArrayList<>(), b = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            a.add(Measure.medianSeconds(0, 1, () -> articles.forEach(x -> quotes[0] += standard.run(x).quotes().size())));
            b.add(Measure.medianSeconds(0, 1, () -> articles.forEach(x -> quotes[0] += withoutTags.run(x).quotes().size())));
        }
        double pipeline = median(a), pipelineUntagged = median(b);
        long chars = articles.stream().mapToLong(x -> x.text().length()).sum();
        int found = read.stream().mapToInt(x -> taggedStage.apply(x).quotes().size()).sum();
        Result r = new Result(articles.size(), chars, found, untagged, tagged, pipeline, pipelineUntagged);
        out.printf(Locale.ROOT, "%d generated articles, %d chars, %d quotes%n", articles.size(), chars, found);
        row(out, "quote stage without tags (baseline)", untagged, articles.size());
        row(out, "quote stage tagging afresh", tagged, articles.size());
        row(out, "pipeline, untagged quote stage", pipelineUntagged, articles.size());
        row(out, "pipeline (Pipeline.standard)", pipeline, articles.size());
        out.printf(Locale.ROOT, "quote stage tagged/untagged %.2fx; pipeline standard/untagged %.3fx%n",
                r.stageRatio(), r.pipelineRatio());
        return r;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }

    private static void row(PrintStream out, String what, double seconds, int articles) {
        out.printf(Locale.ROOT, "  %-38s %10.1f ms %9.2f ms/article%n", what, seconds * 1e3, seconds * 1e3 / articles);
    }
}
