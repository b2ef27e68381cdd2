package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.NlpBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph bench nlp */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Tokens/s, articles/s, peak heap and load time of our NLP core beside CoreNLP's full pipeline.")
final class BenchNlpCommand implements Callable<Integer> {

    @Option(names = "--seed", description = "A text dump to include (default: ${DEFAULT-VALUE}, skipped when absent).",
            defaultValue = "../shared/seeds/000_b7151a86ead9373e.txt")
    Path seed;

    @Option(names = "--rounds", description = "Measured rounds over the texts for our core (default: ${DEFAULT-VALUE}).",
            defaultValue = "6")
    int rounds;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's full pipeline.")
    boolean noBaseline;

    @Override
    public Integer call() throws Exception {
        NlpBench.report(NlpBench.run(NlpBench.texts(seed), rounds, !noBaseline, System.out), System.out);
        return 0;
    }
}
