package app.margin.store;

import static app.margin.store.TestNotes.bookmark;
import static app.margin.store.TestNotes.sectionNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and importing never move an annotation between articles, and an import never takes an older copy. */
class AnnotationImportTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456789Z");
    private static final Clock CLOCK = TestNotes.day("2025-03-01");

    @TempDir
    Path dataDir;

    private AnnotationStore open() throws StoreException {
        return StoreOpener.open(dataDir, CLOCK).store();
    }

    @Test
    void savingANoteWithAnotherArticlesIdIsRefusedAndLeavesThatNoteAlone() throws Exception {
        Note theirs = sectionNote("shared-id", "article-b", T0);
        Note mine = sectionNote("shared-id", "article-a", T0.plusSeconds(60)).withText("Mine", List.of(),
                T0.plusSeconds(60));
        try (AnnotationStore store = open()) {
            store.saveNote(theirs);

            assertThatThrownBy(() -> store.saveNote(mine)).isInstanceOf(StoreException.class)
                    .hasMessage("Margin could not save the note.");

            assertThat(store.notes("article-b")).containsExactly(theirs);
            assertThat(store.notes("article-a")).isEmpty();
        }
    }

    @Test
    void savingABookmarkWithAnotherArticlesIdIsRefusedAndLeavesThatBookmarkAlone() throws Exception {
        Bookmark theirs = bookmark("shared-id", "article-b", T0);
        try (AnnotationStore store = open()) {
            store.saveBookmark(theirs);

            assertThatThrownBy(() -> store.saveBookmark(bookmark("shared-id", "article-a", T0.plusSeconds(5))))
                    .isInstanceOf(StoreException.class);

            assertThat(store.bookmarks("article-b")).containsExactly(theirs);
            assertThat(store.bookmarks("article-a")).isEmpty();
        }
    }

    @Test
    void savingTheReadersOwnOlderVersionStillReplacesIt() throws Exception {
        // Undo brings back the version before an edit, with its older time: the reader's latest action wins.
        Note before = sectionNote("n", "article-a", T0);
        Note edited = before.withText("Edited", List.of(), T0.plusSeconds(60));
        try (AnnotationStore store = open()) {
            store.saveNote(before);
            store.saveNote(edited);

            store.saveNote(before);

            assertThat(store.notes("article-a")).containsExactly(before);
        }
    }

    @Test
    void importAddsTakesNewerSkipsOlderAndLeavesAnotherArticlesIds() throws Exception {
        Note kept = sectionNote("kept", "a", T0).withText("Newer here", List.of(), T0.plusSeconds(100));
        Note stale = sectionNote("stale", "a", T0);
        Note theirs = sectionNote("theirs", "b", T0);
        Note same = sectionNote("same", "a", T0);
        try (AnnotationStore store = open()) {
            for (Note note : List.of(kept, stale, theirs, same)) {
                store.saveNote(note);
            }
            Note olderCopy = kept.withText("Older copy", List.of(), T0.plusSeconds(50));
            Note newerCopy = stale.withText("Newer copy", List.of(), T0.plusSeconds(50));
            Note claimsTheirs = new Note("theirs", "a", null, theirs.kind(), theirs.anchor(), null, "Hijack",
                    List.of(), T0, T0.plusSeconds(999));
            Note fresh = sectionNote("fresh", "a", T0);
            Bookmark freshBookmark = bookmark("fresh-bookmark", "a", T0);

            ImportOutcome outcome = store.importAnnotations("a", List.of(olderCopy, newerCopy, claimsTheirs, same,
                    fresh), List.of(freshBookmark));

            assertThat(outcome).isEqualTo(new ImportOutcome(2, 1, 1, 1, 1));
            assertThat(store.notes("a")).containsExactlyInAnyOrder(kept, newerCopy, same, fresh);
            assertThat(store.notes("b")).containsExactly(theirs);
            assertThat(store.bookmarks("a")).containsExactly(freshBookmark);
        }
    }

    @Test
    void theImportUpsertItselfNeverTakesAnOlderRowNorMovesOne() throws Exception {
        Note newer = sectionNote("n", "a", T0.plusSeconds(100));
        Note theirs = sectionNote("t", "b", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(newer);
            store.saveNote(theirs);
        }
        try (Connection sql = Sqlite.openForWriting(dataDir.resolve(SqliteAnnotationStore.FILE_NAME));
                PreparedStatement upsert = sql.prepareStatement(Upserts.IMPORT_NOTE)) {
            Upserts.bind(upsert, sectionNote("n", "a", T0).withText("older", List.of(), T0));
            assertThat(upsert.executeUpdate()).isZero();
            Upserts.bind(upsert, new Note("t", "a", null, theirs.kind(), theirs.anchor(), null, "moved?", List.of(),
                    T0, T0.plusSeconds(500)));
            assertThat(upsert.executeUpdate()).isZero();
        }
        try (AnnotationStore store = open()) {
            assertThat(store.notes("a")).containsExactly(newer);
            assertThat(store.notes("b")).containsExactly(theirs);
        }
    }

    @Test
    void anAnnotationOfAnotherArticleOrATimeBeyond9999IsRefusedBeforeTheTransaction() throws Exception {
        try (AnnotationStore store = open()) {
            assertThatThrownBy(() -> store.importAnnotations("a", List.of(sectionNote("x", "b", T0)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            Instant far = Instant.parse("+10000-01-01T00:00:00Z");
            assertThatThrownBy(() -> store.importAnnotations("a", List.of(sectionNote("x", "a", far)), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.notes("a")).isEmpty();
        }
    }

    @Test
    void fiveThousandNotesImportInOneCallAndAgainChangeNothing() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            notes.add(sectionNote("n-" + i, "a", T0.plusSeconds(i)));
        }
        try (AnnotationStore store = open()) {
            assertThat(store.importAnnotations("a", notes, List.of())).isEqualTo(new ImportOutcome(5_000, 0, 0, 0, 0));
            assertThat(store.importAnnotations("a", notes, List.of())).isEqualTo(new ImportOutcome(0, 0, 5_000, 0, 0));
            assertThat(store.notes("a")).containsExactlyElementsOf(notes);
        }
    }
}
