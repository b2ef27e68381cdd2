package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.cluster.MinHash;
import org.newsgraph.cluster.Reprints;

/**
 * Which story an article belongs to: the story of the stored article it reprints (the most similar one,
 * when several are), else a story of its own named by its id. Signatures and band keys (V4 migration)
 * find the candidates; {@link Reprints} decides.
 */
final class Stories {

    /** Candidates checked per article, those sharing the most band keys first. */
    static final int MAX_CANDIDATES = 20;

    private Stories() {}

    /** The story for an article with this signature, or null when no stored article is a reprint of it. */
    static String find(Connection db, long[] signature) throws SQLException {
        long[] keys = MinHash.bands(signature);
        StringBuilder values = new StringBuilder();
        for (int b = 0; b < keys.length; b++) values.append(b == 0 ? "(?, ?)" : ", (?, ?)");
        Set<String> candidates = new LinkedHashSet<>();
        // Reprints share many bands; texts that merely share stock phrases share one or two. Checking only the
        // articles sharing the most bands keeps a put's cost flat however much boilerplate a corpus repeats.
        try (PreparedStatement ps = db.prepareStatement("SELECT article_id FROM story_bands WHERE (band, key) IN"
                + " (VALUES " + values + ") GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT "
                + MAX_CANDIDATES)) {
            for (int b = 0; b < keys.length; b++) {
                ps.setInt(2 * b + 1, b);
                ps.setLong(2 * b + 2, keys[b]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) candidates.add(rs.getString(1));
            }
        }
        String story = null;
        double best = 0;
        try (PreparedStatement ps = db.prepareStatement("SELECT s.minhash, a.story FROM signatures s"
                + " JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?")) {
            for (String id : candidates) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) continue;
                    long[] other = MinHash.fromBytes(rs.getBytes(1));
                    double similarity = MinHash.similarity(signature, other);
                    if (Reprints.same(signature, other) && similarity > best && rs.getString(2) != null) {
                        best = similarity;
                        story = rs.getString(2);
                    }
                }
            }
        }
        return story;
    }

    /** Keeps the article's signature and band keys, so that later reprints find it. */
    static void record(Connection db, String articleId, long[] signature) throws SQLException {
        try (PreparedStatement sig = db.prepareStatement(
                     "INSERT OR REPLACE INTO signatures (article_id, minhash) VALUES (?, ?)");
             PreparedStatement band = db.prepareStatement(
                     "INSERT OR IGNORE INTO story_bands (article_id, band, key) VALUES (?, ?, ?)")) {
            sig.setString(1, articleId);
            sig.setBytes(2, MinHash.bytes(signature));
            sig.executeUpdate();
            long[] keys = MinHash.bands(signature);
            for (int b = 0; b < keys.length; b++) {
                band.setString(1, articleId);
                band.setInt(2, b);
                band.setLong(3, keys[b]);
                band.addBatch();
            }
            band.executeBatch();
        }
    }

    /** Articles stored before stories existed, in the order they were stored: (id, text). */
    static List<String[]> withoutSignature(Connection db) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT a.id, a.text FROM articles a"
                + " WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.article_id = a.id) ORDER BY a.ingested");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        return out;
    }
}
