package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The other prints of an article's story: the same text as other outlets or files carried it. */
public final class Story {

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
}
