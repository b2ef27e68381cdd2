package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.Stored.Outcome.NEW;
import static org.newsgraph.store.Stored.Outcome.UNCHANGED;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Block;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleRef;
import org.newsgraph.store.query.ArticleSearch;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.Paged;
import org.newsgraph.store.query.Story;

/** Reprints of one story, put in one batch or in two, share the first one's story; others keep their own. */
class StoriesTest {

    @TempDir
    Path dir;

    private static final List<String> WIRE = List.of(
            "Dock workers in Port Verel walked off the job on Monday, leaving grain ships unloaded for a third day"
                    + " as talks over a new contract stalled.",
            "\"We will not load a single ship until the contract is signed,\" said Mara Ilvesk, who leads the Verel"
                    + " Dockers Union. The port authority said 42 vessels were waiting offshore.",
            "The union wants a pay rise of 8 percent over two years; the employers have offered 5 percent."
                    + " Mediators are due to meet both sides on Wednesday in the capital.");

    private static ExtractedArticle article(String file, String headline, List<String> paragraphs) {
        return ExtractedArticle.bare(Article.assemble(new Source(file, null, "dump", 0), headline,
                Published.unknown(), List.of(), paragraphs.stream().map(Block::paragraph).toList()));
    }

    static ExtractedArticle wire() {
        return article("wire.txt", "Port Verel dockers strike for a third day", WIRE);
    }

    /** Another outlet's headline, the last paragraph cut, a sign-off added: another id, the same story. */
    static ExtractedArticle reprint() {
        return article("gazette.txt", "Grain ships stuck as Verel strike goes on",
                List.of(WIRE.get(0), WIRE.get(1), "Additional reporting by the Gazette's harbour desk."));
    }

    @Test
    void aReprintJoinsTheStoryOfTheArticleItReprints() {
        ExtractedArticle wire = wire();
        ExtractedArticle reprint = reprint();
        assertThat(reprint.id()).isNotEqualTo(wire.id());
        try (Store store = Store.open(dir)) {
            store.put(List.of(wire));
            store.put(List.of(reprint, Newsroom.appleHarvest()));
            assertThat(store.article(wire.id()).orElseThrow().story()).isEqualTo(wire.id());
            assertThat(store.article(reprint.id()).orElseThrow().story()).isEqualTo(wire.id());
            assertThat(store.article(Newsroom.appleHarvest().id()).orElseThrow().story())
                    .isEqualTo(Newsroom.appleHarvest().id());
            assertThat(store.put(List.of(wire(), reprint()))).extracting(Stored::outcome)
                    .as("re-ingesting keeps the stories and changes nothing").containsExactly(UNCHANGED, UNCHANGED);
        }
    }

    @Test
    void reprintsInOneBatchFindEachOther() {
        try (Store store = Store.open(dir)) {
            assertThat(store.put(List.of(reprint(), wire()))).extracting(Stored::outcome).containsExactly(NEW, NEW);
            assertThat(store.article(wire().id()).orElseThrow().story()).isEqualTo(reprint().id());
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.article(wire().id()).orElseThrow().story()).as("after reopening")
                    .isEqualTo(reprint().id());
        }
    }

    /** A third outlet's copy: the opening paragraphs as the wire sent them, its own closing line. */
    static ExtractedArticle secondReprint() {
        return article("courier.txt", "Verel port strike: ships wait offshore",
                List.of(WIRE.get(0), WIRE.get(1), WIRE.get(2), "The Courier will follow the talks."));
    }

    @Test
    void aStoreWrittenBeforeStoriesGetsThemWhenItOpensAndLaterReprintsFindThem() throws SQLException {
        try (Store store = Store.open(dir)) {
            store.put(List.of(wire(), Newsroom.appleHarvest()));
            store.put(List.of(reprint()));
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE));
             Statement st = db.createStatement()) {
            // as a store written before stories: no story in the rows or in the stored JSON
            st.executeUpdate("UPDATE articles SET story = NULL, json = json_remove(json, '$.story')");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.article(wire().id()).orElseThrow().story()).isEqualTo(wire().id());
            assertThat(store.article(reprint().id()).orElseThrow().story()).isEqualTo(wire().id());
            assertThat(store.article(Newsroom.appleHarvest().id()).orElseThrow().story())
                    .isEqualTo(Newsroom.appleHarvest().id());
        }
        try (Store store = Store.open(dir)) {
            store.put(List.of(secondReprint()));
            assertThat(store.article(secondReprint().id()).orElseThrow().story())
                    .as("found through the band keys the re-built index holds").isEqualTo(wire().id());
            assertThat(store.search("Courier", 5)).extracting(Hit::id).containsExactly(secondReprint().id());
        }
    }

    @Test
    void storiesDoNotDependOnHowArticlesAreSplitIntoPuts() {
        List<ExtractedArticle> all = List.of(wire(), Newsroom.appleHarvest(), reprint(), secondReprint());
        Path one = dir.resolve("one");
        Path each = dir.resolve("each");
        try (Store store = Store.open(one)) {
            store.put(all);
        }
        try (Store store = Store.open(each)) {
            for (ExtractedArticle x : all) store.put(List.of(x));
        }
        try (Store a = Store.open(one); Store b = Store.open(each)) {
            for (ExtractedArticle x : all) {
                assertThat(a.article(x.id()).orElseThrow().story()).isEqualTo(b.article(x.id()).orElseThrow().story());
            }
            assertThat(a.article(secondReprint().id()).orElseThrow().story()).isEqualTo(wire().id());
            assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
        }
    }

    @Test
    void theLargestStoriesComeFirstWithTheirPrintsAndSources() {
        try (Store store = Store.open(dir)) {
            store.put(List.of(wire(), Newsroom.appleHarvest(), reprint(), secondReprint()));
            Paged<Story.Summary> two = store.query(db -> Story.largest(db, 2, Page.first(10)));
            assertThat(two.items()).hasSize(1);
            Story.Summary s = two.items().get(0);
            assertThat(s.id()).isEqualTo(wire().id());
            assertThat(s.headline()).isEqualTo("Port Verel dockers strike for a third day");
            assertThat(s.prints()).isEqualTo(3);
            assertThat(s.sources()).containsExactlyInAnyOrder("wire.txt", "gazette.txt", "courier.txt");
            assertThat(store.query(db -> Story.largest(db, 1, Page.first(10))).items()).extracting(Story.Summary::prints)
                    .containsExactly(3, 1);
            List<ArticleRef> others = store.query(db -> Story.otherPrints(db, reprint().id()));
            assertThat(others).extracting(ArticleRef::id).containsExactly(wire().id(), secondReprint().id());
        }
    }

    @Test
    void searchShowsAStoryOnceAtItsBestPrintWithHowManyPrintsMatched() {
        try (Store store = Store.open(dir)) {
            store.put(List.of(wire(), reprint(), Newsroom.appleHarvest()));
            assertThat(store.search("grain", 10)).as("both prints match").hasSize(2);

            List<Hit> folded = ArticleSearch.find(store, "grain", ArticleFilter.NONE, Page.first(10), Marks.BRACKETS,
                    false).hits().items();
            assertThat(folded).hasSize(1);
            assertThat(folded.get(0).story()).isEqualTo(wire().id());
            assertThat(folded.get(0).prints()).isEqualTo(2);
            assertThat(folded.get(0).snippet()).contains("[grain]");

            // the newest-first listing folds the same way, and pages count stories
            Paged<Hit> listing = ArticleSearch.find(store, null, ArticleFilter.NONE, Page.first(1), Marks.BRACKETS,
                    false).hits();
            assertThat(listing.items()).hasSize(1);
            assertThat(listing.more()).as("the other story is on the next page").isTrue();
            List<Hit> all = ArticleSearch.find(store, null, ArticleFilter.NONE, Page.first(10), Marks.BRACKETS,
                    false).hits().items();
            assertThat(all).extracting(Hit::story).containsExactlyInAnyOrder(wire().id(), Newsroom.appleHarvest().id());
            assertThat(all).extracting(Hit::prints).containsExactlyInAnyOrder(2, 1);
        }
    }
}
