package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Articles as JSONL on stdout; problems on stderr, one line each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read files or folders and write one JSON object per article (the output contract) to stdout.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Mixin
    ArticleBudget budget;

    @Override
    public Integer call() {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(StandardOutput.open(), StandardCharsets.UTF_8), 1 << 16);
        Batch.Summary summary = budget.applied(Batch.standard()).run(paths, new Batch.Listener() {
            @Override
            public void article(ExtractedArticle article) {
                try {
                    out.write(ArticleJson.toJson(article));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void problem(String file, String reason) {
                Problems.report(file, reason);
            }

            @Override
            public void note(String file, String text) {
                Problems.report(file, text);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary.clean() ? 0 : 1;
    }
}
