package app.margin.store;

import static app.margin.store.TestNotes.day;
import static app.margin.store.TestNotes.highlight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.store.StoreException.Kind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opening a data folder when the disk, the file or the folder misbehaves: only real damage moves a file. */
class StoreOpenerFaultsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private Path db() {
        return dataDir.resolve("margin.db");
    }

    private void saveNotes(int count) throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            for (int i = 0; i < count; i++) {
                store.saveNote(highlight("n-" + i, "article", T0.plusSeconds(i)));
            }
        }
    }

    private List<String> filesBesideTheDatabase() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("margin.db.")).toList();
        }
    }

    private void assertAllNotesStillThere(int count) throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            assertThat(store.notes("article")).hasSize(count);
        }
    }

    @ParameterizedTest
    @EnumSource(value = SQLiteErrorCode.class, names = {"SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR", "SQLITE_FULL",
        "SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_PERM", "SQLITE_READONLY", "SQLITE_NOMEM"})
    void aFaultWhileCheckingIsNotDamageAndMovesNothing(SQLiteErrorCode code) throws Exception {
        saveNotes(25);
        byte[] before = Files.readAllBytes(db());
        OpenSteps failingCheck = new OpenSteps() {
            @Override
            public List<String> quickCheck(Path file) throws SQLException {
                throw new SQLiteException("[" + code.name() + "] " + code.message, code);
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), failingCheck));

        assertThat(failed).hasMessageContaining("nothing was changed");
        assertThat(failed.kind()).isNotEqualTo(Kind.DAMAGED);
        assertThat(filesBesideTheDatabase()).isEmpty();
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertAllNotesStillThere(25);
    }

    @Test
    void aFullDiskWhileCheckingSaysTheDiskIsFull() throws Exception {
        saveNotes(1);
        OpenSteps shmCannotGrow = new OpenSteps() {
            @Override
            public List<String> quickCheck(Path file) throws SQLException {
                throw new SQLiteException("[SQLITE_IOERR_SHMSIZE] disk I/O error",
                        SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), shmCannotGrow));

        assertThat(failed.kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(failed).hasMessageContaining("Your disk is full: free some space.");
    }

    @Test
    void whenTheNewFileCannotBeOpenedTheReaderStillHearsWhereTheDamagedOneWent() throws Exception {
        Files.writeString(db(), "not a database");
        OpenSteps cannotOpen = new OpenSteps() {
            @Override
            public SqliteAnnotationStore openStore(Path dir, Clock clock, DataFolderLock lock, boolean readOnly)
                    throws StoreException {
                throw new StoreException(Kind.DISK_FULL, "Your disk is full.");
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), cannotOpen));

        List<String> aside = filesBesideTheDatabase();
        assertThat(aside).singleElement().asString().startsWith("margin.db.corrupt-");
        assertThat(failed.getMessage()).contains("kept, untouched, as " + dataDir.resolve(aside.get(0)),
                "Your disk is full.");
        assertThat(failed.kind()).isEqualTo(Kind.DISK_FULL);
    }

    @Test
    void anUnreadableNotesFileIsPermissionDeniedAndStaysWhereItIs() throws Exception {
        saveNotes(3);
        OpenSteps unreadable = new OpenSteps() {
            @Override
            public boolean hasSqliteHeader(Path file) throws IOException {
                throw new AccessDeniedException(file.toString());
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), unreadable));

        assertThat(failed.kind()).isEqualTo(Kind.PERMISSION);
        assertThat(failed).hasMessageContaining("permission denied").hasMessageContaining(db().toString());
        assertThat(filesBesideTheDatabase()).isEmpty();
        assertAllNotesStillThere(3);
    }

    @Test
    void aNotesFileMadeUnreadableOnDiskIsNotMovedAside() throws Exception {
        saveNotes(3);
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(db()), "running as root: chmod does not stop reads");

            StoreException failed = catchThrowableOfType(StoreException.class,
                    () -> StoreOpener.open(dataDir, day("2025-03-02")));

            assertThat(failed.kind()).isEqualTo(Kind.PERMISSION);
            assertThat(failed).hasMessageContaining("permission denied");
            assertThat(filesBesideTheDatabase()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("rw-------"));
        }
        assertAllNotesStillThere(3);
    }

    @ParameterizedTest
    @EnumSource(value = Where.class)
    void aReadOnlyFileOrFolderOpensWithAWarningAndSavesSayReadOnly(Where readOnly) throws Exception {
        saveNotes(2);
        Path notWritable = readOnly == Where.FILE ? db() : dataDir;
        OpenSteps steps = new OpenSteps() {
            @Override
            public boolean writable(Path file) {
                return !file.equals(notWritable) && Files.isWritable(file);
            }
        };

        OpenResult result = StoreOpener.open(dataDir, day("2025-03-02"), steps);
        try (AnnotationStore store = result.store()) {
            assertThat(result.problemKind()).contains(Kind.READ_ONLY);
            assertThat(result.problem()).hasValueSatisfying(m -> assertThat(m).contains("read-only", db().toString()));
            assertThat(store.notes("article")).hasSize(2);
            StoreException failed = catchThrowableOfType(StoreException.class,
                    () -> store.saveNote(highlight("new", "article", T0)));
            assertThat(failed.kind()).isEqualTo(Kind.READ_ONLY);
            assertThat(failed).hasMessageContaining("read-only");
        }
        assertThat(filesBesideTheDatabase()).isEmpty();
    }

    enum Where { FILE, FOLDER }

    @Test
    void aReadOnlyFolderWithoutNotesSaysItCannotCreateThem() throws Exception {
        OpenSteps readOnlyFolder = new OpenSteps() {
            @Override
            public boolean writable(Path file) {
                return !file.equals(dataDir);
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), readOnlyFolder));

        assertThat(failed.kind()).isEqualTo(Kind.READ_ONLY);
        assertThat(failed).hasMessage("Margin cannot create its notes file in " + dataDir
                + ": the folder is read-only.");
        assertThat(db()).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidSoWhenADamagedFileCannotBeSetAside() throws Exception {
        Files.writeString(db(), "not a database");
        OpenSteps noRenames = new OpenSteps() {
            @Override
            public void move(Path from, Path to) throws IOException {
                throw new AccessDeniedException(from.toString(), to.toString(), "Permission denied");
            }
        };

        StoreException failed = catchThrowableOfType(StoreException.class,
                () -> StoreOpener.open(dataDir, day("2025-03-02"), noRenames));

        assertThat(failed.kind()).isEqualTo(Kind.PERMISSION);
        assertThat(failed.getMessage()).contains("not allowed to write in its data folder " + dataDir,
                "permission denied").doesNotContain("out of the way");
        assertThat(Files.readString(db())).isEqualTo("not a database");
    }

    @Test
    void partialFilesLeftByAKillAreRemovedAtOpenAndNothingElse() throws Exception {
        saveNotes(1);
        Path backups = Files.createDirectories(dataDir.resolve("backups"));
        List<Path> leftovers = List.of(backups.resolve("margin-2025-03-01.db.partial"),
                backups.resolve("margin-2025-03-01.db.partial-journal"), dataDir.resolve("margin.db.creating"),
                dataDir.resolve("margin.db.creating-wal"), dataDir.resolve("margin.db.restoring"));
        List<Path> others = List.of(backups.resolve("my-copy.db.partial"), dataDir.resolve("notes.partial"),
                backups.resolve("margin-2025-03-01.db.partial.keep"));
        for (Path file : Stream.concat(leftovers.stream(), others.stream()).toList()) {
            Files.write(file, new byte[4096]);
        }

        StoreOpener.open(dataDir, day("2025-03-01")).store().close();

        assertThat(leftovers).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(others).allSatisfy(file -> assertThat(file).exists());
        assertAllNotesStillThere(1);
    }

    @Test
    void theLastBackupHoldingNotesIsKeptUntilTheReaderAnswersTheDamage() throws Exception {
        saveNotes(4);
        StoreOpener.open(dataDir, day("2025-03-02")).store().close();
        Path lastGood = Backups.fileFor(dataDir, java.time.LocalDate.parse("2025-03-02"));
        assertThat(lastGood).exists();
        Files.writeString(db(), "damaged");
        for (int d = 3; d <= 9; d++) {
            OpenResult opened = StoreOpener.open(dataDir, day("2025-03-0" + d));
            try (AnnotationStore store = opened.store()) {
                store.saveSetting("theme", "dark-" + d); // the fresh store is backed up, but holds no notes
            }
        }
        assertThat(Backups.list(dataDir)).hasSize(Backups.KEEP + 1).contains(lastGood);
        OpenResult stillOffered = StoreOpener.open(dataDir, day("2025-03-09"));
        stillOffered.store().close();
        assertThat(stillOffered.newestGoodBackup()).contains(lastGood);

        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-10")).store()) {
            store.saveNote(highlight("new", "article", T0));
        }
        StoreOpener.open(dataDir, day("2025-03-11")).store().close();
        // Issue 21: newer backups holding a few new notes no longer push it out while the damage is unanswered.
        assertThat(lastGood).exists();

        StoreOpener.releaseBackupKeptAfterDamage(dataDir); // the reader dismissed the message
        StoreOpener.open(dataDir, day("2025-03-12")).store().close();

        assertThat(lastGood).doesNotExist();
        assertThat(Backups.list(dataDir)).hasSize(Backups.KEEP);
    }
}
