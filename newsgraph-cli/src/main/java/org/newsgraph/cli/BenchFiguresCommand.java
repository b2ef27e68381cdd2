package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.FigureBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Time of the figure and claim stages beside the whole pipeline and beside sentence splitting.")
final class BenchFiguresCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Dumps or JSONL files to measure on (e.g. the seed).")
    List<Path> files = List.of();

    @Option(names = "--articles", defaultValue = "2000", description = "Generated articles (default: ${DEFAULT-VALUE}; 0 for none).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        FigureBench.run(files, articles, seed, System.out);
        return 0;
    }
}
