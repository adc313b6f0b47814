package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTest {

    @TempDir
    Path dir;

    @Test
    void writingConnectionUsesWalFullSyncForeignKeysAndABusyTimeout() throws Exception {
        try (Connection connection = Sqlite.openForWriting(dir.resolve("margin.db"))) {
            assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(connection, "busy_timeout")).isEqualTo("5000");
        }
    }

    @Test
    void timestampsKeepNanosecondsAndSortAsText() {
        Instant whole = Instant.parse("2025-03-01T10:00:01Z");
        Instant fraction = Instant.parse("2025-03-01T10:00:00.000000001Z");

        assertThat(Sqlite.instant(Sqlite.timestamp(whole))).isEqualTo(whole);
        assertThat(Sqlite.instant(Sqlite.timestamp(fraction))).isEqualTo(fraction);
        assertThat(Sqlite.timestamp(fraction)).isEqualTo("2025-03-01T10:00:00.000000001Z")
                .isLessThan(Sqlite.timestamp(whole));
    }

    private static String pragma(Connection connection, String name) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
