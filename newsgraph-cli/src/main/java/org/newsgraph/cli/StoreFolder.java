package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option of every command that reads the store, and its one-line complaint when there is none. */
final class StoreFolder {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data;

    /** True, after saying so on stderr, when no store exists at the folder. */
    boolean missing() {
        return Problems.noStore(data);
    }
}
