package org.newsgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output with every write checked. {@link System#out} is a {@link PrintStream}, which swallows write errors:
 * a full disk or a closed pipe would leave a truncated output and a success status. In the real process the commands
 * write to the file descriptor itself, whose errors surface as {@link OutputFailure}; in-process (tests, which
 * replace System.out) they write to System.out and check its error flag after each write.
 */
final class StandardOutput {

    /** Set by {@link Main#main}: standard output is the process's own. */
    static volatile boolean direct;

    private StandardOutput() {}

    static OutputStream open() {
        return direct ? new Checked(new FileOutputStream(FileDescriptor.out), null) : new Checked(System.out, System.out);
    }

    /** A write to the output failed: the run must stop and say so. */
    static final class OutputFailure extends RuntimeException {
        OutputFailure(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    private static final class Checked extends OutputStream {
        private final OutputStream out;
        private final PrintStream flagged;

        Checked(OutputStream out, PrintStream flagged) {
            this.out = out;
            this.flagged = flagged;
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
            check();
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
            check();
        }

        /** Standard output is never closed by a command: only flushed. */
        @Override
        public void close() {
            flush();
        }

        private void check() {
            if (flagged != null && flagged.checkError()) {
                throw new OutputFailure("cannot write to standard output (closed or full)", null);
            }
        }

        private static OutputFailure failure(IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new OutputFailure("cannot write to standard output: " + m, e);
        }
    }
}
