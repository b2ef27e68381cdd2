package org.newsgraph.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.model.Article;
import org.newsgraph.model.ExtractedArticle;
import org.newsgraph.model.Published;
import org.newsgraph.model.Source;

/** The articles table: one row per article, its contract JSON beside the columns worth querying. */
final class ArticleRows {

    private ArticleRows() {}

    static void insert(Connection db, ExtractedArticle x, long ingested) throws SQLException {
        Article a = x.article();
        Published p = a.published() == null ? Published.unknown() : a.published();
        Source s = a.source() == null ? new Source(null, null, null, 0) : a.source();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (id, ingested, headline,"
                + " published_date, published_not_before, published_not_after, published_basis,"
                + " source_path, source_url, source_format, source_offset, text, story, json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setLong(2, ingested);
            ps.setString(3, a.headline());
            ps.setString(4, p.date());
            ps.setString(5, p.notBefore());
            ps.setString(6, p.notAfter());
            ps.setString(7, p.basis());
            ps.setString(8, s.path());
            ps.setString(9, s.url());
            ps.setString(10, s.format());
            ps.setLong(11, s.offset());
            ps.setString(12, a.text());
            ps.setString(13, x.story());
            ps.setString(14, ArticleJson.toJson(x));
            ps.executeUpdate();
        }
    }

    /** The story the store gave the article, or null. */
    static String story(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT story FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Writes the article's story into its row and its stored JSON. */
    static void setStory(Connection db, ExtractedArticle x) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET story = ?, json = ? WHERE id = ?")) {
            ps.setString(1, x.story());
            ps.setString(2, ArticleJson.toJson(x));
            ps.setString(3, x.id());
            ps.executeUpdate();
        }
    }

    static boolean exists(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The contract JSON an article was stored with, if it is stored. */
    static Optional<String> json(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static long ingested(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT ingested FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Removes the article and, by cascade, its facts and actor links. */
    static void delete(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    static int count(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            return rs.getInt(1);
        }
    }

    /** The ingested number the next article gets: one more than the last. */
    static long nextIngested(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(ingested), 0) + 1 FROM articles")) {
            return rs.getLong(1);
        }
    }

    static Optional<ExtractedArticle> select(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT json FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ArticleJson.fromJson(rs.getString(1))) : Optional.empty();
            }
        }
    }

    interface EntrySink {
        void accept(ArticleIndex.Entry entry) throws IOException;
    }

    /**
     * What the search index holds of every article, in ingested order: the source for rebuilding it.
     * Streamed, so that a rebuild never holds every body in memory.
     */
    static void forEachIndexEntry(Connection db, EntrySink sink) throws SQLException, IOException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, headline, text, published_date, source_path FROM articles ORDER BY ingested")) {
            while (rs.next()) {
                sink.accept(new ArticleIndex.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
    }

    static ArticleIndex.Entry indexEntry(ExtractedArticle x) {
        Article a = x.article();
        return new ArticleIndex.Entry(a.id(), a.headline(), a.text(),
                a.published() == null ? null : a.published().date(), a.source() == null ? null : a.source().path());
    }
}
