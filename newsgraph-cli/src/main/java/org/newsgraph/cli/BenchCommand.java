package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Throughput and memory, each beside a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput and memory beside a baseline measured in the same run.",
        subcommands = {BenchSegmentCommand.class, BenchIngestCommand.class, BenchHostileCommand.class, BenchBigDumpCommand.class, BenchNlpCommand.class,
                BenchFiguresCommand.class, BenchExtractionCommand.class, BenchApiCommand.class,
                BenchQuotesCommand.class, BenchTimexCommand.class, BenchPipelineCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
