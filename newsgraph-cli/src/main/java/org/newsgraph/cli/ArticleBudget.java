package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.pipeline.Batch;
import picocli.CommandLine.Option;

/** The time the stages may spend on one article before it is given up (reported, exit status 1). */
final class ArticleBudget {

    @Option(names = "--article-seconds", paramLabel = "S", defaultValue = "60",
            description = "Give up an article after the stages spent this many seconds of CPU time on it (default: ${DEFAULT-VALUE}).")
    int seconds;

    Batch applied(Batch batch) {
        return batch.withBudget(Duration.ofSeconds(Math.max(1, seconds)));
    }
}
