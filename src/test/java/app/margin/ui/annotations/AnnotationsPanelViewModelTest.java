package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.reader.ReaderViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsPanelViewModelTest {

    private static final String UNDERSTANDING = "understanding-the-us-russia-military-dialogue";
    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private AnnotationsViewModel annotations;
    private AnnotationsPanelViewModel panel;
    private final ReaderViewModel reader = new ReaderViewModel();
    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        store.saveNote(new Note("gone", layout.article().id(), "old", NoteKind.HIGHLIGHT,
                new Anchor(UKRAINE, new TextQuote("a sentence that was deleted from the article", "", ""), 0, 0, 10),
                HighlightColor.PINK, "orphan", List.of("exam"), t, t));
        annotations = new AnnotationsViewModel(CompletableFuture.completedFuture(store), Runnable::run, Runnable::run,
                Clock.systemUTC());
        reader.show(layout);
        annotations.open(layout, "hash");
        panel = new AnnotationsPanelViewModel(annotations, reader);
        annotations.addHighlight(layout.blockOf(UKRAINE, 0), 0, 7, HighlightColor.BLUE);
        annotations.addSectionNote(UNDERSTANDING);
        annotations.addHighlight(layout.blockOf(UNDERSTANDING, 0), 5, 12, HighlightColor.YELLOW);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private List<String> groups() {
        return panel.rows().stream().filter(r -> r instanceof PanelRow.Group).map(r -> ((PanelRow.Group) r).title())
                .toList();
    }

    @Test
    void itemsAreGroupedBySectionInReadingOrderWithUnplacedLast() {
        assertThat(groups()).containsExactly("Understanding the US-Russia Military Dialogue",
                "Ukraine: The Central Point of Discussion", AnnotationsPanelViewModel.UNPLACED);
        assertThat(panel.items()).extracting(AnnotationItem::kind).containsExactly(
                AnnotationItem.Kind.SECTION_NOTE, AnnotationItem.Kind.HIGHLIGHT, AnnotationItem.Kind.HIGHLIGHT,
                AnnotationItem.Kind.HIGHLIGHT);
        AnnotationItem orphan = panel.items().get(3);
        assertThat(orphan.placed()).isFalse();
        assertThat(orphan.quote()).isEqualTo("a sentence that was deleted from the article");
        assertThat(orphan.text()).isEqualTo("orphan");
    }

    @Test
    void theBookmarksListEndsWhenThePanelClosesButAChosenFilterStays() {
        panel.showBookmarksList();
        assertThat(panel.kindProperty().get()).isEqualTo(AnnotationsPanelViewModel.KindFilter.BOOKMARKS);
        panel.panelClosed();
        assertThat(panel.kindProperty().get()).isEqualTo(AnnotationsPanelViewModel.KindFilter.ALL);

        panel.kindProperty().set(AnnotationsPanelViewModel.KindFilter.HIGHLIGHTS);
        panel.panelClosed();
        assertThat(panel.kindProperty().get()).as("chosen in the filter menu").isEqualTo(
                AnnotationsPanelViewModel.KindFilter.HIGHLIGHTS);
    }

    @Test
    void filtersByKindColourTagAndText() {
        panel.kindProperty().set(AnnotationsPanelViewModel.KindFilter.HIGHLIGHTS);
        assertThat(panel.items()).hasSize(3);
        panel.colourProperty().set(HighlightColor.YELLOW);
        assertThat(panel.items()).singleElement().extracting(AnnotationItem::color).isEqualTo(HighlightColor.YELLOW);
        panel.colourProperty().set(null);
        panel.tagProperty().set("#exam");
        assertThat(panel.items()).extracting(AnnotationItem::id).containsExactly("gone");
        panel.tagProperty().set("");
        panel.textProperty().set("ORPHAN");
        assertThat(panel.items()).extracting(AnnotationItem::id).containsExactly("gone");
        assertThat(panel.allTags()).containsExactly("exam");
    }

    @Test
    void jumpingGoesToTheItemsParagraphAndAsksForAFlash() {
        AnnotationItem highlight = panel.items().get(2);

        panel.jumpTo(highlight);

        assertThat(reader.jumpRequestProperty().get().blockIndex()).isEqualTo(layout.blockOf(UKRAINE, 0));
        assertThat(panel.flashRequestProperty().get()).isEqualTo(highlight.placement());
        assertThat(reader.currentSectionIdProperty().get()).isEqualTo(UKRAINE);
    }

    @Test
    void leadAnnotationsAreGroupedUnderTheArticleTitle() {
        annotations.addSectionNote(Article.LEAD_SECTION_ID);

        assertThat(groups().get(0)).isEqualTo(layout.article().title());
    }
}
