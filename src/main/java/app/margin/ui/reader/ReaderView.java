package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.ui.queue.Coalescer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The reading pane: a read-only, wrapped, virtualized RichTextFX area. One area paragraph per layout
 * block, so block indices are paragraph indices. Text stays selectable. Where the pane is measured is the
 * {@link LineMeasurer}'s job; moving it and keeping its place, the {@link ScrollAnchor}'s.
 */
public final class ReaderView extends StackPane {

    static final double MIN_SIDE_PADDING = 28;
    static final double TOP_MARGIN = 16;
    /** Lines of text left above the target of a jump (a section, a note, a find match), for context. */
    static final int CONTEXT_LINES = 2;

    private final ReaderViewModel viewModel;
    private final ReadingSettings settings;
    private final ReadingArea area = new ReadingArea();
    private final VirtualizedScrollPane<ReadingArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final LineMeasurer lines;
    private final BookmarkLine bookmarkLine;
    private final LinkPointer linkPointer;
    private final ScrollAnchor anchor;
    /** The keys and the wheel that move the page. */
    private final ReadingKeys keys;
    /** A burst of viewport changes comes to one report on the next pulse. */
    private final Coalescer viewportReports;
    /** Whether the pane shows only the beginning of its article (the view model's flag has moved on by then). */
    private boolean showingBeginning;

    /**
     * @param fx runs code on the FX thread later ({@code Platform::runLater} in the app): where the viewport's
     *           changes are reported, once for a burst of them
     */
    public ReaderView(ReaderViewModel viewModel, ReadingSettings settings, Executor fx) {
        this.viewModel = viewModel;
        this.settings = settings;
        this.lines = new LineMeasurer(area, viewModel, settings);
        this.bookmarkLine = new BookmarkLine(area, viewModel, lines);
        this.anchor = new ScrollAnchor(area, viewModel, lines, this::requestLayout);
        this.viewportReports = new Coalescer(fx, this::reportViewport);
        // While the page glides, where it is gets reported once, when it stops: the top line's measuring would
        // otherwise run every frame of the move.
        this.keys = new ReadingKeys(area, settings, lines, anchor, viewportReports::request);
        this.linkPointer = new LinkPointer(area, viewModel.links());
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("reader");
        area.getStyleClass().add("reader-area");
        area.setEditable(false);
        // Lines wrap at spaces only. A word longer than the line ("…CaptureCallback()") breaks where the line ends:
        // JavaFX's text layout asks a BreakIterator only for complex scripts and otherwise breaks at whitespace, and
        // U+200B is neither whitespace there nor a break for the JDK's line iterator, so break points after '.', '_',
        // '/' could only be made by changing the text that anchors, find and copy read. The page keeps a 60-character
        // measure instead (PaneWidths.READER_COMFORT), so such words rarely reach the line's end.
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        area.setAccessibleText("Article text");
        area.setEndRoom(ScrollAnchor.END_MARGIN);
        applyTypography();
        getChildren().add(scrollPane);
    }

    private void initListeners() {
        viewModel.layoutProperty().addListener((obs, old, layout) -> {
            if (layout != null) {
                try {
                    showLayout(old, viewModel.takeDocument(layout));
                } catch (OutOfMemoryError e) {
                    // A listener's error would vanish into the FX thread's handler: tell the view model.
                    viewModel.showFailed(e);
                }
            }
        });
        viewModel.jumpRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                keys.stop();
                anchor.jump(request);
            }
        });
        area.widthProperty().addListener((obs, old, width) -> {
            keys.stop();
            updateMeasure();
            anchor.widthChanged();
        });
        // Text size, spacing and column width re-wrap every paragraph: the line at the top stays at the top.
        settings.fontSizeProperty().addListener((obs, o, n) -> rewrap(this::applyTypography));
        settings.spacingProperty().addListener((obs, o, n) -> rewrap(this::applyTypography));
        settings.columnProperty().addListener((obs, o, n) -> rewrap(this::updateMeasure));
        area.viewportDirtyEvents().subscribe(e -> {
            if (!keys.isGliding()) {
                viewportReports.request();
            }
        });
        keys.install();
    }

    /** Re-wraps every paragraph with the line at the top kept there; a glide under way ends where it is first. */
    private void rewrap(Runnable change) {
        keys.stop();
        anchor.keepTopLine(change);
    }

    private void showLayout(ArticleLayout before, ReaderDocument document) {
        boolean afterBeginning = showingBeginning;
        showingBeginning = viewModel.showsBeginning();
        if (afterBeginning && before != null && appendRest(before, document)) {
            return;
        }
        keys.stop();
        area.replace(0, area.getLength(), document.takeText());
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
    }

    /**
     * The whole of a book after its beginning: when the beginning's blocks are the whole book's first ones (as a
     * book's whole first chapters are), only the rest is added after them. The page, the selection and the place
     * the reader scrolled to stay as they are; replacing the whole text moved the page by up to a line, and
     * redrew what was already there. Returns false, changing nothing, when the beginning is not such a prefix.
     */
    private boolean appendRest(ArticleLayout beginning, ReaderDocument whole) {
        List<Block> first = beginning.blocks();
        List<Block> all = whole.layout().blocks();
        int n = first.size();
        if (n == 0 || n > all.size() || !first.equals(all.subList(0, n))) {
            return false;
        }
        var text = whole.takeText();
        int end = text.getAbsolutePosition(n - 1, text.getParagraph(n - 1).length());
        if (end != area.getLength()) {
            return false;
        }
        // From the end of the beginning's last paragraph: an empty tail that joins it, then the rest.
        area.replace(end, end, text.subSequence(end, text.length()));
        area.setParagraphStyle(n - 1, text.getParagraphStyle(n - 1)); // no longer the last: its end space goes
        return true;
    }

    /**
     * Before the page's column changes width on the reader's command (the annotations panel or the outline coming
     * or going): once the text has re-wrapped, the line at the top is at the top again, as after a text-size change.
     * A selection is left as it is (keeping the line moves the caret), and so is a jump still on its way.
     */
    public void keepTopLineAcrossResize() {
        anchor.keepTopLineAcrossResize();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        anchor.afterLayout();
    }

    private void applyTypography() {
        double size = settings.fontSizeProperty().get();
        area.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        area.setFontSize(size);
        area.bodyLineSpacingProperty().set(Math.round(size * settings.spacingProperty().get().em()));
        updateMeasure();
    }

    private void updateMeasure() {
        double width = area.getWidth();
        double measure = settings.columnProperty().get().em() * settings.fontSizeProperty().get();
        double side = Math.max(MIN_SIDE_PADDING, (width - measure) / 2);
        Insets current = area.getPadding();
        if (current == null || Math.abs(current.getLeft() - side) > 0.5) {
            area.setPadding(new Insets(TOP_MARGIN, side, 0, side));
        }
    }

    private void reportViewport() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        anchor.pageMoved();
        double total = area.totalHeightEstimateProperty().getOrElse(0.0);
        double viewport = area.getViewportHeight();
        double y = area.estimatedScrollYProperty().getValue();
        double scrollable = total - viewport;
        int[] top = lines.topLine(area.firstVisibleParToAllParIndex());
        int reading = lines.readingBlock();
        // Right after a jump, the lines above its target are context: the place to come back to (and to bookmark)
        // is the target's line. Once the reader moves the page, it is the line at the top, whatever is below it.
        var context = anchor.contextPlace();
        int first = context.map(Line::blockIndex).orElse(top[0]);
        int offset = context.isPresent() ? lines.lineAt(first, context.get().start()).map(Line::start)
                .orElse(context.get().start()) : top[1];
        // Through the text by characters, not by the estimated pixel height: the estimate changes with the
        // paragraphs measured so far, so the same line read 3 % one run and 50 % after a restart.
        // Past End's stop, in the room a jump opened below the text (the last section's heading at the top), the
        // reader is in the section the jump went to: the end is reached only where End puts the last line.
        boolean atEnd = lines.lastLineShows() || !anchor.pastEnd() && (scrollable <= 1 || y >= scrollable - 1);
        double fraction = atEnd ? 1 : (double) area.getAbsolutePosition(first, offset) / Math.max(1, area.getLength());
        viewModel.viewportChanged(first, offset, reading, fraction, top[0], top[1]);
    }

    /** Selects {@code [start, end)} of a block and brings it into view: how a jump shows its target. */
    public void select(int blockIndex, int start, int end) {
        if (blockIndex >= area.getParagraphs().size()) {
            return;
        }
        int length = area.getParagraphLength(blockIndex);
        // Anchor at the end, caret at the start: keyboard reading continues from the passage's start.
        area.selectRange(blockIndex, Math.min(end, length), blockIndex, Math.min(start, length));
    }

    /** Selects {@code [start, end)} of a block and scrolls just enough to show it: how find shows a hit. */
    public void reveal(int blockIndex, int start, int end) {
        if (blockIndex >= area.getParagraphs().size()) {
            return;
        }
        int length = area.getParagraphLength(blockIndex);
        area.selectRange(blockIndex, Math.min(start, length), blockIndex, Math.min(end, length));
        keys.stop();
        if (!lines.showsComfortably(blockIndex, Math.min(start, length))) {
            anchor.showLine(blockIndex, Math.min(start, length), CONTEXT_LINES);
        }
    }

    /**
     * Brings a figure's picture into view, the caret at its caption's start: how find shows a hit among the words
     * inside a picture (a table's cells), see {@link PictureReveal}.
     */
    public void revealPicture(int blockIndex) {
        if (blockIndex < area.getParagraphs().size()) {
            keys.stop();
            PictureReveal.show(area, anchor, blockIndex);
        }
    }

    /**
     * Where find starts looking, as a browser's find does: at the caret (the start of the selection) when it shows
     * in the pane, else at the start of the first line showing at the top of the pane. A match the reader can see
     * above a caret left far behind is then found first, not last.
     */
    public Line findStart() {
        int caret = area.getSelection().getStart();
        var at = area.offsetToPosition(caret, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        if (caretShows(caret) || area.getVisibleParagraphs().isEmpty()) {
            return new Line(at.getMajor(), at.getMinor(), at.getMinor());
        }
        int[] top = lines.topLine(area.firstVisibleParToAllParIndex());
        return new Line(top[0], top[1], top[1]);
    }

    /** Whether the middle of the character at {@code offset} (or the caret there, at the end) is in the pane. */
    private boolean caretShows(int offset) {
        javafx.geometry.Bounds pane = area.localToScreen(area.getLayoutBounds());
        java.util.Optional<javafx.geometry.Bounds> glyph = offset < area.getLength()
                ? area.getCharacterBoundsOnScreen(offset, offset + 1) : area.getCaretBounds();
        return pane != null && glyph.isPresent() && glyph.get().getCenterY() > pane.getMinY()
                && glyph.get().getCenterY() < pane.getMinY() + area.getViewportHeight();
    }

    /** A line of text in the pane: its block and the character range it shows. */
    public record Line(int blockIndex, int start, int end) {}

    /**
     * The line a bookmark marks: the first line of the selection when the selection shows in the pane, else the
     * first line wholly at the top of the pane.
     */
    public Line lineToMark() {
        return bookmarkLine.lineToMark();
    }

    /** The text area, for the views of later features that draw into it (highlights, markers). */
    /** Opens an address outside the book in the system's browser, after the reader said yes to it. */
    public void setBrowser(java.util.function.Consumer<String> browser) {
        linkPointer.setBrowser(browser);
    }

    /** Whether Page Down, Page Up or Space is still moving the page. */
    public boolean isPageMoving() {
        return keys.isGliding();
    }

    public ReadingArea area() {
        return area;
    }
}
