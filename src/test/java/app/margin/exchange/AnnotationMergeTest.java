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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationMergeTest {

    @TempDir
    Path dataDir;

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

            assertThat(second).isEqualTo(new MergeResult(0, 0, 6, 0));
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

            assertThat(result).isEqualTo(new MergeResult(0, 1, 0, 1));
            assertThat(store.notes(study.article.id())).containsExactlyInAnyOrder(edited, otherEditedHere);
        }
    }

    @Test
    void onATieTheExistingCopyStays() throws Exception {
        Note here = study.notes().get(0);
        Note there = new Note(here.id(), here.articleId(), here.contentHash(), here.kind(), here.anchor(),
                here.color(), "Same time, other text", here.tags(), here.created(), here.updated());
        AnnotationMerge.Plan plan = AnnotationMerge.plan(List.of(here), List.of(), export(List.of(there), List.of()));

        assertThat(plan.notesToSave()).isEmpty();
        assertThat(plan.result()).isEqualTo(new MergeResult(0, 0, 0, 1));
    }

    @Test
    void renamedBookmarkIsMergedByIdWithoutDuplicate() throws Exception {
        Bookmark bookmark = study.bookmarks().get(0);
        Bookmark renamed = bookmark.withName("Read up to here", Instant.parse("2025-03-06T10:00:00Z"));
        try (AnnotationStore store = open()) {
            store.saveBookmark(bookmark);

            MergeResult result = AnnotationMerge.merge(store, viaFile(export(List.of(), List.of(renamed))),
                    study.article.id());

            assertThat(result).isEqualTo(new MergeResult(0, 1, 0, 0));
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
