package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.Stored.Outcome.NEW;
import static org.newsgraph.store.Stored.Outcome.UNCHANGED;
import static org.newsgraph.store.Stored.Outcome.UPDATED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.ExtractedArticle;

class PutTest {

    @TempDir
    Path dir;

    @Test
    void newArticlesAreNewAndTheSameArticlesAgainAreUnchanged() {
        List<ExtractedArticle> all = Newsroom.all();
        try (Store store = Store.open(dir)) {
            assertThat(store.put(all)).extracting(Stored::outcome).containsExactly(NEW, NEW, NEW);
            assertThat(store.put(all)).extracting(Stored::outcome).containsExactly(UNCHANGED, UNCHANGED, UNCHANGED);
            assertThat(store.put(all)).extracting(Stored::id).containsExactlyElementsOf(all.stream()
                    .map(ExtractedArticle::id).toList());
            assertThat(store.count()).isEqualTo(3);
        }
    }

    @Test
    void theSameArticleWithOtherFactsReplacesItsRowsAndKeepsItsPlace() {
        ExtractedArticle strike = Newsroom.harbourStrike();
        // what a newer extractor might say of the same article: one quote fewer, no figures
        ExtractedArticle reExtracted = new ExtractedArticle(strike.article(), strike.entities(), strike.actors(),
                List.of(), List.of(), strike.claims(), strike.dates(), strike.places(), strike.events(), null);
        try (Store store = Store.open(dir)) {
            store.put(List.of(strike, Newsroom.appleHarvest()));
            assertThat(store.put(List.of(reExtracted))).extracting(Stored::outcome).containsExactly(UPDATED);
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.article(strike.id())).as("it keeps the story the store gave it")
                    .contains(reExtracted.withStory(strike.id()));
            assertThat(store.articleFromTables(strike.id()).orElseThrow().quotes()).isEmpty();
            assertThat(store.search("harbour", 10)).hasSize(1);
            assertThat(store.put(List.of(reExtracted))).extracting(Stored::outcome).containsExactly(UNCHANGED);
        }
    }

    @Test
    void anArticleTwiceInOneBatchIsStoredOnce() {
        ExtractedArticle strike = Newsroom.harbourStrike();
        try (Store store = Store.open(dir)) {
            assertThat(store.put(List.of(strike, Newsroom.appleHarvest(), strike)))
                    .extracting(Stored::outcome).containsExactly(NEW, NEW, UNCHANGED);
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.search("harbour", 10)).hasSize(1);
        }
    }

    @Test
    void aMixedBatchStoresOnlyTheNewOnes() {
        try (Store store = Store.open(dir)) {
            store.put(List.of(Newsroom.harbourStrike()));
            assertThat(store.put(Newsroom.all())).extracting(Stored::outcome).containsExactly(UNCHANGED, NEW, NEW);
            assertThat(store.count()).isEqualTo(3);
        }
    }

    @Test
    void puttingTheSameArticlesTwiceLeavesTheStoreIdentical() {
        String once;
        String onceDump;
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
            once = store.fingerprint();
            onceDump = store.contents();
            store.put(Newsroom.all());
            assertThat(store.contents()).isEqualTo(onceDump);
            assertThat(store.fingerprint()).isEqualTo(once);
        }
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
            assertThat(store.fingerprint()).isEqualTo(once);
        }
    }

    @Test
    void theFingerprintSeesEveryChange() {
        try (Store store = Store.open(dir)) {
            String empty = store.fingerprint();
            store.put(List.of(Newsroom.appleHarvest()));
            String one = store.fingerprint();
            store.put(List.of(Newsroom.tramVote()));
            assertThat(List.of(empty, one, store.fingerprint())).doesNotHaveDuplicates();
        }
    }

    @Test
    void twoStoresFilledAlikeHaveTheSameFingerprint(@TempDir Path other) {
        try (Store a = Store.open(dir); Store b = Store.open(other)) {
            a.put(Newsroom.all());
            b.put(Newsroom.all().subList(0, 2));
            b.put(Newsroom.all());
            assertThat(b.contents()).isEqualTo(a.contents());
        }
    }

    /**
     * When nothing is new, nothing is written: every file of the data folder keeps its bytes and its
     * modification time. Both are checked because either alone can mislead: the time has the file
     * system's resolution, and identical bytes could have been rewritten.
     */
    @Test
    void whenNothingIsNewNoFileIsTouched() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
        }
        Map<String, String> before = files(dir);
        assertThat(before).containsKey(Store.DATABASE);
        Thread.sleep(20); // a rewrite now would get a later time, even on a coarse clock for most file systems
        try (Store store = Store.open(dir)) {
            assertThat(store.put(Newsroom.all())).extracting(Stored::outcome).containsOnly(UNCHANGED);
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.search("strike", 5)).isNotEmpty();
        }
        assertThat(files(dir)).isEqualTo(before);
    }

    /** Every regular file under the folder: its relative path to its size, modification time and SHA-256. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                        + sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
