package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.store.StoreException.Kind;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Each fault has its own kind and its own plain sentence, naming the file where that helps. */
class FaultsTest {

    @TempDir
    Path dir;

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "] " + code.message, code);
    }

    @Test
    void sqliteResultCodesMapToKinds() {
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_FULL))).isEqualTo(Kind.DISK_FULL);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE))).isEqualTo(Kind.DISK_FULL);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_READONLY))).isEqualTo(Kind.READ_ONLY);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_PERM))).isEqualTo(Kind.PERMISSION);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_BUSY))).isEqualTo(Kind.BUSY);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_CORRUPT))).isEqualTo(Kind.DAMAGED);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_NOTADB))).isEqualTo(Kind.DAMAGED);
        assertThat(Faults.kindOf(sqlite(SQLiteErrorCode.SQLITE_IOERR))).isEqualTo(Kind.OTHER);
    }

    @Test
    void fileSystemErrorsMapToKinds() {
        assertThat(Faults.kindOf(new AccessDeniedException("/x"))).isEqualTo(Kind.PERMISSION);
        assertThat(Faults.kindOf(new NoSuchFileException("/x"))).isEqualTo(Kind.MISSING_FOLDER);
        assertThat(Faults.kindOf(new FileSystemException("/x", null, "No space left on device")))
                .isEqualTo(Kind.DISK_FULL);
        assertThat(Faults.kindOf(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo(Kind.READ_ONLY);
    }

    @Test
    void cannotOpenInAMissingFolderIsAMissingFolder() {
        Path db = dir.resolve("gone").resolve("margin.db");

        StoreException e = Faults.wrap("Margin could not save the note.", sqlite(SQLiteErrorCode.SQLITE_CANTOPEN), db);

        assertThat(e.kind()).isEqualTo(Kind.MISSING_FOLDER);
        assertThat(e).hasMessageContaining("The data folder " + db.getParent() + " is missing");
    }

    @Test
    void eachKindHasItsOwnSentence() {
        Path db = dir.resolve("margin.db");
        assertThat(Faults.explain(Kind.DISK_FULL, db))
                .isEqualTo("Your disk is full: free some space.");
        assertThat(Faults.explain(Kind.READ_ONLY, db)).contains("read-only", db.toString());
        assertThat(Faults.explain(Kind.PERMISSION, db)).contains("permission denied", db.toString());
        assertThat(Faults.explain(Kind.MISSING_FOLDER, db)).contains("missing", dir.toString());
    }

    @Test
    void theOldConstructorsStillWorkAndTakeTheKindFromTheCause() {
        assertThat(new StoreException("plain").kind()).isEqualTo(Kind.OTHER);
        assertThat(new StoreException("full", sqlite(SQLiteErrorCode.SQLITE_FULL)).kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(new StoreException(Kind.BUSY, "busy").kind()).isEqualTo(Kind.BUSY);
    }

    @Test
    void aNativeLibraryThatCannotBeLoadedIsNamedWithTheFolderItCameFrom(@TempDir Path dir) {
        Path db = dir.resolve("margin.db");
        java.sql.SQLException opening = new java.sql.SQLException("Error opening connection",
                new org.sqlite.NativeLibraryNotFoundException("No native library found for os.name=Linux"));

        StoreException wrapped = Faults.wrap("Margin could not create its notes file " + db + ".", opening, db);

        assertThat(wrapped.getMessage())
                .startsWith("Margin could not create its notes file " + db + ".")
                .contains("SQLite's native library could not be loaded", System.getProperty("java.io.tmpdir"),
                        "noexec", "No native library found");
    }
}
