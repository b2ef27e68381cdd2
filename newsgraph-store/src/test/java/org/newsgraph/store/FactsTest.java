package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Entity;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Quote;

class FactsTest {

    @TempDir
    Path dir;

    @Test
    void theInventedFactsPointIntoTheirText() {
        ExtractedArticle x = Newsroom.harbourStrike();
        String text = x.article().text();
        for (Entity e : x.entities()) assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        for (Quote q : x.quotes()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(text.substring(x.figures().get(0).start(), x.figures().get(0).end())).isEqualTo("42 vessels");
    }

    @Test
    void anArticleComesBackAsItWasPut() {
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
        }
        try (Store store = Store.open(dir)) {
            for (ExtractedArticle x : Newsroom.all()) {
                assertThat(store.article(x.id())).contains(x.withStory(storyOf(x)));
            }
            assertThat(store.article("0000")).isEmpty();
        }
    }

    @Test
    void theFactTablesHoldEveryFact() {
        try (Store store = Store.open(dir)) {
            store.put(Newsroom.all());
            for (ExtractedArticle x : Newsroom.all()) {
                assertThat(store.articleFromTables(x.id())).contains(x.withStory(storyOf(x)));
            }
        }
    }

    @Test
    void factRowsKeepTheirOffsets() throws SQLException {
        ExtractedArticle x = Newsroom.harbourStrike();
        try (Store store = Store.open(dir)) {
            store.put(List.of(x));
        }
        try (Connection db = connect()) {
            assertThat(rows(db, "SELECT substr(a.text, q.start_offset + 1, q.end_offset - q.start_offset)"
                    + " FROM quotes q JOIN articles a ON a.id = q.article_id"))
                    .containsExactly("We will not load a single ship until the contract is signed");
            assertThat(rows(db, "SELECT text || '@' || start_offset FROM entities ORDER BY ord"))
                    .containsExactly("Port Verel@" + x.entities().get(0).start(),
                            "Mara Ilvesk@" + x.entities().get(1).start(),
                            "Verel Dockers Union@" + x.entities().get(2).start());
            assertThat(rows(db, "SELECT count(*) FROM figures")).containsExactly("1");
            assertThat(rows(db, "SELECT published_date || ' ' || published_basis || ' ' || source_path FROM articles"))
                    .containsExactly("2031-03-10 dateline wires/monday.txt");
        }
    }

    @Test
    void theSameActorInTwoArticlesIsOneActorRow() throws SQLException {
        try (Store store = Store.open(dir)) {
            store.put(List.of(Newsroom.harbourStrike()));
            store.put(List.of(Newsroom.tramVote(), Newsroom.appleHarvest()));
        }
        try (Connection db = connect()) {
            assertThat(rows(db, "SELECT name || '/' || type FROM actors ORDER BY name")).containsExactly(
                    "Amsel Growers/ORGANIZATION", "Mara Ilvesk/PERSON", "Verel Dockers Union/ORGANIZATION");
            assertThat(rows(db, "SELECT l.aliases FROM article_actors l JOIN actors a ON a.id = l.actor_id"
                    + " JOIN articles r ON r.id = l.article_id WHERE a.name = 'Mara Ilvesk' ORDER BY r.ingested"))
                    .containsExactly("[\"Ilvesk\"]", "[\"Ms Ilvesk\"]");
            assertThat(rows(db, "SELECT count(DISTINCT article_id) FROM article_actors l JOIN actors a"
                    + " ON a.id = l.actor_id WHERE a.name = 'Mara Ilvesk'")).containsExactly("2");
        }
    }

    /** A story the article came with, else the story of its own the store gives it (no two are reprints). */
    private static String storyOf(ExtractedArticle x) {
        return x.story() != null ? x.story() : x.id();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE));
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
