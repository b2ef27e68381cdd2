package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One list of an article's facts as one table: each fact a row keyed by (article_id, ord), ord being
 * its position in the list, so that reading in ord order gives the list back.
 *
 * @param name    the table
 * @param columns the columns after article_id and ord, in the order {@code values} gives them
 * @param values  a fact's column values
 * @param read    a fact from its row
 */
record FactTable<T>(String name, List<String> columns, Function<T, List<Object>> values, RowReader<T> read) {

    interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    void insert(Connection db, String articleId, List<T> facts) throws SQLException {
        if (facts.isEmpty()) return;
        String sql = "INSERT INTO " + name + " (article_id, ord, " + String.join(", ", columns) + ") VALUES (?, ?"
                + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int ord = 0; ord < facts.size(); ord++) {
                List<Object> row = values.apply(facts.get(ord));
                ps.setString(1, articleId);
                ps.setInt(2, ord);
                for (int i = 0; i < row.size(); i++) ps.setObject(i + 3, row.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<T> select(Connection db, String articleId) throws SQLException {
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + name + " WHERE article_id = ? ORDER BY ord";
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs);
                while (rs.next()) out.add(read.read(row));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The values of a fact, in column order; Arrays.asList because facts have null fields. */
    static List<Object> of(Object... values) {
        return Arrays.asList(values);
    }
}
