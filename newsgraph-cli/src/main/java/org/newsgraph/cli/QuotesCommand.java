package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Paged;
import org.newsgraph.store.query.Quotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Quotes from the store: by speaker, medium, words in the quote and date; oldest first, so one speaker's over time. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List stored quotations by speaker, medium, words and date (oldest first).")
final class QuotesCommand implements Callable<Integer> {

    @Option(names = "--speaker", description = "Canonical speaker name, e.g. \"Hossam Badran\".")
    String speaker;

    @Option(names = "--medium", description = "Where it was said, e.g. Reuters, Telegram, interview.")
    String medium;

    @Option(names = "--words", description = "Words that must all occur in the quote.")
    String words;

    @Mixin
    PublishedBetween published;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOutput output;

    @Mixin
    StoreFolder folder;

    @Override
    public Integer call() throws Exception {
        if (folder.missing()) return 2;
        try (Store store = Store.open(folder.data)) {
            Paged<Quotes.Row> rows = store.query(db -> Quotes.find(db,
                    new Quotes.Filter(speaker, medium, words, published.from, published.to), Page.first(limit)));
            if (output.printed(rows.items())) return 0;
            if (rows.items().isEmpty()) System.out.println("no quote matches");
            for (Quotes.Row q : rows.items()) {
                String said = q.direct() ? "\u201C" + q.text() + "\u201D" : "(reported) " + q.text();
                System.out.printf("%s  %s%s: %s%n", q.article().published() == null ? "----------" : q.article().published(),
                        q.anonymous() ? "[anonymous] " : "", q.speaker() == null ? "?" : q.speaker(), said);
                System.out.printf("            %s%s%s | %s%n", q.cue() == null ? "" : q.cue(),
                        q.medium() == null ? "" : ", " + q.medium(), q.setting() == null ? "" : ", " + q.setting(),
                        q.article().headline());
            }
            if (rows.more()) System.out.println("(more: raise --limit)");
            return 0;
        }
    }
}
