package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.TimexBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Our time expression finder beside SUTime on the same tagged texts (TimeML TEXT elements), "
                + "one thread, in one run.")
final class BenchTimexCommand implements Callable<Integer> {

    @Option(names = "--tml", required = true, description = "Folder of .tml files (walked recursively).")
    Path tml;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds of each side (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        TimexBench.run(tml, rounds, System.out);
        return 0;
    }
}
