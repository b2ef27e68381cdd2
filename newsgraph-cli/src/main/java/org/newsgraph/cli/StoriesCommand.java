package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Paged;
import org.newsgraph.store.query.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stories from the store: texts printed several times, across outlets or files, the most printed first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stories the store holds several prints of (reprints of one text), the most printed first.")
final class StoriesCommand implements Callable<Integer> {

    @Option(names = "--min", defaultValue = "2", description = "At least this many prints (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOutput output;

    @Mixin
    StoreFolder folder;

    @Override
    public Integer call() throws Exception {
        if (folder.missing()) return 2;
        if (limit < 1) {
            System.err.println("newsgraph stories: --limit must be at least 1, was " + limit);
            return 2;
        }
        try (Store store = Store.open(folder.data)) {
            Paged<Story.Summary> rows = store.query(db -> Story.largest(db, min, Page.first(limit)));
            if (output.printed(rows.items())) return 0;
            if (rows.items().isEmpty()) System.out.println("no story has " + min + " or more prints");
            for (Story.Summary s : rows.items()) {
                System.out.printf("%d %s  %s  (%s)%n", s.prints(), s.prints() == 1 ? "print " : "prints", s.headline() == null ? "(no headline)" : s.headline(),
                        s.firstPublished() == null ? "dates unknown" : s.firstPublished().equals(s.lastPublished())
                                ? s.firstPublished() : s.firstPublished() + " to " + s.lastPublished());
                for (String source : s.sources()) System.out.println("          " + source);
            }
            if (rows.more()) System.out.println("(more: raise --limit)");
            return 0;
        }
    }
}
