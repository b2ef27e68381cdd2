package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Stories: the articles the store found to be prints of one text (reprints across outlets and files). */
public final class Story {

    /**
     * One story: its id (the id of its first stored print), the first print's headline, how many prints the
     * store holds, the earliest and latest publication dates among them, and the files or sites they came from.
     */
    public record Summary(String id, String headline, int prints, String firstPublished, String lastPublished,
                          List<String> sources) {}

    private Story() {}

    /** The articles sharing the article's story, itself left out, in the order they were stored. */
    public static List<ArticleRef> otherPrints(Connection db, String articleId) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT o.id, o.headline, o.published_date, o.source_path"
                + " FROM articles a JOIN articles o ON o.story = a.story AND o.id <> a.id"
                + " WHERE a.id = ? ORDER BY o.ingested")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(Actors.ref(rs));
            }
        }
        return out;
    }

    /**
     * Stories printed at least {@code minPrints} times, the most printed first (then the latest), one page.
     * A story of one print is an article no other stored article repeats.
     */
    public static Paged<Summary> largest(Connection db, int minPrints, Page page) throws SQLException {
        Where where = new Where();
        return Paged.of(Rows.list(db, "SELECT s.story, f.headline, s.prints, s.first_published, s.last_published,"
                + " s.sources FROM (SELECT story, count(*) AS prints, min(published_date) AS first_published,"
                + " max(published_date) AS last_published,"
                + " json_group_array(DISTINCT coalesce(source_url, source_path)) AS sources"
                + " FROM articles WHERE story IS NOT NULL GROUP BY story HAVING count(*) >= ?) s"
                + " JOIN articles f ON f.id = s.story"
                + " ORDER BY s.prints DESC, s.last_published DESC, s.story" + page.sql(), where,
                new Object[] {Math.max(1, minPrints)},
                rs -> new Summary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        Strings.fromJson(rs.getString(6)))), page);
    }
}
