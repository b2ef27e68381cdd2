package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Figures across articles, by what they count, where, who claims them and when, oldest first:
 * one quantity's figures side by side per claimant over time.
 */
public final class Figures {

    /**
     * @param counts   what the figure counts ("killed"), exact
     * @param place    the figure's place ("where"), exact
     * @param claimant canonical claimant name, exact
     * @param from     the article published on or after this day
     * @param to       on or before this day
     */
    public record Filter(String counts, String place, String claimant, String from, String to) {}

    /**
     * One figure with its article; {@code where} and {@code when} as the contract names them; text is the
     * quantity as written, low and high the range the text allows (null when open), unit a currency or percent.
     */
    public record Row(ArticleRef article, int ord, Double value, String qualifier, String counts, String subject,
                      String where, String when, String claimant, int start, int end, String text, Double low,
                      Double high, String unit) {}

    private Figures() {}

    public static Paged<Row> find(Connection db, Filter f, Page page) throws SQLException {
        Where where = new Where().and("f.counts = ?", f.counts()).and("f.place = ?", f.place())
                .and("f.claimant = ?", f.claimant())
                .and("substr(a.published_date, 1, 10) >= ?", f.from())
                .and("substr(a.published_date, 1, 10) <= ?", f.to());
        List<Row> rows = Rows.list(db, "SELECT a.id, a.headline, a.published_date, a.source_path, f.ord, f.value,"
                + " f.qualifier, f.counts, f.subject, f.place, f.time, f.claimant, f.start_offset, f.end_offset,"
                + " f.text, f.low, f.high, f.unit"
                + " FROM figures f JOIN articles a ON a.id = f.article_id" + where.sql()
                + " ORDER BY a.published_date IS NULL, a.published_date, a.ingested, f.ord" + page.sql(),
                where, new Object[0], Figures::row);
        return Paged.of(rows, page);
    }

    /** What figures count, the most often counted first: the quantities a reader can compare. */
    public static Paged<Count> quantities(Connection db, Page page) throws SQLException {
        return Paged.of(Rows.counts(db, "SELECT counts, count(*) AS n FROM figures WHERE counts IS NOT NULL"
                + " AND counts <> '' GROUP BY counts ORDER BY n DESC, counts" + page.sql(), null), page);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(Actors.ref(rs), rs.getInt("ord"), Rows.doubleOrNull(rs, "value"), rs.getString("qualifier"),
                rs.getString("counts"), rs.getString("subject"), rs.getString("place"), rs.getString("time"),
                rs.getString("claimant"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"),
                Rows.doubleOrNull(rs, "low"), Rows.doubleOrNull(rs, "high"), rs.getString("unit"));
    }
}
