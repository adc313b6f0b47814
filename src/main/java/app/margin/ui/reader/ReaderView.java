package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;

/**
 * The reading pane: a read-only, wrapped, virtualized RichTextFX area. One area paragraph per layout
 * block, so block indices are paragraph indices. Text stays selectable.
 */
public final class ReaderView extends StackPane {

    static final double MIN_SIDE_PADDING = 28;
    static final double LINE_SCROLL = 48;
    static final double TOP_MARGIN = 16;

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
        // The text is read-only: the default undo manager would keep the whole article's text per replace.
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
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
                    showLayout(layout);
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
        area.widthProperty().addListener((obs, old, width) -> updateMeasure());
        settings.fontSizeProperty().addListener((obs, o, n) -> applyTypography());
        settings.spacingProperty().addListener((obs, o, n) -> applyTypography());
        settings.columnProperty().addListener((obs, o, n) -> updateMeasure());
        area.viewportDirtyEvents().subscribe(e -> scheduleViewportReport());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::handleReadingKeys);
    }

    private void showLayout(ArticleLayout layout) {
        area.replace(0, area.getLength(), toDocument(layout.blocks()));
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
    }

    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> toDocument(List<Block> blocks) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of(), blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<String> classes = i == blocks.size() - 1
                    ? List.of(styleClassOf(b), ReadingArea.END_SPACE) : List.of(styleClassOf(b));
            builder.addParagraph(b.text(), List.of(), classes);
        }
        return builder.build();
    }

    static String styleClassOf(Block b) {
        return switch (b.kind()) {
            case TITLE -> "title";
            case BYLINE -> "byline";
            case HEADING -> "heading-" + Math.min(b.level(), 4);
            case PARAGRAPH -> "body";
            case SOURCE_ENDS -> "source-ends";
        };
    }

    private void jump(ReaderViewModel.JumpRequest request) {
        if (area.getVisibleParagraphs().isEmpty() || area.getHeight() <= 0) {
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
        area.showParagraphAtTop(block);
        if (request.lineAtTop() && offset > 0) {
            showLineAtTop(block, offset);
        } else if (offset > 0) {
            area.requestFollowCaret();
        }
    }

    /** With {@code block} already at the top, scrolls down by the height of its lines above {@code offset}. */
    private void showLineAtTop(int block, int offset) {
        area.layout();
        int start = area.getAbsolutePosition(block, offset);
        java.util.Optional<Bounds> line = area.getCharacterBoundsOnScreen(start, Math.min(start + 1, area.getLength()));
        int visible = area.allParToVisibleParIndex(block).orElse(-1);
        if (line.isEmpty() || visible < 0) {
            return;
        }
        double below = line.get().getMinY() - area.getVisibleParagraphBoundsOnScreen(visible).getMinY();
        if (below > 0) {
            area.scrollYBy(below);
        }
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
            int last = area.getParagraphs().size() - 1;
            area.moveTo(last, 0);
            area.showParagraphAtBottom(last);
        } else {
            return;
        }
        e.consume();
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
        int first = area.firstVisibleParToAllParIndex();
        int offset = topLineOffset(first);
        // Through the text by characters, not by the estimated pixel height: the estimate changes with the
        // paragraphs measured so far, so the same line read 3 % one run and 50 % after a restart.
        boolean atEnd = scrollable <= 1 || y >= scrollable - 1;
        double fraction = atEnd ? 1 : (double) area.getAbsolutePosition(first, offset) / Math.max(1, area.getLength());
        viewModel.viewportChanged(first, offset, readingBlock(), fraction);
    }

    /**
     * Where, in the first visible block, the line at the top of the pane starts: the character under the top
     * edge, at the left of the column. 0 when the block's first line is showing.
     */
    private int topLineOffset(int first) {
        if (area.localToScreen(0, 0) == null || area.isNeedsLayout()) {
            // Off screen (the window is closing), or the cells are not laid out yet (the text was just replaced,
            // a jump is pending): the place cannot be measured now, so the last one stands until the next report.
            return first == viewModel.topBlockProperty().get() ? viewModel.topOffsetProperty().get() : 0;
        }
        double x = area.getPadding() == null ? MIN_SIDE_PADDING : area.getPadding().getLeft() + 1;
        org.fxmisc.richtext.CharacterHit hit;
        try {
            hit = area.hit(x, 1);
        } catch (java.util.NoSuchElementException e) {
            return 0;
        }
        int index = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        org.fxmisc.richtext.model.TwoDimensional.Position at =
                area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        return at.getMajor() == first ? at.getMinor() : 0;
    }

    /**
     * The block being read: the first visible one, unless only its last lines peek in at the top, in which
     * case the one after it.
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
        Bounds firstOnScreen = area.getVisibleParagraphBoundsOnScreen(0);
        return firstOnScreen.getMaxY() < readingLine ? area.visibleParToAllParIndex(1) : first;
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
        area.requestFollowCaret();
    }

    /** The text area, for the views of later features that draw into it (highlights, markers). */
    public ReadingArea area() {
        return area;
    }
}
