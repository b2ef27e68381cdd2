package org.newsgraph.store.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions that apply only when their value is given; values are always bound. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds the condition with its {@code ?} values, unless the first value is null or blank. */
    Where and(String condition, Object... params) {
        if (params.length > 0 && (params[0] == null || params[0] instanceof String s && s.isBlank())) return this;
        conditions.add(condition);
        for (Object p : params) values.add(p);
        return this;
    }

    /** Adds a condition without values. */
    Where andIf(boolean apply, String condition) {
        if (apply) conditions.add(condition);
        return this;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object v : values) ps.setObject(i++, v);
        return i;
    }
}
