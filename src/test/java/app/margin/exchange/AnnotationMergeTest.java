package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationMergeTest {

    @TempDir
    Path dataDir;

    private static final String OTHER = "other-article";

    private StudyNotes study;

    @BeforeEach
    void setUp() throws Exception {
        study = new StudyNotes();
    }

    private AnnotationStore open() throws Exception {
        return StoreOpener.open(dataDir, StudyNotes.EXPORT_CLOCK).store();
    }

    private ExportData export(List<Note> notes, List<Bookmark> bookmarks) {
        return new ExportData(ExportData.ArticleRef.of(study.article), StudyNotes.EXPORT_CLOCK.instant(), notes,
                bookmarks);
    }

    /** Through the file format, as a real import goes. */
    private static ExportData viaFile(ExportData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotationExport.write(out, data);
        return AnnotationExport.read(new ByteArrayInputStream(out.toByteArray()), "notes.json");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        ExportData file = viaFile(export(study.notes(), study.bookmarks()));
        try (AnnotationStore store = open()) {
            AnnotationMerge.merge(store, file, study.article.id());
            List<Note> afterFirst = store.notes(study.article.id());
            List<Bookmark> bookmarksAfterFirst = store.bookmarks(study.article.id());

            MergeResult second = AnnotationMerge.merge(store, file, study.article.id());

            assertThat(second).isEqualTo(new MergeResult(0, 0, 6, 0, 0));
            assertThat(second.changedAnything()).isFalse();
            assertThat(store.notes(study.article.id())).isEqualTo(afterFirst).hasSize(5);
            assertThat(store.bookmarks(study.article.id())).isEqualTo(bookmarksAfterFirst).hasSize(1);
        }
    }

    @Test
    void newerEditWinsAndOlderCopyIsSkipped() throws Exception {
        Note original = study.notes().get(0);
        Note edited = original.withText("Edited on the laptop.", List.of("exam"),
                original.updated().plusSeconds(3600));
        Note other = study.notes().get(1);
        Note otherEditedHere = other.withText("Edited here, later.", List.of(), other.updated().plusSeconds(7200));
        try (AnnotationStore store = open()) {
            store.saveNote(original);
            store.saveNote(otherEditedHere);

            MergeResult result = AnnotationMerge.merge(store, viaFile(export(List.of(edited, other), List.of())),
                    study.article.id());

            assertThat(result).isEqualTo(new MergeResult(0, 1, 0, 1, 0));
            assertThat(store.notes(study.article.id())).containsExactlyInAnyOrder(edited, otherEditedHere);
        }
    }

    @Test
    void onATieTheExistingCopyStays() throws Exception {
        Note here = study.notes().get(0);
        Note there = new Note(here.id(), here.articleId(), here.contentHash(), here.kind(), here.anchor(),
                here.color(), "Same time, other text", here.tags(), here.created(), here.updated());
        try (AnnotationStore store = open()) {
            store.saveNote(here);

            MergeResult result = AnnotationMerge.merge(store, viaFile(export(List.of(there), List.of())),
                    study.article.id());

            assertThat(result).isEqualTo(new MergeResult(0, 0, 0, 1, 0));
            assertThat(store.notes(study.article.id())).containsExactly(here);
        }
    }

    /** Another article's annotations, with the ids of the study notes and a time before theirs. */
    private List<Note> sameIdsOnOtherArticle() {
        return study.notes().stream().map(n -> new Note(n.id(), OTHER, null, n.kind(), n.anchor(), n.color(),
                "Mine, on the other article", List.of(), n.created().minusSeconds(86_400),
                n.updated().minusSeconds(86_400))).toList();
    }

    @Test
    void repeatedIdsOfAnotherArticleLeaveItsNotesAndBookmarksWhereAndAsTheyAre() throws Exception {
        List<Note> theirs = sameIdsOnOtherArticle();
        Bookmark b = study.bookmarks().get(0);
        Bookmark theirBookmark = new Bookmark(b.id(), OTHER, null, b.anchor(), "Their place", b.created(),
                b.updated().minusSeconds(60));
        try (AnnotationStore store = open()) {
            for (Note note : theirs) {
                store.saveNote(note);
            }
            store.saveBookmark(theirBookmark);

            // The file's copies are newer, and claim the study article: still, they must not take the others'.
            AnnotationMerge.merge(store, viaFile(export(study.notes(), study.bookmarks())), study.article.id());

            assertThat(store.notes(OTHER)).containsExactlyInAnyOrderElementsOf(theirs);
            assertThat(store.bookmarks(OTHER)).containsExactly(theirBookmark);
            assertThat(store.notes(study.article.id())).isEmpty();
            assertThat(store.bookmarks(study.article.id())).isEmpty();
        }
    }

    @Test
    void repeatedIdsOfAnotherArticleAreCountedAsLeft() throws Exception {
        try (AnnotationStore store = open()) {
            for (Note note : sameIdsOnOtherArticle()) {
                store.saveNote(note);
            }

            MergeResult result = AnnotationMerge.merge(store, viaFile(export(study.notes(), study.bookmarks())),
                    study.article.id());

            assertThat(result).isEqualTo(new MergeResult(1, 0, 0, 0, 5));
            assertThat(result.summary())
                    .isEqualTo("1 added, 0 updated, 5 left as they were (5 with ids of another article's notes)");
        }
    }

    @Test
    void anImportThatFailsPartWayChangesNothing() throws Exception {
        List<Note> notes = study.notes();
        try (AnnotationStore store = open()) {
            store.saveNote(notes.get(0));
        }
        // The database refuses the fourth note half-way through the import, as a full disk would.
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("margin.db"));
                Statement statement = sql.createStatement()) {
            statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN NEW.id = '" + notes.get(3).id()
                    + "' BEGIN SELECT RAISE(ABORT, 'disk full, say'); END");
        }
        Note edited = notes.get(0).withText("Edited later", List.of(), notes.get(0).updated().plusSeconds(60));
        List<Note> incoming = new java.util.ArrayList<>(notes);
        incoming.set(0, edited);
        try (AnnotationStore store = open()) {
            assertThatThrownBy(() -> AnnotationMerge.merge(store, viaFile(export(incoming, study.bookmarks())),
                    study.article.id())).isInstanceOf(ExchangeException.class);

            assertThat(store.notes(study.article.id())).containsExactly(notes.get(0));
            assertThat(store.bookmarks(study.article.id())).isEmpty();
        }
    }

    @Test
    void renamedBookmarkIsMergedByIdWithoutDuplicate() throws Exception {
        Bookmark bookmark = study.bookmarks().get(0);
        Bookmark renamed = bookmark.withName("Read up to here", Instant.parse("2025-03-06T10:00:00Z"));
        try (AnnotationStore store = open()) {
            store.saveBookmark(bookmark);

            MergeResult result = AnnotationMerge.merge(store, viaFile(export(List.of(), List.of(renamed))),
                    study.article.id());

            assertThat(result).isEqualTo(new MergeResult(0, 1, 0, 0, 0));
            assertThat(store.bookmarks(study.article.id())).containsExactly(renamed);
        }
    }

    @Test
    void notesOfAnotherArticleAreRefusedAndNothingChanges() throws Exception {
        ExportData foreign = new ExportData(new ExportData.ArticleRef("other-article", "Photosynthesis Basics", null),
                Instant.parse("2025-03-04T18:00:00Z"), List.of(), List.of());
        try (AnnotationStore store = open()) {
            store.saveNote(study.notes().get(0));

            assertThatThrownBy(() -> AnnotationMerge.merge(store, foreign, study.article.id()))
                    .isInstanceOf(ExchangeException.class)
                    .hasMessageContaining("These notes belong to another article: Photosynthesis Basics.");
            assertThat(store.notes(study.article.id())).containsExactly(study.notes().get(0));
        }
    }
}
