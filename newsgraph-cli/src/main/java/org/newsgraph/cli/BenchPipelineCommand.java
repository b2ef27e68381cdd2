package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.PipelineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** newsgraph bench pipeline */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "The whole extraction beside CoreNLP's full pipeline on the same news texts, one thread each: "
                + "load time, tokens/s, articles/s, peak heap, and where our time goes.")
final class BenchPipelineCommand implements Callable<Integer> {

    @Option(names = "--texts", defaultValue = "../shared/benchmarks/quote-attribution-polnear/dev/text",
            description = "A folder of plain-text articles, one a file (default: ${DEFAULT-VALUE}; the bundled invented "
                    + "articles when absent).")
    Path texts;

    @Option(names = "--limit", defaultValue = "80", description = "At most this many articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "4",
            description = "Timed rounds for ours; CoreNLP gets a quarter of them, at least one (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's full pipeline.")
    boolean noBaseline;

    @Override
    public Integer call() throws Exception {
        PipelineBench.report(PipelineBench.run(PipelineBench.articles(texts, limit), rounds, !noBaseline, System.out),
                System.out);
        return 0;
    }
}
