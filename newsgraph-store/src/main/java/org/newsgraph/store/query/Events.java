package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Events across articles by date, actor and action, oldest first. */
public final class Events {

    /**
     * @param actor  canonical name of the source or target, exact
     * @param action PLOVER type, exact
     * @param from   the event's day (its article's when it has none) on or after this day
     * @param to     on or before this day
     */
    public record Filter(String actor, String action, String from, String to) {}

    /** One event with its article; mode is negated, hypothetical, future or historical, null for a plain report. */
    public record Row(ArticleRef article, int ord, String source, String action, String target, String date,
                      String place, int start, int end, String mode) {}

    private static final String DAY = "coalesce(substr(e.date, 1, 10), substr(a.published_date, 1, 10))";

    private Events() {}

    public static Paged<Row> find(Connection db, Filter f, Page page) throws SQLException {
        Where where = new Where().and("(e.source = ? OR e.target = ?)", f.actor(), f.actor())
                .and("e.action = ?", f.action()).and(DAY + " >= ?", f.from()).and(DAY + " <= ?", f.to());
        List<Row> rows = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path, e.ord, e.source,"
                + " e.action, e.target, e.date, e.place, e.start_offset, e.end_offset, e.mode"
                + " FROM events e JOIN articles a ON a.id = e.article_id" + where.sql()
                + " ORDER BY " + DAY + " IS NULL, " + DAY + ", a.ingested, e.ord" + page.sql(),
                where, new Object[0], Events::row);
        return Paged.of(rows, page);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Actors.ref(rs), rs.getInt("ord"), rs.getString("source"), rs.getString("action"),
                rs.getString("target"), rs.getString("date"), rs.getString("place"), rs.getInt("start_offset"),
                rs.getInt("end_offset"), rs.getString("mode"));
    }
}
