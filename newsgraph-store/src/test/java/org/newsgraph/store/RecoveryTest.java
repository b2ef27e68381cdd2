package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.cluster.Print;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;

class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws IOException {
        String before;
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
            before = store.fingerprint();
        }
        deleteRecursively(dir.resolve(Store.INDEX));
        try (Store store = Store.open(dir)) {
            assertThat(store.search("strike", 10)).extracting(Hit::id)
                    .containsExactly(Newsroom.harbourStrike().id(), Newsroom.tramVote().id());
            assertThat(store.fingerprint()).isEqualTo(before);
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
        }
        try (Stream<Path> files = Files.list(dir.resolve(Store.INDEX))) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.search("harvest", 10)).extracting(Hit::id).containsExactly(Newsroom.appleHarvest().id());
        }
    }

    /** The process died after the SQLite commit and before the index commit: the index lacks an article. */
    @Test
    void anArticleMissingFromTheIndexIsIndexedOnOpen() throws Exception {
        ExtractedArticle late = Newsroom.tramVote();
        try (Store store = Store.open(dir)) {
            store.put(List.of(Newsroom.harbourStrike()));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE))) {
            db.setAutoCommit(false);
            ArticleRows.insert(db, late, 2);
            Facts.insert(db, late);
            db.commit();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.search("drivers", 10)).extracting(Hit::id).containsExactly(late.id());
            assertThat(store.count()).isEqualTo(2);
        }
    }

    @Test
    void aRepeatedIndexWriteNeverMakesASecondDocument() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
        }
        try (ArticleIndex index = ArticleIndex.open(dir.resolve(Store.INDEX))) {
            ArticleIndex.Entry again = ArticleRows.indexEntry(Newsroom.tramVote());
            index.put(again, Print.of(again.body())); // as a retried put would
            index.commit();
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderFailsClearly() {
        try (Store store = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("open in another");
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.open(dir);
        store.close();
        store.close();
        assertThatThrownBy(store::count).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
