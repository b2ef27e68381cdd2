package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** The --from and --to options of every listing by publication date; either may be left out. */
final class PublishedBetween {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Articles published on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Articles published on or before.")
    String to;
}
