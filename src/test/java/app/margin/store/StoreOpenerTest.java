package app.margin.store;

import static app.margin.store.TestNotes.day;
import static app.margin.store.TestNotes.highlight;
import static app.margin.store.TestNotes.sectionNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Note;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private Path db() {
        return dataDir.resolve("margin.db");
    }

    /** Saves {@code count} notes on day one, then opens on day two so that day's backup holds them. */
    private List<Note> notesInYesterdaysBackup(int count) throws Exception {
        List<Note> notes = new ArrayList<>();
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            for (int i = 0; i < count; i++) {
                Note note = highlight("n-" + i, "article", T0.plusSeconds(i))
                        .withText("Note " + i + " " + "words ".repeat(40), List.of("t" + i), T0.plusSeconds(i));
                store.saveNote(note);
                notes.add(note);
            }
        }
        StoreOpener.open(dataDir, day("2025-03-02")).store().close();
        assertThat(Backups.fileFor(dataDir, LocalDate.parse("2025-03-02"))).exists();
        return notes;
    }

    @Test
    void randomBytesAreMovedAsideAndTheNewestBackupIsOffered() throws Exception {
        notesInYesterdaysBackup(3);
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(db(), garbage);

        assertDamagedFileKeptAndBackupOffered(garbage);
    }

    @Test
    void truncatedDatabaseIsMovedAsideAndTheNewestBackupIsOffered() throws Exception {
        notesInYesterdaysBackup(300);
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-02")).store()) {
            store.saveNote(highlight("after-backup", "article", T0.plusSeconds(9999)));
        }
        try (RandomAccessFile file = new RandomAccessFile(db().toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        byte[] truncated = Files.readAllBytes(db());

        assertDamagedFileKeptAndBackupOffered(truncated);
    }

    @Test
    void textFileInPlaceOfTheDatabaseIsMovedAside() throws Exception {
        notesInYesterdaysBackup(3);
        byte[] text = "These are my notes, I copied them here by hand.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(db(), text);

        assertDamagedFileKeptAndBackupOffered(text);
    }

    private void assertDamagedFileKeptAndBackupOffered(byte[] damagedBytes) throws Exception {
        OpenResult result = StoreOpener.open(dataDir, day("2025-03-03"));
        try (AnnotationStore store = result.store()) {
            assertThat(result.movedAside()).isPresent();
            assertThat(result.movedAside().get().getFileName().toString()).startsWith("margin.db.corrupt-20250303T");
            assertThat(Files.readAllBytes(result.movedAside().get())).isEqualTo(damagedBytes);
            assertThat(result.problem()).hasValueSatisfying(message -> assertThat(message)
                    .contains("kept, untouched", "margin-2025-03-02.db"));
            assertThat(result.newestGoodBackup())
                    .contains(Backups.fileFor(dataDir, LocalDate.parse("2025-03-02")));
            assertThat(store.notes("article")).isEmpty();
        }
    }

    @Test
    void damagedDatabaseWithoutBackupsSaysThereIsNoBackup() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(db(), "not a database");

        OpenResult result = StoreOpener.open(dataDir, day("2025-03-01"));
        try (AnnotationStore ignored = result.store()) {
            assertThat(result.movedAside()).isPresent();
            assertThat(result.newestGoodBackup()).isEmpty();
            assertThat(result.problem()).hasValueSatisfying(m -> assertThat(m).contains("no backup"));
        }
    }

    @Test
    void damagedTwiceOnTheSameDayKeepsBothDamagedFiles() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(db(), "first");
        StoreOpener.open(dataDir, day("2025-03-01")).store().close();
        Files.writeString(db(), "second");
        OpenResult second = StoreOpener.open(dataDir, day("2025-03-01"));
        second.store().close();

        try (var files = Files.list(dataDir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("margin.db.corrupt-"))
                    .map(f -> readString(f))).containsExactlyInAnyOrder("first", "second");
        }
    }

    @Test
    void restoringTheBackupBringsBackItsNotesAndKeepsTheFreshFile() throws Exception {
        List<Note> backedUp = notesInYesterdaysBackup(5);
        Files.writeString(db(), "scrambled");
        OpenResult damaged = StoreOpener.open(dataDir, day("2025-03-03"));
        Note writtenSince = highlight("since", "article", T0.plusSeconds(100_000));
        damaged.store().saveNote(writtenSince);

        OpenResult restored = StoreOpener.restoreBackup(
                damaged.store(), damaged.newestGoodBackup().orElseThrow(), day("2025-03-03"));
        try (AnnotationStore store = restored.store()) {
            assertThat(store.notes("article")).containsExactlyElementsOf(backedUp);
            assertThat(restored.movedAside()).hasValueSatisfying(aside ->
                    assertThat(aside.getFileName().toString()).startsWith("margin.db.before-restore-"));
            assertThatThrownBy(() -> StoreOpener.open(dataDir, day("2025-03-03")))
                    .hasMessageContaining("already open");
        }
        // what was written after the damage is in the moved-aside file, not lost
        try (Connection aside = Sqlite.openReadOnly(restored.movedAside().orElseThrow());
                Statement statement = aside.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM notes")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("since");
        }
    }

    @Test
    void failedRestoreGoesOnWithTheNotesThatWereOpenAndKeepsTheFolderLocked() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            store.saveNote(sectionNote("yesterday", "article", T0));
        }
        OpenResult today = StoreOpener.open(dataDir, day("2025-03-02"));
        today.store().saveNote(sectionNote("today", "article", T0));
        Path backup = today.backups().get(0);
        // A folder where the restore copies the backup first: the copy fails.
        Files.createDirectories(dataDir.resolve("margin.db.restoring").resolve("blocker"));

        RestoreFailedException failed = catchThrowableOfType(RestoreFailedException.class,
                () -> StoreOpener.restoreBackup(today.store(), backup, day("2025-03-02")));

        try (AnnotationStore reopened = failed.reopened()) {
            assertThat(reopened.notes("article")).extracting(Note::id).containsExactlyInAnyOrder("yesterday", "today");
            assertThatThrownBy(() -> StoreOpener.open(dataDir, day("2025-03-02")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already open");
        }
    }

    @Test
    void damagedBackupIsNotOfferedAndCannotBeRestored() throws Exception {
        notesInYesterdaysBackup(2);
        StoreOpener.open(dataDir, day("2025-03-03")).store().close();
        Path newest = Backups.fileFor(dataDir, LocalDate.parse("2025-03-03"));
        Files.writeString(newest, "broken backup");
        Files.writeString(db(), "broken db");

        OpenResult result = StoreOpener.open(dataDir, day("2025-03-04"));
        try (AnnotationStore store = result.store()) {
            assertThat(result.backups()).first().isEqualTo(newest);
            assertThat(result.newestGoodBackup())
                    .contains(Backups.fileFor(dataDir, LocalDate.parse("2025-03-02")));
            assertThatThrownBy(() -> StoreOpener.restoreBackup(store, newest, day("2025-03-04")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was changed");
            store.saveSetting("still", "works");
        }
    }

    @Test
    void openingOnSevenDaysLeavesTheFiveNewestBackups() throws Exception {
        Files.createDirectories(dataDir.resolve("backups"));
        Path unrelated = Files.writeString(dataDir.resolve("backups/my-own-copy.db"), "keep me");
        for (int d = 1; d <= 7; d++) {
            try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-0" + d)).store()) {
                store.saveNote(highlight("n-" + d, "article", T0.plusSeconds(d)));
            }
        }
        OpenResult last = StoreOpener.open(dataDir, day("2025-03-07"));
        last.store().close();

        assertThat(last.backups()).extracting(p -> p.getFileName().toString()).containsExactly(
                "margin-2025-03-07.db", "margin-2025-03-06.db", "margin-2025-03-05.db",
                "margin-2025-03-04.db", "margin-2025-03-03.db");
        assertThat(unrelated).exists();
        assertThat(db()).exists();
    }

    @Test
    void theBackupFromBeforeTheDamageStaysUntilTheReaderDismissesTheDamage() throws Exception {
        notesInYesterdaysBackup(3); // margin-2025-03-02.db holds the reader's three notes
        Files.write(db(), "not a database".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        OpenResult damaged = StoreOpener.open(dataDir, day("2025-03-03"));
        damaged.store().close();
        Path beforeTheDamage = Backups.fileFor(dataDir, LocalDate.parse("2025-03-02"));
        assertThat(damaged.newestGoodBackup()).contains(beforeTheDamage);

        // A week of reading on the fresh notes file: each day's backup holds a few new notes.
        for (int d = 4; d <= 12; d++) {
            String date = String.format("2025-03-%02d", d);
            try (AnnotationStore store = StoreOpener.open(dataDir, day(date)).store()) {
                store.saveNote(highlight("new-" + d, "article", T0.plusSeconds(d)));
            }
        }
        StoreOpener.open(dataDir, day("2025-03-13")).store().close();
        assertThat(beforeTheDamage).as("the last backup from before the damage").exists();

        StoreOpener.releaseBackupKeptAfterDamage(dataDir);
        StoreOpener.open(dataDir, day("2025-03-14")).store().close();
        assertThat(beforeTheDamage).as("once dismissed, it rotates out as any other").doesNotExist();
    }

    @Test
    void atMostOneBackupADayHoldingTheStateAtTheFirstOpen() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            store.saveNote(highlight("first", "article", T0));
        }
        StoreOpener.open(dataDir, day("2025-03-02")).store().close();
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-02")).store()) {
            store.saveNote(highlight("second", "article", T0.plusSeconds(1)));
        }
        OpenResult again = StoreOpener.open(dataDir, day("2025-03-02"));
        again.store().close();

        assertThat(again.backups()).hasSize(1);
        Files.delete(db());
        OpenResult restored = StoreOpener.restoreBackup(
                StoreOpener.open(dataDir, day("2025-03-02")).store(), again.backups().get(0), day("2025-03-02"));
        try (AnnotationStore store = restored.store()) {
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("first");
        }
    }

    @Test
    void emptyStoreIsNotBackedUp() throws Exception {
        StoreOpener.open(dataDir, day("2025-03-01")).store().close();
        OpenResult result = StoreOpener.open(dataDir, day("2025-03-02"));
        result.store().close();
        assertThat(result.backups()).isEmpty();
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
        AnnotationStore first = StoreOpener.open(dataDir, day("2025-03-01")).store();

        assertThatThrownBy(() -> StoreOpener.open(dataDir, day("2025-03-01")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Margin is already open with the data folder " + dataDir + ".")
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.IN_USE));

        first.close();
        try (AnnotationStore second = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            second.saveSetting("theme", "dark");
        }
    }

    @Test
    void missingDataFolderIsCreated() throws Exception {
        Path nested = dataDir.resolve("a/b/Margin");
        try (AnnotationStore store = StoreOpener.open(nested, day("2025-03-01")).store()) {
            store.saveSetting("k", "v");
        }
        assertThat(nested.resolve("margin.db")).exists();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
