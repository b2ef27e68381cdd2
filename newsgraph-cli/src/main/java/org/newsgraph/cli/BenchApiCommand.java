package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.server.ApiBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** API latency on a store of generated articles, beside the same queries in-process. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "API latency (p50/p95/p99) for search and article pages over loopback, beside the same"
                + " queries against the store in-process, in the same run.")
final class BenchApiCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--requests", defaultValue = "500",
            description = "Measured requests per endpoint, after as many warm-up ones (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        return ApiBench.run(new ApiBench.Settings(articles, requests, seed), System.out) ? 0 : 1;
    }
}
