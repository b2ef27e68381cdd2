package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * A store written before V3 had the later fact fields only in its JSON, and one before V5 no date types; opening it
 * fills the new columns.
 */
class UpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aVersionTwoStoreGetsItsLaterFieldsFromTheStoredJson() throws SQLException {
        ExtractedArticle x = Newsroom.harbourStrike();
        writeAsVersionTwo(x);

        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.STORE.latest());
            ExtractedArticle back = store.articleFromTables(x.id()).orElseThrow();
            assertThat(back.quotes()).isEqualTo(x.quotes());
            assertThat(back.figures()).isEqualTo(x.figures());
            assertThat(back.claims()).isEqualTo(x.claims());
            assertThat(back.places()).isEqualTo(x.places());
            assertThat(back.events()).isEqualTo(x.events());
            assertThat(back.dates()).as("dates stored before V5 are of type DATE").isEqualTo(x.dates());
            assertThat(back.focus()).isEqualTo(x.focus()).isNotEmpty();
            assertThat(back.story()).as("older articles get their story when the store opens").isEqualTo(x.id());
            assertThat(store.article(x.id()).orElseThrow().story()).isEqualTo(x.id());
            assertThat(store.put(List.of(x)).get(0).outcome()).as("the upgraded store holds the same facts")
                    .isEqualTo(Stored.Outcome.UNCHANGED);
        }
    }

    /** The rows a V2 store held: the full JSON, and in the fact tables only the V1 columns. */
    private void writeAsVersionTwo(ExtractedArticle x) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE))) {
            new Migrations("migrations/", List.of("V1__articles_and_facts.sql", "V2__query_indexes.sql")).apply(db);
            update(db, "INSERT INTO articles (id, ingested, text, json) VALUES (?, 1, ?, ?)",
                    x.id(), x.article().text(), ArticleJson.toJson(x));
            Quote q = x.quotes().get(0);
            update(db, "INSERT INTO quotes (article_id, ord, text, direct, speaker, speaker_mention, anonymous, cue,"
                    + " medium, start_offset, end_offset) VALUES (?, 0, ?, 1, ?, ?, 0, ?, ?, ?, ?)", x.id(), q.text(),
                    q.speaker(), q.speakerMention(), q.cue(), q.medium(), q.start(), q.end());
            Figure f = x.figures().get(0);
            update(db, "INSERT INTO figures (article_id, ord, value, qualifier, counts, subject, place, time, claimant,"
                    + " start_offset, end_offset) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", x.id(), f.value(),
                    f.qualifier(), f.counts(),
                    f.subject(), f.where(), f.when(), f.claimant(), f.start(), f.end());
            update(db, "INSERT INTO claims (article_id, ord, text, claimant, disputed_by, start_offset, end_offset)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?)", x.id(), x.claims().get(0).text(), x.claims().get(0).claimant(),
                    x.claims().get(0).disputedBy(),
                    x.claims().get(0).start(), x.claims().get(0).end());
            Place p = x.places().get(0);
            update(db, "INSERT INTO places (article_id, ord, name, country, lat, lon, geoname_id, start_offset,"
                    + " end_offset) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", x.id(), p.name(), p.country(), p.lat(), p.lon(),
                    p.geonameId(), p.start(), p.end());
            var d = x.dates().get(0);
            update(db, "INSERT INTO dates (article_id, ord, text, value, start_offset, end_offset) VALUES (?, 0, ?, ?, ?, ?)",
                    x.id(), d.text(), d.value(), d.start(), d.end());
            var e = x.events().get(0);
            update(db, "INSERT INTO events (article_id, ord, source, action, target, date, place, start_offset,"
                    + " end_offset) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", x.id(), e.source(), e.action(), e.target(),
                    e.date(), e.place(), e.start(), e.end());
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
            ps.executeUpdate();
        }
    }
}
