package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;

/**
 * What a command that fails says: one line on standard error and a non-zero status, never a stack trace unless
 * {@code --debug} asks for it. The causes a user meets (output closed or full, a store that is corrupt, locked by
 * another process or on a full disk, memory too small) are named in words.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private final boolean debug;

    Failures(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        report(e);
        return 1;
    }

    /** Errors (out of memory, stack overflow) are not Exceptions; {@link Main} hands them here too. */
    void report(Throwable e) {
        System.err.println("newsgraph: " + line(e) + (debug ? "" : hint(e)));
        if (debug) e.printStackTrace(System.err);
    }

    static String line(Throwable e) {
        if (e instanceof StandardOutput.OutputFailure) return e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return "out of memory (at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap): give Java more with NEWSGRAPH_JAVA_OPTS=-Xmx..., or read fewer files at once";
        }
        if (e instanceof StackOverflowError) return "input nested too deeply to process (stack overflow)";
        String root = rootMessage(e);
        if (full(e)) return "the disk is full: " + firstLine(e.getMessage());
        if (e instanceof StoreException) return firstLine(e.getMessage());
        if (e instanceof UncheckedIOException || e instanceof IOException) return "input/output error: " + root;
        return "failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
    }

    private static String hint(Throwable e) {
        return e instanceof StoreException || e instanceof StandardOutput.OutputFailure || e instanceof OutOfMemoryError
                || e instanceof StackOverflowError || full(e) ? "" : " (run with --debug for details)";
    }

    private static boolean full(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("SQLITE_FULL"))) return true;
            if (t instanceof SQLException s && s.getErrorCode() == 13) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return firstLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    static String firstLine(String s) {
        if (s == null) return "";
        String t = s.lines().findFirst().orElse("").strip();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
