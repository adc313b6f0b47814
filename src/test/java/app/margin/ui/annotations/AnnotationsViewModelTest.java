package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.store.AnnotationStore;
import app.margin.store.OpenResult;
import app.margin.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation commands against a real store in a temp folder, run synchronously. */
class AnnotationsViewModelTest {

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private AnnotationsViewModel vm;
    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
    private int leadBlock;

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        vm = new AnnotationsViewModel(CompletableFuture.completedFuture(store), Runnable::run, Runnable::run, Clock.systemUTC());
        vm.open(layout, "hash-1");
        leadBlock = layout.blockOf(app.margin.model.Article.LEAD_SECTION_ID, 0);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private AnnotationsViewModel reopen() throws Exception {
        store.close();
        store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        AnnotationsViewModel again = new AnnotationsViewModel(CompletableFuture.completedFuture(store), Runnable::run, Runnable::run, Clock.systemUTC());
        again.open(layout, "hash-1");
        return again;
    }

    @Test
    void aBeginningReadsNoAnnotationsAndTheWholeArticleShowsThemAll() throws Exception {
        Note kept = vm.addHighlight(leadBlock, 10, 24, HighlightColor.GREEN).orElseThrow();
        AnnotationsViewModel again = new AnnotationsViewModel(CompletableFuture.completedFuture(store), Runnable::run,
                Runnable::run, Clock.systemUTC());

        again.openBeginning(layout);
        assertThat(again.notes()).isEmpty();
        assertThat(again.loadedProperty().get()).isFalse();
        Note madeMeanwhile = again.addHighlight(leadBlock, 30, 40, HighlightColor.BLUE).orElseThrow();
        again.open(layout, "hash-1");

        assertThat(again.notes()).extracting(Note::id).containsExactlyInAnyOrder(kept.id(), madeMeanwhile.id());
        assertThat(again.loadedProperty().get()).isTrue();
    }

    @Test
    void highlightIsCommittedWithItsQuoteAndContext() throws Exception {
        Note n = vm.addHighlight(leadBlock, 10, 24, HighlightColor.GREEN).orElseThrow();

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        Note stored = store.notes(layout.article().id()).get(0);
        assertThat(stored).isEqualTo(n);
        assertThat(stored.anchor().quote().exact()).isEqualTo(layout.blocks().get(leadBlock).text().substring(10, 24));
        assertThat(stored.anchor().quote().prefix()).isEqualTo(layout.blocks().get(leadBlock).text().substring(0, 10));
        assertThat(stored.contentHash()).isEqualTo("hash-1");
    }

    @Test
    void headingsCannotBeHighlighted() {
        assertThat(vm.addHighlight(0, 0, 5, HighlightColor.YELLOW)).isEmpty();
        assertThat(vm.notes()).isEmpty();
    }

    @Test
    void editsMergeIntoOneUndoStepUntilEditingFinishes() throws Exception {
        Note n = vm.addSectionNote("ukraine-the-central-point-of-discussion");
        vm.editNote(n.id(), "F", List.of());
        vm.editNote(n.id(), "First", List.of("exam"));
        vm.finishEditing();

        vm.undo();

        assertThat(vm.note(n.id()).orElseThrow().text()).isEmpty();
        assertThat(store.notes(layout.article().id()).get(0).text()).isEmpty();
        vm.redo();
        assertThat(store.notes(layout.article().id()).get(0).tags()).containsExactly("exam");
    }

    @Test
    void overLongNoteIsRefusedAndTheSavedVersionStays() throws Exception {
        Note n = vm.addSectionNote("ukraine-the-central-point-of-discussion");
        vm.editNote(n.id(), "kept", List.of());

        EditResult result = vm.editNote(n.id(), "x".repeat(Note.MAX_TEXT_LENGTH + 1), List.of());

        assertThat(result.accepted()).isFalse();
        assertThat(result.problem()).contains("20,000").contains("20,001");
        assertThat(store.notes(layout.article().id()).get(0).text()).isEqualTo("kept");
        assertThat(vm.drafts()).containsEntry(n.id(), "x".repeat(Note.MAX_TEXT_LENGTH + 1));
        vm.editNote(n.id(), "short again", List.of());
        assertThat(vm.drafts()).isEmpty();
    }

    @Test
    void deleteThenUndoRestoresTheNoteInTheStore() throws Exception {
        Note n = vm.addHighlight(leadBlock, 0, 8, HighlightColor.PINK).orElseThrow();
        vm.deleteNote(n.id());
        assertThat(store.notes(layout.article().id())).isEmpty();
        assertThat(vm.lastDeletionProperty().get().description()).isEqualTo("Highlight deleted");

        vm.undo();

        assertThat(store.notes(layout.article().id())).containsExactly(n);
        assertThat(vm.notes()).containsExactly(n);
    }

    @Test
    void bookmarkTogglesAndSurvivesReopening() throws Exception {
        Bookmark b = vm.toggleBookmark(leadBlock).orElseThrow();
        assertThat(b.name()).startsWith("Hey there, guys!").endsWith("…");

        AnnotationsViewModel again = reopen();

        assertThat(again.bookmarks()).containsExactly(b);
        assertThat(again.bookmarkAt(leadBlock)).contains(b);
        assertThat(again.toggleBookmark(leadBlock)).isEmpty();
        assertThat(store.bookmarks(layout.article().id())).isEmpty();
    }

    @Test
    void renameKeepsTheBookmarkAndUndoRestoresTheOldName() throws Exception {
        Bookmark b = vm.toggleBookmark(leadBlock).orElseThrow();
        vm.renameBookmark(b.id(), "  Why talks matter ");
        assertThat(store.bookmarks(layout.article().id()).get(0).name()).isEqualTo("Why talks matter");

        vm.undo();

        assertThat(store.bookmarks(layout.article().id()).get(0).name()).isEqualTo(b.name());
    }

    @Test
    void highlightAtFindsTheHighlightUnderACharacter() {
        Note n = vm.addHighlight(leadBlock, 10, 24, HighlightColor.BLUE).orElseThrow();

        assertThat(vm.highlightAt(leadBlock, 10)).contains(n);
        assertThat(vm.highlightAt(leadBlock, 23)).contains(n);
        assertThat(vm.highlightAt(leadBlock, 24)).isEmpty();
        assertThat(vm.placementOf(n.anchor())).contains(new Placement(leadBlock, 10, 24));
    }

    @Test
    void recolourIsSavedAndUndoable() throws Exception {
        Note n = vm.addHighlight(leadBlock, 0, 3, HighlightColor.YELLOW).orElseThrow();
        vm.recolor(n.id(), HighlightColor.PURPLE);
        assertThat(store.notes(layout.article().id()).get(0).color()).isEqualTo(HighlightColor.PURPLE);

        vm.undo();

        assertThat(vm.note(n.id()).orElseThrow().color()).isEqualTo(HighlightColor.YELLOW);
        assertThat(vm.note(n.id()).orElseThrow().kind()).isEqualTo(NoteKind.HIGHLIGHT);
    }

    @Test
    void unplacedHighlightCanBeAttachedToANewSelection() throws Exception {
        Note lost = new Note("lost", layout.article().id(), "old-hash", NoteKind.HIGHLIGHT,
                new app.margin.model.Anchor(app.margin.model.Article.LEAD_SECTION_ID,
                        new app.margin.model.TextQuote("words that are gone", "", ""), 0, 0, 19),
                HighlightColor.BLUE, "still my note", List.of("exam"), java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        store.saveNote(lost);
        AnnotationsViewModel again = reopen();
        assertThat(again.placementOf(lost.anchor())).isEmpty();

        assertThat(again.reattach("lost", leadBlock, 4, 9)).isTrue();

        Note moved = store.notes(layout.article().id()).get(0);
        assertThat(moved.text()).isEqualTo("still my note");
        assertThat(moved.anchor().quote().exact()).isEqualTo(layout.blocks().get(leadBlock).text().substring(4, 9));
        assertThat(again.placementOf(moved.anchor())).contains(new Placement(leadBlock, 4, 9));
        again.undo();
        assertThat(store.notes(layout.article().id()).get(0).anchor()).isEqualTo(lost.anchor());
    }

    @Test
    void sectionNoteLeftEmptyIsDiscardedWithoutAnUndoStep() throws Exception {
        Note kept = vm.addSectionNote("ukraine-the-central-point-of-discussion");
        vm.editNote(kept.id(), "", List.of("todo"));
        Note empty = vm.addSectionNote("ukraine-the-central-point-of-discussion");

        vm.discardIfEmpty(empty.id());
        vm.discardIfEmpty(kept.id());

        assertThat(store.notes(layout.article().id())).extracting(Note::id).containsExactly(kept.id());
        assertThat(vm.lastDeletionProperty().get()).isNull();
        vm.undo();
        assertThat(vm.note(kept.id()).orElseThrow().tags()).isEmpty();
    }

    @Test
    void changesMadeBeforeTheLoadReturnsAreKept() throws Exception {
        Note stored = new Note("stored", layout.article().id(), "h", NoteKind.SECTION,
                app.margin.model.Anchor.section(app.margin.model.Article.LEAD_SECTION_ID), null, "from before",
                List.of(), java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2026-01-01T00:00:00Z"));
        store.saveNote(stored);
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        AnnotationsViewModel slow = new AnnotationsViewModel(CompletableFuture.completedFuture(store), background::add,
                Runnable::run, Clock.systemUTC());
        slow.open(layout, "hash-1");

        var bookmark = slow.toggleBookmark(leadBlock).orElseThrow();
        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertThat(slow.loadedProperty().get()).isTrue();
        assertThat(slow.bookmarks()).containsExactly(bookmark);
        assertThat(slow.notes()).containsExactly(stored);
        assertThat(store.bookmarks(layout.article().id())).containsExactly(bookmark);
    }

    @Test
    void clearingAnOldSectionNoteDoesNotDiscardIt() throws Exception {
        Note n = vm.addSectionNote("ukraine-the-central-point-of-discussion");
        vm.editNote(n.id(), "written earlier", List.of());
        vm.finishEditing();

        vm.editNote(n.id(), "", List.of());
        vm.discardIfEmpty(n.id());

        assertThat(store.notes(layout.article().id())).extracting(Note::id).containsExactly(n.id());
        vm.undo();
        assertThat(vm.note(n.id()).orElseThrow().text()).isEqualTo("written earlier");
    }

    @Test
    void undoHistoryBelongsToTheArticleItWasMadeIn() {
        vm.addSectionNote("ukraine-the-central-point-of-discussion");
        assertThat(vm.canUndoProperty().get()).isTrue();

        vm.open(layout, "hash-1");

        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void noticeUndoRestoresTheDeletionItNamesEvenAfterOtherChanges() throws Exception {
        Note pink = vm.addHighlight(leadBlock, 0, 8, HighlightColor.PINK).orElseThrow();
        Note blue = vm.addHighlight(leadBlock, 20, 30, HighlightColor.BLUE).orElseThrow();
        vm.deleteNote(pink.id());
        Change deletion = vm.lastDeletionProperty().get();
        vm.recolor(blue.id(), HighlightColor.GREEN);

        vm.restoreDeleted(deletion);

        assertThat(vm.note(pink.id())).contains(pink);
        assertThat(vm.note(blue.id()).orElseThrow().color()).isEqualTo(HighlightColor.GREEN);
        assertThat(store.notes(layout.article().id())).extracting(Note::id).contains(pink.id());
    }

    @Test
    void bookmarkOnTheBylineGoesOnTheHeadingAndTogglesOff() {
        int byline = 1;
        assertThat(layout.blocks().get(byline).kind()).isEqualTo(app.margin.model.Block.Kind.BYLINE);

        var b = vm.toggleBookmark(byline).orElseThrow();

        assertThat(vm.bookmarkAt(0)).contains(b);
        assertThat(vm.toggleBookmark(byline)).isEmpty();
        assertThat(vm.bookmarks()).isEmpty();
    }
}
