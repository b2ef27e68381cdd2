package org.newsgraph.ingest;

/** An input that cannot be read, with a one-line reason a user can act on. */
public class InputProblem extends Exception {
    public InputProblem(String reason) {
        super(reason);
    }
}
