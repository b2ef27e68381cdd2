package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's contents as one canonical text: every table's rows in key order, then the index's
 * documents in id order. Two stores hold the same thing exactly when their dumps are equal; the
 * dump is readable, so a failing comparison shows what differs.
 */
final class Contents {

    /** Every table of the schema with the order that makes its dump canonical. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("articles", "id");
        TABLES.put("actors", "id");
        for (String facts : List.of("images", "entities", "article_actors", "quotes", "figures", "claims", "dates",
                "places", "events")) {
            TABLES.put(facts, "article_id, ord");
        }
    }

    private Contents() {}

    static String dump(Connection db, List<ArticleIndex.Entry> index) throws SQLException {
        StringBuilder out = new StringBuilder();
        out.append("schema ").append(Migrations.version(db)).append('\n');
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                out.append("table ").append(t.getKey()).append('\n');
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            out.append(c == 1 ? "  " : " | ").append(meta.getColumnName(c)).append('=')
                                    .append(rs.getString(c));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        out.append("index\n");
        index.stream().sorted(Comparator.comparing(ArticleIndex.Entry::id))
                .forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
