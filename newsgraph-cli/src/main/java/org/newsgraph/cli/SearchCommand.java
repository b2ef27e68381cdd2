package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.BadQueryException;
import org.newsgraph.store.Hit;
import org.newsgraph.store.Marks;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Full-text search over headline and body, ranked, each hit with a snippet around the match. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the store with Lucene query syntax (ceasefire AND Doha, \"orderly exit\", headline:strike).")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined.")
    List<String> words;

    @Mixin
    StoreFolder folder;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() throws Exception {
        if (folder.missing()) return 2;
        String query = String.join(" ", words);
        try (Store store = Store.open(folder.data)) {
            List<Hit> hits = folded(store, query, limit);
            if (!output.printed(hits)) print(query, hits);
            return 0;
        } catch (BadQueryException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return 2;
        }
    }

    /** The best hits, reprints of one story folded into its best-ranked print, as the API gives them. */
    static List<Hit> folded(Store store, String query, int limit) {
        return ArticleSearch.find(store, query, ArticleFilter.NONE, Page.first(limit), Marks.BRACKETS, false)
                .hits().items();
    }

    static void print(String query, List<Hit> hits) {
        if (hits.isEmpty()) {
            System.out.println("no article matches " + query);
            return;
        }
        int n = 0;
        for (Hit h : hits) {
            n++;
            System.out.printf("%2d. %s  [%s]  score %.2f%n", n, h.headline(),
                    h.published() == null ? "date unknown" : h.published(), h.score());
            System.out.println("    " + h.sourcePath() + "  id " + h.id()
                    + (h.prints() > 1 ? "  (and " + (h.prints() - 1) + " more " + (h.prints() == 2 ? "print" : "prints")
                    + " of this story)" : ""));
            if (h.snippet() != null && !h.snippet().isBlank()) System.out.println("    ... " + h.snippet().replaceAll("\\s+", " ") + " ...");
        }
    }
}
