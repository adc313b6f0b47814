package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dataDir;

    private Path db() {
        return dataDir.resolve("margin.db");
    }

    @Test
    void openingAFolderWithoutADatabaseCreatesTheLatestSchema() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store()) {
            store.saveNote(TestNotes.highlight("n-1", "article", Instant.EPOCH));
        }
        assertThat(schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void zeroByteDatabaseIsReportedAndKeptNotSilentlyTreatedAsNew() throws Exception {
        Files.createDirectories(dataDir);
        Files.createFile(db());
        OpenResult result = StoreOpener.open(dataDir, TestNotes.day("2025-03-01"));
        try (AnnotationStore store = result.store()) {
            assertThat(result.movedAside()).hasValueSatisfying(aside -> assertThat(aside).isEmptyFile());
            assertThat(result.problemKind()).contains(StoreException.Kind.DAMAGED);
            assertThat(result.problem()).hasValueSatisfying(m -> assertThat(m).contains("empty (0 bytes)"));
            store.saveSetting("theme", "dark");
        }
        assertThat(schemaVersion()).isEqualTo(Migrations.LATEST);
    }

    @Test
    void zeroByteDatabaseBesideAWriteAheadLogIsMovedAsideWithTheLog() throws Exception {
        Files.createDirectories(dataDir);
        Files.createFile(db());
        byte[] log = new byte[4096];
        log[0] = 0x37; // looks like a log with pages; SQLite would not replay it onto an empty file
        Files.write(dataDir.resolve("margin.db-wal"), log);

        OpenResult result = StoreOpener.open(dataDir, TestNotes.day("2025-03-01"));
        result.store().close();

        Path aside = result.movedAside().orElseThrow();
        assertThat(aside.resolveSibling(aside.getFileName() + "-wal")).hasBinaryContent(log);
        assertThat(result.problem()).hasValueSatisfying(m -> assertThat(m).contains("empty (0 bytes)", "-wal"));
    }

    @Test
    void migrationsRunOnceAndNotAgainOnReopen() throws Exception {
        try (Connection connection = Sqlite.openForWriting(db())) {
            assertThat(Migrations.migrate(connection)).isEqualTo(Migrations.LATEST);
            assertThat(Migrations.migrate(connection)).isZero();
        }
        try (Connection connection = Sqlite.openForWriting(db())) {
            assertThat(Migrations.version(connection)).isEqualTo(Migrations.LATEST);
            assertThat(Migrations.migrate(connection)).isZero();
        }
    }

    @Test
    void databaseFromANewerMarginIsRefusedAndLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        byte[] before = Files.readAllBytes(db());

        assertThatThrownBy(() -> StoreOpener.open(dataDir, TestNotes.day("2025-03-01")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Margin");
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        // the failed open released the folder: trying again meets the same reason, not "already open"
        assertThatThrownBy(() -> StoreOpener.open(dataDir, TestNotes.day("2025-03-01")))
                .hasMessageContaining("newer version of Margin");
    }

    private int schemaVersion() throws Exception {
        try (Connection connection = Sqlite.openReadOnly(db())) {
            return Migrations.version(connection);
        }
    }
}
