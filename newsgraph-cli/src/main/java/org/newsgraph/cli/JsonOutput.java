package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.newsgraph.export.ArticleJson;
import picocli.CommandLine.Option;

/** The --json option of every listing: the rows as one JSON array instead of lines for a reader. */
final class JsonOutput {

    @Option(names = "--json", description = "Machine output: one JSON array.")
    boolean json;

    /** Prints the rows as JSON when --json was given; returns whether it did. */
    boolean printed(List<?> rows) throws JsonProcessingException {
        if (json) System.out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        return json;
    }
}
