package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.AttributionEval;
import org.newsgraph.eval.CoreNlpQuoteAttributor;
import org.newsgraph.eval.NewsgraphAttributor;
import org.newsgraph.eval.PolnearDocument;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval attribution}: who said what, scored on PolNeAR. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Score quote attribution (Source, Cue, Content) on PolNeAR and write brat predictions.")
public final class EvalAttributionCommand implements Callable<Integer> {

    @Option(names = "--polnear", required = true, description = "PolNeAR root (its dev split is read) or a split folder")
    Path polnear;

    @Option(names = "--predictions", description = "folder for OUT/<text file stem>.ann (baselines in OUT/<name>/)")
    Path predictions;

    @Option(names = "--baseline", description = "also run and score a baseline in the same run: corenlp")
    String baseline;

    @Option(names = "--limit", description = "only the first N articles (for development)")
    Integer limit;

    @Option(names = "--threads", defaultValue = "1",
            description = "articles attributed at a time (default ${DEFAULT-VALUE}; the scores do not depend on it)")
    int threads;

    @Override
    public Integer call() {
        List<PolnearDocument> docs = PolnearDocument.read(polnear);
        if (limit != null && limit < docs.size()) docs = docs.subList(0, limit);
        List<AttributionEval.Result> results = new ArrayList<>();
        results.add(AttributionEval.run(docs, new NewsgraphAttributor(Pipeline.standard()), predictions, threads));
        if ("corenlp".equals(baseline)) {
            results.add(AttributionEval.run(docs, new CoreNlpQuoteAttributor(),
                    predictions == null ? null : predictions.resolve("corenlp"), threads));
        } else if (baseline != null) {
            System.err.println("unknown baseline: " + baseline + " (known: corenlp)");
            return 2;
        }
        AttributionEval.print(results, System.out);
        return 0;
    }
}
