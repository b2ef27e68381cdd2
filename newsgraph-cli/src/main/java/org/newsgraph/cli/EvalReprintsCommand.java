package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval reprints}: does the store put reprints of a story together, and only them? Real
 * articles (each a text file, first line the headline) are stored, then a copy of each, edited as outlets
 * edit wire copy; a copy should join its original's story, and no two originals should share one.
 */
@Command(name = "reprints", mixinStandardHelpOptions = true,
        description = "Store real articles and edited copies of them; score how the copies join their stories.")
public final class EvalReprintsCommand implements Callable<Integer> {

    @Option(names = "--texts", required = true, description = "folder of .txt articles, read recursively")
    Path texts;

    @Option(names = "--limit", description = "only the first N articles")
    Integer limit;

    /** How an outlet changes wire copy; each copy gets one, in turn. */
    enum Edit {
        NEW_HEADLINE_AND_SIGN_OFF, LAST_PARAGRAPH_CUT, CURLY_QUOTES_AND_DATELINE, FIRST_HALF_ONLY;

        ExtractedArticle apply(String file, String headline, List<String> paragraphs) {
            List<String> p = new ArrayList<>(paragraphs);
            String h = headline;
            switch (this) {
                case NEW_HEADLINE_AND_SIGN_OFF -> {
                    h = "Reprinted: " + headline.toLowerCase(Locale.ROOT);
                    p.add("Reporting by the wire desk; editing by the night staff.");
                }
                case LAST_PARAGRAPH_CUT -> {
                    if (p.size() > 1) p.remove(p.size() - 1);
                }
                case CURLY_QUOTES_AND_DATELINE -> {
                    p.replaceAll(s -> s.replaceAll("\"([^\"]*)\"", "\u201C$1\u201D").replace("'", "\u2019"));
                    if (!p.isEmpty()) p.set(0, "WASHINGTON (Wire) \u2014 " + p.get(0));
                }
                case FIRST_HALF_ONLY -> p = new ArrayList<>(p.subList(0, Math.max(1, (p.size() + 1) / 2)));
            }
            return article("copy/" + file, h, p);
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(texts)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        if (limit != null && limit < files.size()) files = files.subList(0, limit);
        List<ExtractedArticle> originals = new ArrayList<>();
        List<ExtractedArticle> copies = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            if (lines.size() < 2) continue;
            String name = texts.relativize(f).toString();
            originals.add(article(name, lines.get(0), lines.subList(1, lines.size())));
            Edit edit = Edit.values()[copies.size() % Edit.values().length];
            copies.add(edit.apply(name, lines.get(0), lines.subList(1, lines.size())));
        }
        try (ScratchFolder data = new ScratchFolder("newsgraph-reprints"); Store store = Store.open(data.path)) {
            for (int i = 0; i < originals.size(); i += 100) store.put(originals.subList(i, Math.min(i + 100, originals.size())));
            for (int i = 0; i < copies.size(); i += 100) store.put(copies.subList(i, Math.min(i + 100, copies.size())));
            int merged = 0;
            List<String> mergedLines = new ArrayList<>();
            for (ExtractedArticle o : originals) {
                String story = store.article(o.id()).orElseThrow().story();
                if (o.id().equals(story)) continue;
                merged++;
                mergedLines.add("  " + o.article().source().path() + " joined the story of "
                        + store.article(story).map(x -> x.article().source().path()).orElse(story));
            }
            int[] joined = new int[Edit.values().length];
            int[] wrong = new int[Edit.values().length];
            int[] n = new int[Edit.values().length];
            for (int i = 0; i < copies.size(); i++) {
                int e = i % Edit.values().length;
                n[e]++;
                String story = store.article(copies.get(i).id()).orElseThrow().story();
                String original = store.article(originals.get(i).id()).orElseThrow().story();
                if (story.equals(original)) joined[e]++;
                else if (!story.equals(copies.get(i).id())) wrong[e]++;
            }
            System.out.printf(Locale.ROOT, "%d articles, %d edited copies%n", originals.size(), copies.size());
            System.out.printf(Locale.ROOT, "%-28s %6s %8s %12s%n", "edit", "copies", "joined", "wrong story");
            int tp = 0, fp = merged, all = 0;
            for (Edit e : Edit.values()) {
                int k = e.ordinal();
                System.out.printf(Locale.ROOT, "%-28s %6d %8d %12d%n", e.name().toLowerCase(Locale.ROOT), n[k], joined[k], wrong[k]);
                tp += joined[k];
                fp += wrong[k];
                all += n[k];
            }
            System.out.printf(Locale.ROOT, "originals put in another original's story: %d of %d%n", merged, originals.size());
            mergedLines.forEach(System.out::println);
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = all == 0 ? 0 : (double) tp / all;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(Locale.ROOT, "reprints f1=%.3f precision=%.3f recall=%.3f n=%d%n", f1, p, r, all);
        }
        return 0;
    }

    private static ExtractedArticle article(String file, String headline, List<String> paragraphs) {
        return ExtractedArticle.bare(Article.assemble(new Source(file, null, "text", 0), headline, Published.unknown(),
                List.of(), paragraphs.stream().map(Block::paragraph).toList()));
    }
}
