package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsgraph command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Raw news in, a knowledge base out: every fact points back to its sentence.",
        subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, SearchCommand.class,
                QuotesCommand.class, FiguresCommand.class, StoriesCommand.class,
                ServeCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit status, so tests can call it in-process. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
