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

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, print the stack trace as well as the one-line reason.")
    boolean debug;

    public static void main(String[] args) {
        StandardOutput.direct = true;
        int status = run(args);
        System.out.flush();
        if (System.out.checkError()) {
            System.err.println("newsgraph: cannot write to standard output (closed or full)");
            if (status == 0) status = 1;
        }
        System.exit(status);
    }

    /** Runs the command and returns its exit status, so tests can call it in-process. */
    public static int run(String... args) {
        Failures failures = new Failures(java.util.Arrays.asList(args).contains("--debug"));
        try {
            return new CommandLine(new Main()).setExecutionExceptionHandler(failures).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            failures.report(e);
            return 1;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
