package org.newsgraph.cli;

/** Problems with inputs: one line on stderr, naming the file first. */
final class Problems {

    private Problems() {}

    static void report(String file, String reason) {
        System.err.println("newsgraph: " + file + ": " + reason);
    }

    /** True, after saying so in one line, when the commands that read a store find none at {@code data}. */
    static boolean noStore(java.nio.file.Path data) {
        if (java.nio.file.Files.isDirectory(data)) return false;
        System.err.println("newsgraph: no store at " + data + ": run `newsgraph ingest PATH --data " + data + "` first");
        return true;
    }
}
