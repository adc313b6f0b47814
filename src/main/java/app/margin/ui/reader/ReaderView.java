package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The reading pane: a read-only, wrapped, virtualized RichTextFX area. One area paragraph per layout
 * block, so block indices are paragraph indices. Text stays selectable.
 */
public final class ReaderView extends StackPane {

    static final double MIN_SIDE_PADDING = 28;
    static final double LINE_SCROLL = 48;
    static final double TOP_MARGIN = 16;
    /** Lines of text left above the target of a jump (a section, a note, a find match), for context. */
    static final int CONTEXT_LINES = 2;

    private final ReaderViewModel viewModel;
    private final ReadingSettings settings;
    private final ReadingArea area = new ReadingArea();
    private final VirtualizedScrollPane<ReadingArea> scrollPane = new VirtualizedScrollPane<>(area);
    private boolean reportPending;
    private ReaderViewModel.JumpRequest pendingJump;

    public ReaderView(ReaderViewModel viewModel, ReadingSettings settings) {
        this.viewModel = viewModel;
        this.settings = settings;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("reader");
        area.getStyleClass().add("reader-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        area.setAccessibleText("Article text");
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
                jump(request);
            }
        });
        area.widthProperty().addListener((obs, old, width) -> widthChanged());
        resizeSettled.setOnFinished(e -> resizeKeep = null);
        // Text size, spacing and column width re-wrap every paragraph: the line at the top stays at the top.
        settings.fontSizeProperty().addListener((obs, o, n) -> keepTopLine(this::applyTypography));
        settings.spacingProperty().addListener((obs, o, n) -> keepTopLine(this::applyTypography));
        settings.columnProperty().addListener((obs, o, n) -> keepTopLine(this::updateMeasure));
        area.viewportDirtyEvents().subscribe(e -> scheduleViewportReport());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::handleReadingKeys);
    }

    /** Whether the pane shows only the beginning of its article (the view model's flag has moved on by then). */
    private boolean showingBeginning;

    private void showLayout(ArticleLayout before, ReaderDocument document) {
        boolean afterBeginning = showingBeginning;
        showingBeginning = viewModel.showsBeginning();
        if (afterBeginning && before != null && appendRest(before, document)) {
            return;
        }
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
     * Makes a change that re-wraps the text, then puts the line that was at the top back there once the pane
     * has been laid out with the change (new styles apply at the next pulse, so the jump waits for it).
     */
    private void keepTopLine(Runnable rewrap) {
        ArticleLayout layout = viewModel.getLayout();
        int block = viewModel.topBlockProperty().get();
        int offset = viewModel.topOffsetProperty().get();
        if (kept != null && kept.blockIndex() == block && layout != null && !area.getVisibleParagraphs().isEmpty()) {
            // Still on the line the last change kept: keep the same character, so that steps up and down in size
            // do not each drift back by part of a line.
            int keptOffset = kept.start();
            offset = lineAt(block, offset).filter(l -> l.start() <= keptOffset && keptOffset < l.end())
                    .map(l -> keptOffset).orElse(offset);
        }
        rewrap.run();
        if (layout == null || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        kept = new Line(block, offset, offset);
        deferNextJump = true;
        viewModel.jumpToLine(block, offset);
    }

    /**
     * Before the page's column changes width on the reader's command (the annotations panel or the outline coming
     * or going): once the text has re-wrapped, the line at the top is at the top again, as after a text-size change.
     * A selection is left as it is (keeping the line moves the caret), and so is a jump still on its way.
     */
    public void keepTopLineAcrossResize() {
        if (!area.getSelectedText().isEmpty() || pendingJump != null || viewModel.getLayout() == null) {
            return;
        }
        // The new width can take more than one pulse to settle (the panel first, then the widths the reader gave
        // the panes): each change within the moment puts the same line back at the top.
        resizeKeep = new Line(viewModel.topBlockProperty().get(), viewModel.topOffsetProperty().get(),
                viewModel.topOffsetProperty().get());
        resizeSettled.playFromStart();
    }

    /** The line {@link #keepTopLineAcrossResize} keeps at the top while the page's width settles; else null. */
    private Line resizeKeep;
    private final javafx.animation.PauseTransition resizeSettled = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(400));

    private void widthChanged() {
        updateMeasure();
        Line keep = resizeKeep;
        if (keep != null && !area.getVisibleParagraphs().isEmpty()) {
            deferNextJump = true;
            viewModel.jumpToLine(keep.blockIndex(), keep.start());
            resizeSettled.playFromStart();
        }
    }

    private boolean deferNextJump;
    /** The character whose line the last re-wrap kept at the top. */
    private Line kept;

    private void jump(ReaderViewModel.JumpRequest request) {
        boolean defer = deferNextJump;
        deferNextJump = false;
        if (defer || area.getVisibleParagraphs().isEmpty() || area.getHeight() <= 0) {
            // Not laid out yet (the window is still opening): a jump now would be lost.
            pendingJump = request;
            requestLayout();
            return;
        }
        move(request);
    }

    private void move(ReaderViewModel.JumpRequest request) {
        int block = request.blockIndex();
        int offset = Math.min(request.offset(), area.getParagraphLength(block));
        area.moveTo(block, offset);
        showLine(block, offset, request.lineAtTop() ? 0 : CONTEXT_LINES);
    }

    /**
     * Puts the line of {@code block} that holds {@code offset} at the top of the pane, or {@code contextLines}
     * lines below it so that the end of what comes before still shows.
     */
    private void showLine(int block, int offset, int contextLines) {
        area.showParagraphAtTop(block);
        double context = contextLines * lineHeight();
        if (offset > 0 || context > 0) {
            area.layout();
            double below = offset > 0 ? lineTopInParagraph(block, offset) : 0;
            if (below - context != 0 && (block > 0 || below > 0)) {
                area.scrollYBy(below - context);
            }
            if (offset > 0) {
                settle(block, offset, context);
            }
        }
    }

    /**
     * Corrects the scroll until the line holding {@code offset} starts {@code context} below the top margin: far
     * into a paragraph many screens long, the first scroll lands short (the pane estimates heights it has not
     * measured yet).
     */
    private void settle(int block, int offset, double context) {
        int at = area.getAbsolutePosition(block, Math.min(offset, area.getParagraphLength(block)));
        for (int tries = 0; tries < 4; tries++) {
            area.layout();
            Bounds pane = area.localToScreen(area.getLayoutBounds());
            Optional<Bounds> line = area.getCharacterBoundsOnScreen(at, Math.min(at + 1, area.getLength()));
            if (pane == null || line.isEmpty()) {
                return;
            }
            double delta = line.get().getMinY() - (pane.getMinY() + TOP_MARGIN + context);
            if (Math.abs(delta) < 1) {
                return;
            }
            double before = area.getEstimatedScrollY();
            area.scrollYBy(delta);
            if (Math.abs(area.getEstimatedScrollY() - before) < 0.5) {
                return;
            }
        }
    }

    /** How far below its paragraph's top the line holding {@code offset} starts; 0 if that cannot be measured. */
    private double lineTopInParagraph(int block, int offset) {
        int start = area.getAbsolutePosition(block, offset);
        java.util.Optional<Bounds> line = area.getCharacterBoundsOnScreen(start, Math.min(start + 1, area.getLength()));
        int visible = area.allParToVisibleParIndex(block).orElse(-1);
        if (line.isEmpty() || visible < 0) {
            return 0;
        }
        return Math.max(0, line.get().getMinY() - area.getVisibleParagraphBoundsOnScreen(visible).getMinY());
    }

    /** The height of a line of body text as set now: the font's line plus the reader's line spacing. */
    private double lineHeight() {
        double size = settings.fontSizeProperty().get();
        return Math.ceil(size * 1.3) + area.bodyLineSpacingProperty().get();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (pendingJump != null && area.getHeight() > 0) {
            // The area has its size now and lays itself out next in this same pass: a jump set here shows
            // in the first frame, where one made before would have been lost.
            ReaderViewModel.JumpRequest request = pendingJump;
            pendingJump = null;
            if (request.equals(viewModel.jumpRequestProperty().get())) {
                move(request);
            }
        }
    }

    private void applyTypography() {
        double size = settings.fontSizeProperty().get();
        area.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size));
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

    private void handleReadingKeys(KeyEvent e) {
        double page = Math.max(LINE_SCROLL, area.getViewportHeight() - 2 * LINE_SCROLL);
        KeyCode code = e.getCode();
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        if (code == KeyCode.PAGE_DOWN || (code == KeyCode.SPACE && plain && !e.isShiftDown())) {
            area.scrollYBy(page);
        } else if (code == KeyCode.PAGE_UP || (code == KeyCode.SPACE && plain && e.isShiftDown())) {
            area.scrollYBy(-page);
        } else if (code == KeyCode.DOWN && plain && !e.isShiftDown()) {
            area.scrollYBy(LINE_SCROLL);
        } else if (code == KeyCode.UP && plain && !e.isShiftDown()) {
            area.scrollYBy(-LINE_SCROLL);
        } else if (code == KeyCode.HOME && !e.isShiftDown()) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        } else if (code == KeyCode.END && !e.isShiftDown()) {
            showEnd();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Brings the last line of the article to the bottom of the pane. The last paragraph has nearly a screen of
     * room below it (so the last heading can come to the top), which showing it at the bottom would show blank.
     */
    private void showEnd() {
        int last = area.getParagraphs().size() - 1;
        area.moveTo(last, 0);
        area.showParagraphAtTop(last);
        area.layout();
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        java.util.Optional<Bounds> lastChar = area.getLength() == 0 ? java.util.Optional.empty()
                : area.getCharacterBoundsOnScreen(area.getLength() - 1, area.getLength());
        if (areaOnScreen == null || lastChar.isEmpty()) {
            area.showParagraphAtBottom(last);
            return;
        }
        double bottom = areaOnScreen.getMinY() + area.getViewportHeight() - TOP_MARGIN;
        area.scrollYBy(lastChar.get().getMaxY() - bottom);
    }

    /**
     * Whether the article's last line shows at the bottom of the pane (where End puts it): the reader is at the
     * end. A short article's last line showing higher up, after a jump, is not the end.
     */
    private boolean lastLineShows() {
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        int last = area.getParagraphs().size() - 1;
        if (areaOnScreen == null || area.getLength() == 0 || area.allParToVisibleParIndex(last).isEmpty()) {
            return false;
        }
        return area.getCharacterBoundsOnScreen(area.getLength() - 1, area.getLength())
                .map(b -> b.getMaxY() <= areaOnScreen.getMinY() + area.getViewportHeight() + 1
                        && b.getMaxY() >= areaOnScreen.getMinY() + area.getViewportHeight() - TOP_MARGIN - 2 * lineHeight())
                .orElse(false);
    }

    /** Coalesces a burst of viewport changes into one report on the next pulse. */
    private void scheduleViewportReport() {
        if (reportPending) {
            return;
        }
        reportPending = true;
        Platform.runLater(() -> {
            reportPending = false;
            reportViewport();
        });
    }

    private void reportViewport() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        double total = area.totalHeightEstimateProperty().getOrElse(0.0);
        double viewport = area.getViewportHeight();
        double y = area.estimatedScrollYProperty().getValue();
        double scrollable = total - viewport;
        int[] top = topLine(area.firstVisibleParToAllParIndex());
        int reading = readingBlock();
        // When only the last lines of a block show above the one being read (the context a jump leaves), the
        // place to come back to is the start of the block being read.
        boolean contextAbove = reading > top[0] && top[1] > 0;
        int first = contextAbove ? reading : top[0];
        int offset = contextAbove ? 0 : top[1];
        // Through the text by characters, not by the estimated pixel height: the estimate changes with the
        // paragraphs measured so far, so the same line read 3 % one run and 50 % after a restart.
        boolean atEnd = scrollable <= 1 || y >= scrollable - 1 || lastLineShows();
        double fraction = atEnd ? 1 : (double) area.getAbsolutePosition(first, offset) / Math.max(1, area.getLength());
        viewModel.viewportChanged(first, offset, reading, fraction);
    }

    /**
     * The line at the top of the pane, as {block, offset of its start}: the line at the top margin's edge, where
     * a jump puts a line (the pane's top margin shows the end of the line before it). {@code first, 0} when the
     * first visible block's first line is showing.
     */
    private int[] topLine(int first) {
        if (area.localToScreen(0, 0) == null || area.isNeedsLayout()) {
            // Off screen (the window is closing), or the cells are not laid out yet (the text was just replaced,
            // a jump is pending): the place cannot be measured now, so the last one stands until the next report.
            int block = viewModel.topBlockProperty().get();
            return block == first || block == first + 1 ? new int[] {block, viewModel.topOffsetProperty().get()}
                    : new int[] {first, 0};
        }
        double x = area.getPadding() == null ? MIN_SIDE_PADDING : area.getPadding().getLeft() + 1;
        org.fxmisc.richtext.CharacterHit hit;
        try {
            // Below the line spacing: a line of which only the space under it shows is not the top line.
            hit = area.hit(x, TOP_MARGIN + 1 + area.bodyLineSpacingProperty().get());
        } catch (java.util.NoSuchElementException e) {
            return new int[] {first, 0};
        }
        int index = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        org.fxmisc.richtext.model.TwoDimensional.Position at =
                area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        if (at.getMajor() < first || at.getMajor() > first + 1) {
            return new int[] {first, 0};
        }
        int block = at.getMajor();
        int column = at.getMinor();
        // The hit is on the line; its start is where the line begins at the column's left edge.
        return new int[] {block, lineAt(block, column).map(Line::start).orElse(column)};
    }

    /**
     * The block being read: the first visible one, unless only its last lines peek in at the top, in which
     * case the first after it that reaches down past the reading line.
     */
    private int readingBlock() {
        int first = area.firstVisibleParToAllParIndex();
        if (area.getVisibleParagraphs().size() < 2) {
            return first;
        }
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        if (areaOnScreen == null) {
            return first;
        }
        double readingLine = areaOnScreen.getMinY() + TOP_MARGIN + 0.15 * area.getViewportHeight();
        // Past every block that ends above the reading line: the context above a jump can be the ends of two.
        int visible = 0;
        int count = area.getVisibleParagraphs().size();
        while (visible + 1 < count && area.getVisibleParagraphBoundsOnScreen(visible).getMaxY() < readingLine) {
            visible++;
        }
        return visible == 0 ? first : area.visibleParToAllParIndex(visible);
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
        if (!showsComfortably(blockIndex, Math.min(start, length))) {
            showLine(blockIndex, Math.min(start, length), CONTEXT_LINES);
        }
    }

    /**
     * Whether the line holding {@code offset} is in the pane with room around it: at least the context lines
     * below the top edge and a line above the bottom edge. A match shown there is not moved.
     */
    private boolean showsComfortably(int blockIndex, int offset) {
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        if (areaOnScreen == null || area.allParToVisibleParIndex(blockIndex).isEmpty()) {
            return false;
        }
        int at = area.getAbsolutePosition(blockIndex, offset);
        double line = lineHeight();
        return area.getCharacterBoundsOnScreen(at, Math.min(at + 1, area.getLength()))
                .map(b -> b.getMinY() >= areaOnScreen.getMinY() + CONTEXT_LINES * line - 1
                        && b.getMaxY() <= areaOnScreen.getMinY() + area.getViewportHeight() - line)
                .orElse(false);
    }

    /** A line of text in the pane: its block and the character range it shows. */
    public record Line(int blockIndex, int start, int end) {}

    /**
     * The line a bookmark marks: the first line of the selection when the selection shows in the pane, else the
     * first line wholly at the top of the pane.
     */
    public Line lineToMark() {
        var selection = area.getCaretSelectionBind();
        if (!area.getSelectedText().isEmpty()) {
            Optional<Line> selected = lineAt(selection.getStartParagraphIndex(), selection.getStartColumnPosition());
            if (selected.isPresent() && showsInPane(selected.get())) {
                return selected.get();
            }
        }
        int block = viewModel.topBlockProperty().get();
        int offset = viewModel.topOffsetProperty().get();
        int reading = viewModel.readingBlockProperty().get();
        if (reading > block) {
            // Only the last lines of the top block show, as context above a jump's target: the reader is on the
            // next block's first line.
            block = reading;
            offset = 0;
        }
        Optional<Line> top = lineAt(Math.min(block, area.getParagraphs().size() - 1), offset);
        if (top.isPresent() && !startsInPane(top.get())) {
            // Only the bottom of that line peeks in at the top: the reader is on the next one.
            Optional<Line> next = lineAfter(top.get());
            if (next.isPresent()) {
                return next.get();
            }
        }
        return top.orElse(new Line(block, offset, offset + 1));
    }

    /**
     * The line after {@code line}: in its block, or the next block's first. A line's measured end can be its last
     * character (the space it wraps at), which is still on it, so the next line is looked for past that.
     */
    private Optional<Line> lineAfter(Line line) {
        int block = line.blockIndex();
        int length = area.getParagraphLength(block);
        for (int from = line.end(); from < length; from++) {
            Optional<Line> next = lineAt(block, from);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().start() > line.start()) {
                return next;
            }
            from = Math.max(from, next.get().end() - 1);
        }
        return block + 1 < area.getParagraphs().size() ? lineAt(block + 1, 0) : Optional.empty();
    }

    /** The whole line holding {@code offset} of {@code block}, if the block is laid out in the pane. */
    private Optional<Line> lineAt(int block, int offset) {
        if (block < 0 || area.allParToVisibleParIndex(block).isEmpty()) {
            return Optional.empty();
        }
        int length = area.getParagraphLength(block);
        if (length == 0) {
            return Optional.of(new Line(block, 0, 0));
        }
        int at = area.getAbsolutePosition(block, Math.min(offset, length - 1));
        Optional<Bounds> glyph = area.getCharacterBoundsOnScreen(at, at + 1);
        if (glyph.isEmpty()) {
            return Optional.empty();
        }
        javafx.geometry.Point2D middle = area.screenToLocal(glyph.get().getMinX(), glyph.get().getCenterY());
        Insets padding = area.getPadding() == null ? Insets.EMPTY : area.getPadding();
        int lineStart = columnAt(block, padding.getLeft() + 1, middle.getY(), 0);
        int lineEnd = columnAt(block, area.getWidth() - padding.getRight() - 1, middle.getY(), length);
        lineStart = Math.min(lineStart, Math.min(offset, length - 1));
        return Optional.of(new Line(block, lineStart, Math.max(lineEnd, lineStart + 1)));
    }

    /** The column in {@code block} under the point, or {@code fallback} when the point is in another block. */
    private int columnAt(int block, double x, double y, int fallback) {
        try {
            org.fxmisc.richtext.CharacterHit hit = area.hit(x, y);
            var at = area.offsetToPosition(hit.getInsertionIndex(),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            return at.getMajor() == block ? at.getMinor() : fallback;
        } catch (java.util.NoSuchElementException e) {
            return fallback;
        }
    }

    private boolean showsInPane(Line line) {
        return lineBounds(line).map(b -> {
            Bounds pane = area.localToScreen(area.getLayoutBounds());
            return pane != null && b.getMaxY() > pane.getMinY() && b.getMinY() < pane.getMinY() + area.getViewportHeight();
        }).orElse(false);
    }

    /** Whether the whole line shows: its top is not cut off by the pane's top edge. */
    private boolean startsInPane(Line line) {
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        return pane == null || lineBounds(line).map(b -> b.getMinY() >= pane.getMinY() - 1).orElse(true);
    }

    private Optional<Bounds> lineBounds(Line line) {
        if (area.getParagraphLength(line.blockIndex()) == 0) {
            return Optional.empty();
        }
        int at = area.getAbsolutePosition(line.blockIndex(),
                Math.min(line.start(), area.getParagraphLength(line.blockIndex()) - 1));
        return area.getCharacterBoundsOnScreen(at, at + 1);
    }

    /** The text area, for the views of later features that draw into it (highlights, markers). */
    public ReadingArea area() {
        return area;
    }
}
