package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a statement and maps its rows; SQL NULL stays null. */
final class Rows {

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {}

    static <T> List<T> list(Connection db, String sql, Where where, Object[] extra, Mapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int i = where == null ? 1 : where.bind(ps, 1);
            for (Object v : extra) ps.setObject(i++, v);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        }
    }

    static List<Count> counts(Connection db, String sql, Where where, Object... extra) throws SQLException {
        return list(db, sql, where, extra, rs -> new Count(rs.getString(1), rs.getInt(2)));
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
