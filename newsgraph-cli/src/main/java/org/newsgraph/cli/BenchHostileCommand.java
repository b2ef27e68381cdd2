package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.server.HostileQueryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Query bombs and a fuzzed run of random queries against the search API; exit 1 if any answer was a 500. */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = "Status and time of query bombs against /api/search beside an ordinary search, then a fuzzed run"
                + " of random queries (no answer may be a 500).")
final class BenchHostileCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "2000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--fuzzed", defaultValue = "5000", description = "Random queries to send (default: ${DEFAULT-VALUE}).")
    int fuzzed;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        return HostileQueryBench.run(new HostileQueryBench.Settings(articles, fuzzed, seed), System.out) ? 0 : 1;
    }
}
