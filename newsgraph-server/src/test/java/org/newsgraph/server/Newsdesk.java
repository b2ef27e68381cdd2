package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.pipeline.Batch;
import org.newsgraph.store.Store;

/**
 * Stores for the tests, filled the real way: the sample corpus through the real pipeline, plus
 * contract objects from the test resources.
 *
 * <p>The sample corpus has no quotes, actors or figures yet (the extractors are still being built),
 * so {@code seed-facts.jsonl} adds three invented articles, written by hand as output-contract
 * objects, whose quotes, entities, actors, figures, claims, dates, places and events carry correct
 * offsets (FixturesTest checks them). They exercise the UI paths that the sample cannot yet.
 */
final class Newsdesk {

    static final String SEED = "seed-facts.jsonl";
    static final String HOSTILE = "hostile.jsonl";

    private Newsdesk() {}

    /** The repository's sample corpus, relative to the module folder. */
    static Path examples() {
        Path p = Path.of("..", "examples", "corpus");
        Assumptions.assumeTrue(Files.isDirectory(p), "examples/corpus missing at " + p.toAbsolutePath());
        return p;
    }

    /** Ingests the sample corpus through the standard pipeline; returns how many articles it gave. */
    static int ingestExamples(Store store) {
        return ingest(store, examples());
    }

    /** Ingests files or folders through the standard pipeline; returns how many articles they gave. */
    static int ingest(Store store, Path input) {
        List<ExtractedArticle> read = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Batch.standard().run(List.of(input), new Batch.Listener() {
            @Override
            public void article(ExtractedArticle article) {
                read.add(article);
            }

            @Override
            public void problem(String file, String reason) {
                problems.add(file + ": " + reason);
            }
        });
        if (!problems.isEmpty()) throw new IllegalStateException(input + " has problems: " + problems);
        store.put(read);
        return read.size();
    }

    /** Contract objects, one a line, from a test resource; each key of {@code replace} replaced by its value first. */
    static List<ExtractedArticle> contract(String resource, Map<String, String> replace) {
        try (InputStream in = Newsdesk.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + resource);
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : replace.entrySet()) all = all.replace(e.getKey(), e.getValue());
            List<ExtractedArticle> out = new ArrayList<>();
            for (String line : all.split("\n")) if (!line.isBlank()) out.add(ArticleJson.fromJson(line));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample corpus and the seeded facts in one store. */
    static Store newsroom(Path dir) {
        Store store = Store.open(dir);
        ingestExamples(store);
        store.put(contract(SEED, Map.of()));
        return store;
    }
}
