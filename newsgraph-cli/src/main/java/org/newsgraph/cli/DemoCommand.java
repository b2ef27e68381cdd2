package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.Hit;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The main job on the bundled sample: ingest it, then show what newsgraph made of it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample corpus (examples/corpus) and print what newsgraph found in it.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/corpus",
            description = "The corpus to ingest (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--query", defaultValue = "strike",
            description = "A search to run on the result (default: ${DEFAULT-VALUE}).")
    String query;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            System.err.println("newsgraph: " + corpus + ": no such folder (run the demo from the repository root)");
            return 2;
        }
        try (Store store = Store.open(data)) {
            IngestCommand.Ingest.Counts counts = IngestCommand.Ingest.run(store, org.newsgraph.pipeline.Batch.standard(), List.of(corpus), false);
            System.out.println(counts.summary() + " (store: " + data + ", " + store.count() + " articles)");
            System.out.println();
            List<Hit> all = store.search("*:*", 1000);
            System.out.println("Articles in the store:");
            for (Hit h : all) {
                ExtractedArticle x = store.article(h.id()).orElseThrow();
                System.out.printf("- %s%n  %s | published %s (%s) | %d paragraphs, %d subheads, %d images"
                                + " | %d entities, %d actors, %d quotes, %d figures, %d places, %d events%n",
                        x.article().headline(), x.article().source().path(), published(x), x.article().published().basis(),
                        x.article().paragraphs().size(), x.article().subheads().size(), x.article().images().size(),
                        x.entities().size(), x.actors().size(), x.quotes().size(), x.figures().size(),
                        x.places().size(), x.events().size());
            }
            System.out.println();
            System.out.println("Search: " + query);
            SearchCommand.print(query, SearchCommand.folded(store, query, 5));
            System.out.println();
            System.out.println("Next: ./newsgraph quotes --data " + data + "   ./newsgraph figures --data " + data
                    + "   ./newsgraph stories --data " + data
                    + "   ./newsgraph serve --data " + data + "  (then open http://127.0.0.1:8080/)");
            return counts.failedFiles() > 0 ? 1 : 0;
        }
    }

    private static String published(ExtractedArticle x) {
        var p = x.article().published();
        if (p.date() != null) return p.date();
        if (p.notBefore() != null || p.notAfter() != null) {
            return "between " + (p.notBefore() == null ? "?" : p.notBefore()) + " and "
                    + (p.notAfter() == null ? "?" : p.notAfter());
        }
        return "unknown";
    }
}
