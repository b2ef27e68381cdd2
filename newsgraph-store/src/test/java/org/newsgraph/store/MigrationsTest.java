package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final String TEST_FOLDER = "migrations-test/";

    @TempDir
    Path dir;

    @Test
    void appliesEachScriptOnceInOrderAndRecordsTheVersion() throws SQLException {
        Migrations two = new Migrations(TEST_FOLDER, List.of("V1__desks.sql", "V2__first_desks.sql"));
        try (Connection db = connect()) {
            assertThat(two.apply(db)).containsExactly(1, 2);
            assertThat(Migrations.version(db)).isEqualTo(2);
            assertThat(two.apply(db)).isEmpty();
        }
        try (Connection db = connect()) {
            assertThat(two.apply(db)).as("re-opening does not re-apply").isEmpty();
            assertThat(strings(db, "SELECT name FROM desks ORDER BY name")).containsExactly("foreign", "metro");
        }
    }

    @Test
    void appliesOnlyTheScriptsNewerThanTheDatabase() throws SQLException {
        try (Connection db = connect()) {
            new Migrations(TEST_FOLDER, List.of("V1__desks.sql")).apply(db);
            assertThat(new Migrations(TEST_FOLDER, List.of("V1__desks.sql", "V2__first_desks.sql")).apply(db))
                    .containsExactly(2);
            assertThat(Migrations.version(db)).isEqualTo(2);
        }
    }

    @Test
    void aFailingScriptRollsBackWholeAndKeepsThePreviousVersion() throws SQLException {
        Migrations broken = new Migrations(TEST_FOLDER,
                List.of("V1__desks.sql", "V2__first_desks.sql", "V3__broken.sql"));
        try (Connection db = connect()) {
            assertThatThrownBy(() -> broken.apply(db)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("V3__broken.sql").hasMessageContaining("no_such_table");
            assertThat(Migrations.version(db)).isEqualTo(2);
            assertThat(strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("desks").doesNotContain("beats");
        }
    }

    @Test
    void scriptsMustBeNumberedInOrder() {
        assertThatThrownBy(() -> new Migrations(TEST_FOLDER, List.of("V2__first_desks.sql", "V1__desks.sql")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V1__");
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsAndSkipsCommentOnlyPieces() {
        assertThat(Migrations.statements("-- a note; with a semicolon inside\nCREATE TABLE a (x);\n\n"
                + "-- only a comment\n;\nINSERT INTO a VALUES ('x;y');\n"))
                .containsExactly("-- a note; with a semicolon inside\nCREATE TABLE a (x)", "INSERT INTO a VALUES ('x;y')");
    }

    @Test
    void theStoreRecordsItsSchemaVersionAndDoesNotReapplyOnReopen() throws SQLException {
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.STORE.latest()).isGreaterThanOrEqualTo(1);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE))) {
            assertThat(Migrations.version(db)).isEqualTo(Migrations.STORE.latest());
            assertThat(strings(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .containsExactly("actors", "article_actors", "articles", "claims", "dates", "entities", "events",
                            "figures", "focus", "images", "places", "quotes");
            assertThat(Migrations.STORE.apply(db)).as("already up to date").isEmpty();
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.STORE.latest());
        }
    }

    @Test
    void theStoreRefusesADatabaseFromANewerVersion() throws SQLException {
        try (Store store = Store.open(dir)) {
            assertThat(store.count()).isZero();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE));
             Statement st = db.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
