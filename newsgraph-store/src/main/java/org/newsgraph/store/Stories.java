package org.newsgraph.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.cluster.Print;
import org.newsgraph.cluster.Reprints;
import org.newsgraph.cluster.PrintTable;

/**
 * Which story an article belongs to: the story of the stored article it reprints (the most similar one,
 * when several are), else none, and the store names a story after the article itself. Candidates come from
 * the search index's reprint keys (articles of earlier puts) and from a table in memory (articles of the same
 * put, which the index does not show yet); {@link Reprints} decides; the story itself is read from SQLite.
 *
 * <p>The keys live in the Lucene index, not in SQLite: 32 keys per article, random by nature, made
 * every SQLite commit rewrite most of a key table's pages, while Lucene writes them in sequential segments.
 */
final class Stories {

    /** Candidates checked per article and per source, those sharing the most band keys first. */
    static final int MAX_CANDIDATES = 20;

    private Stories() {}

    /**
     * The story for an article with this print, or null when no article in the index or in
     * {@code batch} is a reprint of it. The batch's articles must be in the {@code articles} table already.
     */
    static String find(Connection db, ArticleIndex index, PrintTable batch, Print print)
            throws SQLException, IOException {
        List<PrintTable.Entry> candidates = new ArrayList<>(index.reprintCandidates(print, MAX_CANDIDATES));
        candidates.addAll(batch.candidates(print, MAX_CANDIDATES));
        String best = null;
        double bestSimilarity = 0;
        for (PrintTable.Entry c : candidates) {
            double similarity = print.similarity(c.print());
            if (Reprints.same(print, c.print()) && similarity > bestSimilarity) {
                String story = ArticleRows.story(db, c.id());
                if (story == null) continue;
                best = story;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Articles stored before stories existed, in the order they were stored: (id, text). */
    static List<String[]> withoutStory(Connection db) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, text FROM articles WHERE story IS NULL ORDER BY ingested");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        return out;
    }
}
