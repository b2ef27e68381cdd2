package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.SegmentBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Segmentation throughput (MB/s, articles/s) on a generated dump, beside splitting it into lines.")
final class BenchSegmentCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        SegmentBench.run(articles, seed, System.out);
        return 0;
    }
}
