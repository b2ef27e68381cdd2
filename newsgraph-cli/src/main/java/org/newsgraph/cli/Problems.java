package org.newsgraph.cli;

/** Problems with inputs: one line on stderr, naming the file first. */
final class Problems {

    private Problems() {}

    static void report(String file, String reason) {
        System.err.println("newsgraph: " + file + ": " + reason);
    }
}
