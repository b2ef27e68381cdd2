package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;

/** Readers on several threads while two threads put: no reader fails, no article is lost or doubled. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void readersRunWhileWritersPut() throws Exception {
        List<ExtractedArticle> bulletins = new ArrayList<>();
        for (int n = 0; n < 60; n++) bulletins.add(Newsroom.numbered(n));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (Store store = Store.open(dir)) {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int lastCount = 0;
                    int reads = 0;
                    while (writing.get() || reads == 0) {
                        int count = store.count();
                        assertThat(count).isGreaterThanOrEqualTo(lastCount);
                        lastCount = count;
                        for (Hit h : store.search("ferry", 3)) assertThat(store.article(h.id())).isPresent();
                        reads++;
                        Thread.sleep(2); // leave the two cores of a small machine to the writers too
                    }
                    return reads;
                }));
            }
            // two writers putting overlapping halves: every bulletin is NEW exactly once
            Future<List<Stored>> first = pool.submit(() -> putInBatches(store, bulletins.subList(0, 40)));
            Future<List<Stored>> second = pool.submit(() -> putInBatches(store, bulletins.subList(20, 60)));
            List<Stored> all = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
            all.addAll(second.get(60, TimeUnit.SECONDS));
            writing.set(false);
            for (Future<Integer> r : readers) assertThat(r.get(60, TimeUnit.SECONDS)).isPositive();

            assertThat(all.stream().filter(s -> s.outcome() == Stored.Outcome.NEW).map(Stored::id))
                    .hasSize(60).doesNotHaveDuplicates();
            assertThat(store.count()).isEqualTo(60);
            assertThat(store.search("ferry", 100)).hasSize(60);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Stored> putInBatches(Store store, List<ExtractedArticle> articles) {
        List<Stored> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += 10) out.addAll(store.put(articles.subList(i, i + 10)));
        return out;
    }
}
