package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Learns the models that ship as resources, from the shared benchmarks' training splits. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Learn a shipped model from a benchmark's training split (measured on its dev split).",
        subcommands = {TrainNerCommand.class, TrainWordClassesCommand.class})
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
