package app.margin.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Opening SQLite files the way Margin needs them, and checking that a file is a healthy database. */
final class Sqlite {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * UTC ISO-8601 with all nine fraction digits: parses back to the identical {@link Instant}, and, being
     * fixed width, sorts in time order as text (which {@link Instant#toString()} does not).
     */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Sqlite() {}

    /** A read-write connection: WAL, full sync on commit, foreign keys on, a 5 s busy timeout. */
    static Connection openForWriting(Path file) throws SQLException {
        Connection connection = openForChecking(file);
        try {
            useForWriting(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Switches a connection to WAL, full sync on commit and foreign keys (this rewrites the file header). */
    static void useForWriting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String mode = text(statement, "PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("SQLite refused WAL mode (journal_mode is " + mode + ")");
            }
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    /**
     * A connection that leaves the file's settings (journal mode, schema) as they are, for checking a file
     * before Margin commits to using it. SQLite may still replay a write-ahead log left by a crash.
     */
    static Connection openForChecking(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * The store's connection to {@code file}: for writing (WAL, schema created or migrated), or read-only when
     * the file or its folder cannot be written, in which case the schema must already be current.
     */
    static Connection prepare(Path file, boolean readOnly) throws StoreException {
        Connection connection;
        try {
            connection = readOnly ? openReadOnly(file) : openForChecking(file);
        } catch (SQLException e) {
            throw Faults.wrap("Margin could not open its notes file " + file + ".", e, file);
        }
        try {
            int version = Migrations.refuseNewer(connection); // before WAL mode rewrites a newer Margin's header
            if (readOnly && version < Migrations.LATEST) {
                throw new StoreException(StoreException.Kind.READ_ONLY, "Margin needs to update the notes file "
                        + file + ", but it is read-only. Make it and its folder writable and start Margin again.");
            }
            if (!readOnly) {
                useForWriting(connection);
                Migrations.migrate(connection);
            }
            return connection;
        } catch (SQLException | StoreException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw Faults.wrap("Margin could not prepare its notes file " + file + ".", e, file);
        }
    }

    /**
     * A connection that cannot change the file: for checking backups, for a second Margin beside the one that
     * writes, and for a data folder that cannot be written. A database in WAL mode needs its {@code -shm} file,
     * which SQLite cannot make in such a folder (SQLITE_READONLY_DIRECTORY / CANTOPEN); there the file is read as
     * immutable when no write-ahead log waits to be replayed, and otherwise from a copy of the database and its
     * log in a temporary folder, so that notes saved just before a crash show too.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || Files.isWritable(folder)) {
            return readOnlyConnection("jdbc:sqlite:" + file.toAbsolutePath(), false);
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return readOnlyConnection("jdbc:sqlite:" + ReadOnlyCopy.of(file, wal).toAbsolutePath(), false);
            }
        } catch (IOException e) {
            throw new SQLException("Margin could not read its notes file " + file + " and its write-ahead log: "
                    + e.getMessage(), e);
        }
        return readOnlyConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", true);
    }

    private static Connection readOnlyConnection(String url, boolean uri) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        if (uri) {
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        }
        return config.createConnection(url);
    }

    /** Whether the file starts with SQLite's magic header (a zero-byte file does not). */
    static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        }
    }

    /** The problems {@code PRAGMA quick_check} finds; empty when the database is healthy. */
    static List<String> quickCheck(Connection connection) throws SQLException {
        return check(connection, "PRAGMA quick_check");
    }

    /** The problems {@code PRAGMA integrity_check} finds; empty when the database is healthy. */
    static List<String> integrityCheck(Connection connection) throws SQLException {
        return check(connection, "PRAGMA integrity_check");
    }

    private static List<String> check(Connection connection, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(pragma)) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    static Instant instant(String timestamp) {
        return Instant.parse(timestamp);
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
