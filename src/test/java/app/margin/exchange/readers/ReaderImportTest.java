package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.exchange.ExchangeException;
import app.margin.exchange.MergeResult;
import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placed highlights through the store's merge: a preview first, all or nothing, a second import changes nothing. */
class ReaderImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private AnnotationStore open() throws Exception {
        return StoreOpener.open(dataDir, CLOCK).store();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        try (AnnotationStore store = open()) {
            ImportPlan first = ReaderImport.against(HighlightPlacerTest.plan(HighlightPlacerTest.kindleFile()), store);
            MergeResult once = ReaderImport.commit(first, store);
            assertThat(once.added()).isEqualTo(7);
            List<Note> after = store.notes("quiet-harbour");

            ImportPlan again = ReaderImport.against(HighlightPlacerTest.plan(HighlightPlacerTest.kindleFile()), store);
            assertThat(again.books().get(0).preview()).isEqualTo("6 highlights for 'The Quiet Harbour': 5 placed,"
                    + " 1 unplaced; 6 already here");
            MergeResult twice = ReaderImport.commit(again, store);
            assertThat(twice.changedAnything()).isFalse();
            assertThat(twice.unchanged()).isEqualTo(7);
            assertThat(store.notes("quiet-harbour")).isEqualTo(after);
        }
    }

    @Test
    void aHighlightTheReaderAlreadyMadeOnTheSameWordsIsNotDoubled() throws Exception {
        try (AnnotationStore store = open()) {
            ImportPlan plan = HighlightPlacerTest.plan(HighlightPlacerTest.kindleFile());
            Note placed = plan.books().get(0).notes().get(0);
            Anchor a = placed.anchor();
            store.saveNote(new Note("mine-0001", "quiet-harbour", null, NoteKind.HIGHLIGHT, a, HighlightColor.PINK,
                    "my own", List.of(), CLOCK.instant(), CLOCK.instant()));
            ImportPlan checked = ReaderImport.against(plan, store);
            assertThat(checked.books().get(0).alreadyHere()).isEqualTo(1);
            ReaderImport.commit(checked, store);
            assertThat(store.notes("quiet-harbour")).hasSize(6).filteredOn(n -> n.anchor().equals(a)).hasSize(1);
        }
    }

    @Test
    void aBadBookRefusesTheWholeImportAndLeavesEveryBookAsItWas() throws Exception {
        try (AnnotationStore store = open()) {
            ImportPlan plan = HighlightPlacerTest.plan(HighlightPlacerTest.kindleFile());
            // The second book's note carries an id the first book already uses in the store: refused by the check.
            Note clash = plan.books().get(1).notes().get(0);
            BookPlan broken = new BookPlan(plan.books().get(1).article(), "x", List.of(new Note(clash.id(),
                    "quiet-harbour", null, NoteKind.HIGHLIGHT, clash.anchor(), null, "", List.of(), clash.created(),
                    clash.updated())), List.of(), 1, 1, 0, 0, 0);
            ImportPlan bad = new ImportPlan(plan.format(), plan.name(), List.of(plan.books().get(0), broken),
                    List.of(), List.of());
            assertThatThrownBy(() -> ReaderImport.commit(bad, store)).isInstanceOfAny(ExchangeException.class,
                    IllegalArgumentException.class);
            assertThat(store.notes("quiet-harbour")).isEmpty();
            assertThat(store.notes("other-book")).isEmpty();
        }
    }
}
