package org.newsgraph.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One result row read by column name, keeping SQL NULL as Java null (JDBC's getters turn it into 0). */
record Row(ResultSet rs) {

    String string(String column) throws SQLException {
        return rs.getString(column);
    }

    int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    Long longOrNull(String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    Double doubleOrNull(String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    boolean bool(String column) throws SQLException {
        return rs.getInt(column) != 0;
    }
}
