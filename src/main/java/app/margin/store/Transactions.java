package app.margin.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Ending a JDBC transaction on SQLite without letting a follow-up error hide the one that matters. */
final class Transactions {

    /** A change to make in one transaction. */
    interface Change {
        void run() throws SQLException;
    }

    private Transactions() {}

    /**
     * Makes the change in a transaction that is committed (and synced) before this returns, or rolled back.
     * When it fails, the first error is the one thrown: a failing rollback or return to auto-commit after it
     * (SQLite has already rolled back after SQLITE_FULL) is only added to it as suppressed.
     */
    static void commit(Connection connection, Change change) throws SQLException {
        connection.setAutoCommit(false);
        Exception first = null;
        try {
            change.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            first = e;
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            backToAutoCommit(connection, first);
        }
    }

    /**
     * Puts the connection back in auto-commit mode after a transaction. SQLite itself rolls a transaction back on
     * some errors (SQLITE_FULL at commit, SQLITE_IOERR, SQLITE_NOMEM); the driver's {@code setAutoCommit(true)}
     * then fails with "cannot commit - no transaction is active", an error that must not replace the real one.
     * Should the driver be left outside auto-commit, an empty transaction is opened for it to end, so that the
     * connection does not fail every later save.
     *
     * @param first the error the transaction failed with, or null; a later error is added to it as suppressed
     * @throws SQLException only when there was no first error and the connection could not be restored
     */
    static void backToAutoCommit(Connection connection, Exception first) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (first != null) {
                first.addSuppressed(e);
            }
            try {
                if (!connection.getAutoCommit()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("BEGIN");
                    }
                    connection.setAutoCommit(true);
                }
            } catch (SQLException again) {
                e.addSuppressed(again);
                if (first == null) {
                    throw e;
                }
            }
        }
    }
}
