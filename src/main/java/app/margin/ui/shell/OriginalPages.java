package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.queue.Background;
import app.margin.ui.reader.OriginalPageAhead;
import app.margin.ui.reader.OriginalPagePassage;
import app.margin.ui.reader.OriginalPageReadingPlace;
import app.margin.ui.reader.OriginalPageView;
import app.margin.ui.reader.OriginalPageViewModel;
import app.margin.ui.reader.ReaderView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Opens the original-page window for the article shown: a PDF, at the passage the reader is at (its page, scrolled to
 * it), with its highlights. When the reader has stayed at a place in a PDF for a moment (the whole document read),
 * its page is drawn ahead ({@link OriginalPageAhead}), so the window shows it as it opens.
 */
final class OriginalPages {
    /** How long the reading line stays put before its page is drawn ahead: scrolling draws nothing. */
    static final Duration SETTLED = Duration.millis(1200);

    private final MainViewModel vm;
    private final ReaderView reader;
    private final Background background;
    private final OriginalPageAhead ahead;
    private final PauseTransition settle = new PauseTransition(SETTLED);

    OriginalPages(MainViewModel vm, ReaderView reader, Background background) {
        this.vm = vm;
        this.reader = reader;
        this.background = background;
        this.ahead = new OriginalPageAhead(background);
        settle.setOnFinished(e -> prepare());
        vm.reader().layoutProperty().addListener((obs, old, layout) -> {
            if (!available(layout)) {
                ahead.clear();
                settle.stop();
            } else {
                ahead.keepOnly(Path.of(layout.article().pictureBase())); // another PDF: the last one closed now
                settle.playFromStart();
            }
        });
        // The line at the top of the pane: a new block, or a line further in the same one.
        javafx.beans.value.ChangeListener<Number> moved = (obs, old, now) -> {
            if (available(vm.reader().getLayout())) {
                settle.playFromStart();
            }
        };
        vm.reader().readingBlockProperty().addListener(moved);
        vm.reader().topOffsetProperty().addListener(moved);
    }

    /** Opens the window at the passage being read: the selection or caret where they show, else the top line. */
    void show(Window owner) {
        ArticleLayout layout = vm.reader().getLayout();
        if (!available(layout)) {
            return;
        }
        OriginalPagePassage passage = OriginalPageReadingPlace.passage(reader, layout);
        OriginalPageViewModel model = new OriginalPageViewModel(background, ahead,
                Path.of(layout.article().pictureBase()), highlights(layout, vm.annotations()), dpi());
        OriginalPageView.show(owner, model, passage, layout.article().title());
    }

    /** Draws the page of the passage being read ahead, once the whole document is read. */
    private void prepare() {
        ArticleLayout layout = vm.reader().getLayout();
        if (available(layout) && !vm.reader().showsBeginning()) {
            ahead.prepare(Path.of(layout.article().pictureBase()), OriginalPageReadingPlace.passage(reader, layout),
                    highlights(layout, vm.annotations()), dpi());
        }
    }

    private static float dpi() {
        return (float) (96 * Math.max(1, Screen.getPrimary().getOutputScaleX()));
    }

    /** Whether the article shown is a PDF whose pages can be drawn: paged, and its picture base the PDF. */
    static boolean available(ArticleLayout layout) {
        String base = layout == null ? null : layout.article().pictureBase();
        return layout != null && layout.paged() && base != null && base.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The article's placed highlights, each with the page of the block it starts in. */
    static List<OriginalPageViewModel.Highlight> highlights(ArticleLayout layout, AnnotationsViewModel annotations) {
        List<OriginalPageViewModel.Highlight> out = new ArrayList<>();
        for (Note note : annotations.notes()) {
            if (note.kind() != NoteKind.HIGHLIGHT || note.anchor().quote() == null || note.color() == null) {
                continue;
            }
            annotations.placementOf(note.anchor()).ifPresent(p -> {
                String page = layout.pageAt(p.blockIndex());
                if (page != null) {
                    out.add(new OriginalPageViewModel.Highlight(page, note.anchor().quote().exact(), note.color()));
                }
            });
        }
        return out;
    }
}
