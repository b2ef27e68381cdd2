package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Page;

/**
 * The query parser and search on queries from Jazzer: a query is answered or refused with a
 * {@link BadQueryException} of one line; nothing else may come out (the API turns that exception into a 400 and
 * anything else into a 500). Seeds and past crashes: the resource folder QueryFuzzTestInputs/search.
 */
class QueryFuzzTest {

    private static Path dir;
    private static Store store;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("newsgraph-query-fuzz");
        store = Store.open(dir);
        List<ExtractedArticle> all = new ArrayList<>(Newsroom.all());
        for (int i = 0; i < 50; i++) all.add(Newsroom.numbered(i));
        store.put(all);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void search(FuzzedDataProvider data) {
        String query = data.consumeRemainingAsString();
        try {
            store.search(query, 10);
            ArticleSearch.find(store, query, ArticleFilter.NONE, Page.first(10), Marks.HTML_BOLD, true);
        } catch (BadQueryException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }
}
