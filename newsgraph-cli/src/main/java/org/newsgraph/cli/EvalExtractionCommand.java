package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ExtractionEval;
import org.newsgraph.eval.ShingleScore;
import org.newsgraph.ingest.html.ArticleExtractor;
import org.newsgraph.ingest.html.Heuristic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval extraction}: main-text extraction on the article-extraction benchmark, beside the peers. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score main-text extraction on the article-extraction benchmark (word 4-gram F1), beside the peers in peers/.")
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--benchmark", required = true, paramLabel = "DIR",
            description = "Folder with ground-truth.json, html/ID.html.gz and optionally peers/NAME.json.")
    Path benchmark;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Write {id: {\"articleBody\": text}} here.")
    Path predictions;

    @Option(names = "--ablate", description = "Also score the extractor without each heuristic in turn.")
    boolean ablate;

    @Override
    public Integer call() throws Exception {
        ExtractionEval eval = new ExtractionEval(benchmark);
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, String> predicted = eval.predict(extractor);
        ShingleScore.Totals ours = eval.score(predicted);
        if (predictions != null) ExtractionEval.writePredictions(predicted, predictions);
        System.out.printf("%-24s %9s %9s %9s %5s%n", "system", "f1", "precision", "recall", "n");
        for (Map.Entry<String, ShingleScore.Totals> e : eval.peers().entrySet()) {
            if (e.getValue() == null) {
                System.out.printf("%-24s %s%n", e.getKey(), "(peers/" + e.getKey() + ".json holds no predictions)");
            } else {
                row(e.getKey(), e.getValue());
            }
        }
        row("newsgraph", ours);
        if (ablate) {
            ShingleScore.Totals none = eval.score(eval.predict(new ArticleExtractor(List.of())));
            System.out.printf("%nheuristic ablation (F1 with all heuristics %.4f, with none %.4f)%n", ours.f1(), none.f1());
            System.out.printf("%-24s %12s %14s %12s %14s%n", "heuristic", "all but it", "effect in all", "only it", "effect alone");
            for (Heuristic h : extractor.heuristics()) {
                List<Heuristic> rest = new ArrayList<>(extractor.heuristics());
                rest.remove(h);
                ShingleScore.Totals without = eval.score(eval.predict(new ArticleExtractor(rest)));
                ShingleScore.Totals alone = eval.score(eval.predict(new ArticleExtractor(List.of(h))));
                System.out.printf("%-24s %12.4f %+14.4f %12.4f %+14.4f%n", h.name(), without.f1(), ours.f1() - without.f1(),
                        alone.f1(), alone.f1() - none.f1());
            }
        }
        System.out.printf("extraction f1=%.3f precision=%.3f recall=%.3f n=%d%n", ours.f1(), ours.precision(), ours.recall(), ours.n());
        return 0;
    }

    private static void row(String name, ShingleScore.Totals t) {
        System.out.printf("%-24s %9.3f %9.3f %9.3f %5d%n", name, t.f1(), t.precision(), t.recall(), t.n());
    }
}
