package app.margin.store;

import static app.margin.store.TestNotes.highlight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Note;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Saving while the disk is full: the reader is told it is the disk, nothing committed is lost, saving recovers. */
class StoreFaultsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private Connection migrated() throws Exception {
        Connection connection = Sqlite.openForWriting(dataDir.resolve(SqliteAnnotationStore.FILE_NAME));
        Migrations.migrate(connection);
        return connection;
    }

    /**
     * A connection whose commit fails the way a full disk makes it fail: SQLite rolls the transaction back
     * itself and reports SQLITE_FULL.
     */
    private static Connection failingCommits(Connection real, AtomicBoolean diskFull) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && diskFull.get()) {
                        try (Statement statement = real.createStatement()) {
                            statement.execute("ROLLBACK");
                        }
                        throw new SQLiteException("[SQLITE_FULL] database or disk is full",
                                SQLiteErrorCode.SQLITE_FULL);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void diskFullAtCommitIsReportedAsDiskFullAndSavingWorksOnceThereIsRoom() throws Exception {
        AtomicBoolean diskFull = new AtomicBoolean();
        try (SqliteAnnotationStore store = SqliteAnnotationStore.over(dataDir, TestNotes.day("2025-03-01"),
                failingCommits(migrated(), diskFull))) {
            store.saveNote(highlight("before", "article", T0));
            diskFull.set(true);

            StoreException failed = catchThrowableOfType(StoreException.class,
                    () -> store.saveNote(highlight("while-full", "article", T0.plusSeconds(1))));

            assertThat(failed.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
            assertThat(failed).hasMessage("Margin could not save the note. Your disk is full: free some space.");
            assertThat(failed.getCause()).isInstanceOf(SQLiteException.class)
                    .hasMessageContaining("SQLITE_FULL");
            diskFull.set(false);
            store.saveNote(highlight("after", "article", T0.plusSeconds(2)));
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("before", "after");
        }
    }

    @Test
    void pageLimitReachedIsReportedAsDiskFullAndKeepsWhatWasSaved() throws Exception {
        Connection connection = migrated();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = 40");
        }
        List<String> saved = new ArrayList<>();
        StoreException failed = null;
        try (SqliteAnnotationStore store = SqliteAnnotationStore.over(dataDir, TestNotes.day("2025-03-01"),
                connection)) {
            for (int i = 0; i < 1000 && failed == null; i++) {
                Note note = highlight("n-" + i, "article", T0.plusSeconds(i))
                        .withText("words ".repeat(300), List.of(), T0.plusSeconds(i));
                try {
                    store.saveNote(note);
                    saved.add(note.id());
                } catch (StoreException e) {
                    failed = e;
                }
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
        assertThat(failed.getMessage()).contains("Your disk is full");
        assertThat(saved).isNotEmpty();
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store()) {
            assertThat(store.notes("article")).extracting(Note::id).containsExactlyElementsOf(saved);
        }
    }
}
