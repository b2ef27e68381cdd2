package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.QuoteBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Time of the quote stage with parts of speech beside it without them, alone and in the "
                + "whole pipeline.")
final class BenchQuotesCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "40", description = "Generated articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        QuoteBench.run(articles, seed, System.out);
        return 0;
    }
}
