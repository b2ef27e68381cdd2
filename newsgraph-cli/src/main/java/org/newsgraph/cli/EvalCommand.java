package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Scores newsgraph on a public benchmark. Every task prints its score as its last line,
 * {@code TASK f1=0.000 precision=0.000 recall=0.000 n=N}, and writes its predictions with --predictions.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score newsgraph on a public benchmark and write its predictions.",
        subcommands = {EvalExtractionCommand.class, EvalNerCommand.class, EvalTimexCommand.class,
                EvalAttributionCommand.class, EvalGeoCommand.class, EvalEventsCommand.class,
                EvalReprintsCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
