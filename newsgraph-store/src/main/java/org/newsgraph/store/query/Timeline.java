package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Per day: how many articles were published, and how many events and quotes they carry. */
public final class Timeline {

    /** One day; events are counted on their own date when it is a day, else on their article's. */
    public record Day(String date, int articles, int events, int quotes) {}

    private static final String DAY = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'";

    private Timeline() {}

    /** Days with anything on them between {@code from} and {@code to} (inclusive; null: open), oldest first. */
    public static List<Day> days(Connection db, String from, String to, int maxDays) throws SQLException {
        Where where = new Where().and("d >= ?", from).and("d <= ?", to).andIf(true, "d IS NOT NULL");
        return Rows.list(db, "SELECT d, sum(art), sum(ev), sum(qu) FROM ("
                + " SELECT substr(published_date, 1, 10) AS d, 1 AS art, 0 AS ev, 0 AS qu FROM articles"
                + " UNION ALL SELECT CASE WHEN e.date GLOB " + DAY + " THEN substr(e.date, 1, 10)"
                + " ELSE substr(a.published_date, 1, 10) END, 0, 1, 0"
                + " FROM events e JOIN articles a ON a.id = e.article_id"
                + " UNION ALL SELECT substr(a.published_date, 1, 10), 0, 0, 1"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id)" + where.sql()
                + " GROUP BY d ORDER BY d LIMIT ?", where, new Object[] {maxDays},
                rs -> new Day(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
    }
}
