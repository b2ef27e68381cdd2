package org.newsgraph.cli;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.query.Figures;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Paged;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Figures from the store, filtered by what they count, place, claimant and date; with --by-claimant, one
 * quantity's figures side by side per claimant over time (who says how many were killed, day by day).
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "List stored figures by what they count, place, claimant and date, or side by side per claimant.")
final class FiguresCommand implements Callable<Integer> {

    @Option(names = "--counts", description = "What is counted: killed, wounded, hostages, troops, displaced, money, ...")
    String counts;

    @Option(names = "--place", description = "Place name as extracted, e.g. Gaza.")
    String place;

    @Option(names = "--claimant", description = "Canonical claimant name.")
    String claimant;

    @Mixin
    PublishedBetween published;

    @Option(names = "--by-claimant", description = "A table: one row per date, one column per claimant.")
    boolean byClaimant;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many figures (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOutput output;

    @Mixin
    StoreFolder folder;

    @Override
    public Integer call() throws Exception {
        if (folder.missing()) return 2;
        try (Store store = Store.open(folder.data)) {
            Paged<Figures.Row> rows = store.query(db -> Figures.find(db,
                    new Figures.Filter(counts, place, claimant, published.from, published.to), Page.first(limit)));
            if (output.printed(rows.items())) {
                return 0;
            } else if (byClaimant) {
                sideBySide(rows);
            } else {
                if (rows.items().isEmpty()) System.out.println("no figure matches");
                for (Figures.Row f : rows.items()) {
                    System.out.printf("%s  %s %s%s%s  claimed by %s | %s%n", dateOf(f), amount(f), f.counts(),
                            f.subject() == null ? "" : " (" + f.subject() + ")",
                            f.where() == null ? "" : " in " + f.where(),
                            f.claimant() == null ? "the article" : f.claimant(), f.article().headline());
                }
            }
            if (rows.more()) System.out.println("(more: raise --limit)");
            return 0;
        }
    }

    private static void sideBySide(Paged<Figures.Row> rows) {
        Set<String> claimants = new LinkedHashSet<>();
        Map<String, Map<String, String>> byDate = new TreeMap<>();
        for (Figures.Row f : rows.items()) {
            String who = f.claimant() == null ? "(the article)" : f.claimant();
            claimants.add(who);
            String cell = amount(f);
            byDate.computeIfAbsent(dateOf(f), d -> new TreeMap<>()).merge(who, cell, (a, b) -> a + "; " + b);
        }
        StringBuilder head = new StringBuilder(String.format("%-12s", "date"));
        for (String c : claimants) head.append(" | ").append(c);
        System.out.println(head);
        for (var e : byDate.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-12s", e.getKey()));
            for (String c : claimants) line.append(" | ").append(e.getValue().getOrDefault(c, ""));
            System.out.println(line);
        }
    }

    private static String dateOf(Figures.Row f) {
        if (f.when() != null && f.when().matches("\\d{4}-\\d{2}-\\d{2}.*")) return f.when().substring(0, 10);
        return f.article().published() == null ? "----------" : f.article().published();
    }

    /** "more than 1,200", or the words for a vague amount that has no point value ("tens of thousands"). */
    private static String amount(Figures.Row f) {
        if (f.value() == null && f.text() != null) return f.text();
        String unit = f.unit() == null ? "" : "percent".equals(f.unit()) ? "%" : " " + f.unit();
        return (f.qualifier() == null ? "" : f.qualifier() + " ") + number(f.value()) + unit;
    }

    private static String number(Double v) {
        if (v == null) return "?";
        return v == Math.rint(v) ? String.format("%,d", v.longValue()) : String.valueOf(v);
    }
}
