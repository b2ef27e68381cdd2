package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Places with coordinates and how many articles mention them: what a map draws. */
public final class Places {

    /**
     * One resolved place under its gazetteer name; the same entry in many articles, or under several names ("US",
     * "U.S.", "United States"), is one row.
     */
    public record Mapped(String name, String country, double lat, double lon, Long geonameId, int articles,
                         int mentions) {}

    private Places() {}

    /** The {@code limit} most mentioned places in articles published between from and to (inclusive; null: open). */
    public static List<Mapped> mapped(Connection db, String from, String to, int limit) throws SQLException {
        Where where = new Where().andIf(true, "p.lat IS NOT NULL AND p.lon IS NOT NULL")
                .and("substr(a.published_date, 1, 10) >= ?", from)
                .and("substr(a.published_date, 1, 10) <= ?", to);
        return Rows.list(db, "SELECT " + PlaceKey.SHOWN + ", p.country, min(p.lat), min(p.lon), p.geoname_id,"
                + " count(DISTINCT p.article_id) AS articles, count(*) AS mentions"
                + " FROM places p JOIN articles a ON a.id = p.article_id" + where.sql()
                + " GROUP BY " + PlaceKey.KEY + " ORDER BY articles DESC, 1 LIMIT ?",
                where, new Object[] {limit},
                rs -> new Mapped(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        Rows.longOrNull(rs, "geoname_id"), rs.getInt(6), rs.getInt(7)));
    }
}
