package app.margin.ui.find;

import app.margin.model.ArticleLayout;
import app.margin.ui.queue.Coalescer;
import app.margin.ui.reader.ReaderView;
import app.margin.ui.reader.ReaderViewModel;
import app.margin.ui.reader.TextMark;
import app.margin.model.Picture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Ties find to the reading pane: opens and closes the bar, feeds it the article's text and the reader's
 * place, draws the hits and brings the current one into view, selected.
 */
public final class FindPresenter {

    static final String HIT = "find-hit";
    static final String CURRENT = "find-current";

    private final FindViewModel viewModel;
    private final ReaderViewModel reader;
    private final ReaderView readerView;
    private final Consumer<TextMark.Source> marks;
    private final Consumer<FindBar> install;
    /** Made on first use: its ControlsFX field need not load before the first frame. */
    private FindBar bar;
    /** A new search changes the hits and then the current hit: they are drawn once for both. */
    private final Coalescer draws;
    private ArticleLayout searched;

    /**
     * @param marks   where hits are drawn (the highlight layer)
     * @param install puts the find bar over the reading pane, when it is first needed
     * @param fx      runs code on the FX thread later ({@code Platform::runLater} in the app): where hits are drawn
     */
    public FindPresenter(FindViewModel viewModel, ReaderViewModel reader, ReaderView readerView,
                         Consumer<TextMark.Source> marks, Consumer<FindBar> install, Executor fx) {
        this.viewModel = viewModel;
        this.reader = reader;
        this.readerView = readerView;
        this.marks = marks;
        this.install = install;
        this.draws = new Coalescer(fx, this::drawHits);
        viewModel.currentProperty().addListener((obs, old, hit) -> {
            draws.request();
            if (hit != null && hit.equals(keptAcrossSwap)) {
                keptAcrossSwap = null; // found again in the whole: the reader's line stays where it is
            } else if (hit != null) {
                keptAcrossSwap = null;
                reveal(hit);
            } else if (old != null && isOpen() && keptAcrossSwap == null
                    && !viewModel.queryProperty().get().isBlank()) {
                // Typed on to "No matches": the words of the last match are no longer what was found (a new user
                // took "must be r" still selected for a match of "must be root"). Closing the bar keeps them.
                readerView.area().deselect();
            }
        });
        viewModel.hitsProperty().addListener((obs, old, hits) -> draws.request());
        reader.layoutProperty().addListener((obs, old, layout) -> {
            if (!isOpen()) {
                return;
            }
            if (old != null && layout != null && old.article().id().equals(layout.article().id())) {
                // The whole article after its beginning (a book's first chapters, a PDF's first pages): the search
                // goes on in all of it, from the hit the reader is on. Found by trying it: the bar closed under a
                // query being typed.
                Hit current = viewModel.currentProperty().get();
                if (current != null) {
                    viewModel.setCaret(current.blockIndex(), current.start());
                }
                // Searching anew clears the hits first (and a long book's search runs in the background): neither
                // the clearing nor the same hit found again may move the page or drop the selection meanwhile.
                keptAcrossSwap = current;
                searched = layout;
                viewModel.show(layout);
            } else {
                close();
            }
        });
    }


    /** The hit current when the whole article took its beginning's place, until the search finds it again. */
    private Hit keptAcrossSwap;

    private FindBar bar() {
        if (bar == null) {
            bar = new FindBar(viewModel, this::next, this::previous, this::close);
            bar.setVisible(false);
            bar.managedProperty().bind(bar.visibleProperty());
            install.accept(bar);
        }
        return bar;
    }

    public FindViewModel viewModel() {
        return viewModel;
    }

    public boolean isOpen() {
        return bar != null && bar.isVisible();
    }

    /** Opens the bar (or focuses it), searching from the caret when it shows, else from the top of the pane. */
    public void open() {
        ArticleLayout layout = reader.getLayout();
        if (layout == null) {
            return;
        }
        if (searched != layout) {
            searched = layout;
            viewModel.show(layout);
        }
        ReaderView.Line from = readerView.findStart();
        viewModel.setCaret(from.blockIndex(), from.start());
        viewModel.recallLastQuery();
        bar().setVisible(true);
        bar().focusField();
    }

    public void next() {
        step(true);
    }

    public void previous() {
        step(false);
    }

    private void step(boolean forward) {
        if (!isOpen()) {
            open();
            return;
        }
        if (forward) {
            viewModel.next();
        } else {
            viewModel.previous();
        }
        Hit current = viewModel.currentProperty().get();
        if (current != null) {
            // A single hit does not change "current"; bring it back into view all the same.
            reveal(current);
        }
    }

    /**
     * Shows a hit: in the text, selected; among the words inside a picture (a table's cells), the picture brought
     * into view and marked as current ({@link #drawHits}), the caret at its caption's start.
     */
    private void reveal(Hit hit) {
        if (hit.inPicture()) {
            readerView.revealPicture(hit.blockIndex());
        } else {
            readerView.reveal(hit.blockIndex(), hit.start(), hit.end());
        }
    }

    /** Closes the bar, clears the hits and gives the keyboard back to the pane. */
    public void close() {
        keptAcrossSwap = null;
        if (bar != null) {
            bar.setVisible(false);
        }
        viewModel.clear();
        marks.accept(TextMark.Source.NONE);
        readerView.area().markPictures(Map.of());
        readerView.area().requestFocus();
    }

    private void drawHits() {
        List<Hit> hits = viewModel.hitsProperty().get();
        if (viewModel.searchesPictures() || pictures) {
            Map<Picture, String> marked = pictureMarks(hits, viewModel.currentProperty().get(), reader.getLayout());
            readerView.area().markPictures(marked);
            pictures = !marked.isEmpty();
        }
        if (hits.isEmpty()) {
            marks.accept(TextMark.Source.NONE);
            return;
        }
        Hit current = viewModel.currentProperty().get();
        marks.accept(block -> marksIn(hits, current, block));
    }

    /** Whether pictures were marked last time (they are unmarked when a search finds none in them). */
    private boolean pictures;

    /**
     * The pictures with hits among their words, each with its mark: {@link #CURRENT} for the current hit's, else
     * {@link #HIT}. Only articles with such pictures pay for the look through the hits.
     */
    static Map<Picture, String> pictureMarks(List<Hit> hits, Hit current, ArticleLayout layout) {
        if (layout == null) {
            return Map.of();
        }
        Map<Picture, String> out = new HashMap<>();
        for (Hit h : hits) {
            if (h.inPicture() && h.blockIndex() < layout.blocks().size()) {
                Picture p = layout.blocks().get(h.blockIndex()).form().picture();
                if (p != null) {
                    out.merge(p, h.equals(current) ? CURRENT : HIT, (a, b) -> a.equals(CURRENT) ? a : b);
                }
            }
        }
        return out;
    }

    /** The hits of one block, found by binary search in the ordered hit list. */
    static List<TextMark> marksIn(List<Hit> hits, Hit current, int block) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).blockIndex() < block) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<TextMark> out = new ArrayList<>();
        for (int i = lo; i < hits.size() && hits.get(i).blockIndex() == block; i++) {
            Hit h = hits.get(i);
            if (h.inPicture()) {
                continue; // drawn on the picture, not over the caption's text
            }
            out.add(new TextMark(block, h.start(), h.end(), h.equals(current) ? CURRENT : HIT));
        }
        return out;
    }
}
