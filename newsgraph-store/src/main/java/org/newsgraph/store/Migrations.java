package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database's schema up to date by applying numbered SQL scripts in order.
 *
 * <p>The schema version is SQLite's {@code PRAGMA user_version}: it lives in the file header, so it
 * cannot disagree with the tables. Each script runs in its own transaction together with the
 * version bump, so a failing script leaves the database at the previous version, unchanged.
 *
 * <p>The scripts are named here rather than discovered, because a classpath folder cannot be
 * listed portably inside a jar, and a list in code makes the order plain to the reader.
 */
final class Migrations {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");
    /** A statement ends with a semicolon at the end of a line. */
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    /**
     * The store's own schema, oldest first. Add a script by adding its name at the end.
     * (Declared after the patterns, which the constructor uses.)
     */
    static final Migrations STORE = new Migrations("migrations/", List.of(
            "V1__articles_and_facts.sql",
            "V2__query_indexes.sql",
            "V3__later_fact_fields.sql",
            "V4__stories.sql",
            "V5__date_types.sql"));

    private final String folder;
    private final List<String> scripts;

    /**
     * @param folder  resource folder relative to this class's package, ending with a slash
     * @param scripts script names {@code V<n>__<words>.sql}, numbered 1, 2, 3... in this order
     */
    Migrations(String folder, List<String> scripts) {
        for (int i = 0; i < scripts.size(); i++) {
            if (version(scripts.get(i)) != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " must be named V" + (i + 1)
                        + "__<words>.sql, found " + scripts.get(i));
            }
        }
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
    }

    /** The version a fully migrated database has. */
    int latest() {
        return scripts.size();
    }

    /**
     * Applies every script newer than the database's version.
     *
     * @return the versions applied now, empty when the database was already up to date
     * @throws StoreException when the database is newer than this code, or a script fails
     */
    List<Integer> apply(Connection db) throws SQLException {
        int current = version(db);
        if (current > latest()) {
            throw new StoreException("the store has schema version " + current
                    + " but this newsgraph knows only up to " + latest() + "; use a newer newsgraph");
        }
        List<Integer> applied = new ArrayList<>();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest(); v++) {
                String script = scripts.get(v - 1);
                try (Statement st = db.createStatement()) {
                    for (String sql : statements(read(script))) st.executeUpdate(sql);
                    st.executeUpdate("PRAGMA user_version = " + v);
                    db.commit();
                } catch (SQLException e) {
                    db.rollback();
                    throw new StoreException("migration " + script + " failed: " + e.getMessage(), e);
                }
                applied.add(v);
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return applied;
    }

    static int version(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /** Splits a script into statements, dropping pieces that hold only comments and blanks. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String piece : STATEMENT_END.split(script)) {
            boolean onlyComments = piece.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("--"));
            if (!onlyComments) out.add(piece.strip());
        }
        return out;
    }

    private static int version(String script) {
        Matcher m = NAME.matcher(script);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private String read(String script) {
        String path = folder + script;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) throw new StoreException("migration script missing from the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
