package app.margin.ui.reader;

import app.margin.ui.reader.ReaderView.Line;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.util.Duration;

/**
 * Moves the reading pane and keeps its place: carries out the view model's jumps (waiting for the first layout
 * when the pane has none yet), and keeps the line at the top at the top while the text re-wraps (a new text
 * size, spacing or column, or the page's column changing width). It owns the room below the last paragraph: a
 * margin where End, the wheel and the scroll bar stop, opened further only as far as a jump needs it.
 */
final class ScrollAnchor {

    /**
     * The room below the last paragraph when no jump needs more: End, the wheel and the scroll bar leave the last
     * line this far above the pane's bottom (twice the top margin, as End did before the room was trimmed).
     */
    static final double END_MARGIN = 2 * ReaderView.TOP_MARGIN;

    private final ReadingArea area;
    private final ReaderViewModel viewModel;
    private final LineMeasurer lines;
    /** Asks the pane for a layout pass, at the end of which {@link #afterLayout} carries out a waiting jump. */
    private final Runnable requestLayout;

    /** A jump that came before the pane was laid out; it is made in the next layout pass. */
    private ReaderViewModel.JumpRequest pendingJump;
    private boolean deferNextJump;
    /** The character whose line the last re-wrap kept at the top. */
    private Line kept;
    /** The line {@link #keepTopLineAcrossResize} keeps at the top while the page's width settles; else null. */
    private Line resizeKeep;
    private final PauseTransition resizeSettled = new PauseTransition(Duration.millis(400));
    /**
     * The line a jump brought near the top with context lines above it, while the page has not moved since: the
     * reader's place is that line, not the context above it. Null when the last move was the reader's own.
     */
    private Line contextTarget;
    /** How far below the pane's top the jump left {@link #contextTarget}, once measured (NaN before). */
    private double contextTargetY = Double.NaN;

    ScrollAnchor(ReadingArea area, ReaderViewModel viewModel, LineMeasurer lines, Runnable requestLayout) {
        this.area = area;
        this.viewModel = viewModel;
        this.lines = lines;
        this.requestLayout = requestLayout;
        resizeSettled.setOnFinished(e -> resizeKeep = null);
    }

    /**
     * Makes a change that re-wraps the text, then puts the line that was at the top back there once the pane
     * has been laid out with the change (new styles apply at the next pulse, so the jump waits for it).
     */
    void keepTopLine(Runnable rewrap) {
        var layout = viewModel.getLayout();
        int block = viewModel.topBlockProperty().get();
        int offset = viewModel.topOffsetProperty().get();
        if (kept != null && kept.blockIndex() == block && layout != null && !area.getVisibleParagraphs().isEmpty()) {
            // Still on the line the last change kept: keep the same character, so that steps up and down in size
            // do not each drift back by part of a line.
            int keptOffset = kept.start();
            offset = lines.lineAt(block, offset).filter(l -> l.start() <= keptOffset && keptOffset < l.end())
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

    /** See {@link ReaderView#keepTopLineAcrossResize()}. */
    void keepTopLineAcrossResize() {
        if (!area.getSelectedText().isEmpty() || pendingJump != null || viewModel.getLayout() == null) {
            return;
        }
        // The new width can take more than one pulse to settle (the panel first, then the widths the reader gave
        // the panes): each change within the moment puts the same line back at the top.
        resizeKeep = new Line(viewModel.topBlockProperty().get(), viewModel.topOffsetProperty().get(),
                viewModel.topOffsetProperty().get());
        resizeSettled.playFromStart();
    }

    /** The pane's width changed (its padding already follows): a line being kept across a resize goes back up. */
    void widthChanged() {
        Line keep = resizeKeep;
        if (keep != null && !area.getVisibleParagraphs().isEmpty()) {
            deferNextJump = true;
            viewModel.jumpToLine(keep.blockIndex(), keep.start());
            resizeSettled.playFromStart();
        }
    }

    /** Carries out a jump the view model asked for, now or, when the pane is not laid out yet, in its layout. */
    void jump(ReaderViewModel.JumpRequest request) {
        boolean defer = deferNextJump;
        deferNextJump = false;
        if (defer || area.getVisibleParagraphs().isEmpty() || area.getHeight() <= 0) {
            // Not laid out yet (the window is still opening): a jump now would be lost.
            pendingJump = request;
            requestLayout.run();
            return;
        }
        move(request);
    }

    /** Called at the end of the pane's layout pass: makes the jump that was waiting for it, if still wanted. */
    void afterLayout() {
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

    private void move(ReaderViewModel.JumpRequest request) {
        int block = request.blockIndex();
        int offset = Math.min(request.offset(), area.getParagraphLength(block));
        area.moveTo(block, offset);
        // Room enough below the last paragraph for any line to come to the top; then only what the jump uses.
        area.setEndRoom(Double.MAX_VALUE);
        showLine(block, offset, request.lineAtTop() ? 0 : ReaderView.CONTEXT_LINES);
        area.layout();
        blankBelowText().ifPresentOrElse(blank -> area.setEndRoom(Math.max(END_MARGIN, Math.floor(blank))),
                () -> area.setEndRoom(END_MARGIN));
        area.layout(); // the scroll bar's range and the reading percentage see the room as it is now
    }

    /**
     * The page has moved (the wheel, the keys, the scroll bar): once the reader is back above the end, the room a
     * jump opened below the last paragraph closes to the margin, so that the wheel and the scroll bar stop where
     * End does and do not scroll on into a blank screen. While some of the room still shows it stays, so that
     * the reader can come back down to where the jump put the page.
     */
    void pageMoved() {
        if (area.endRoom() > END_MARGIN && blankBelowText().map(blank -> blank <= END_MARGIN + 0.5).orElse(true)) {
            area.setEndRoom(END_MARGIN);
        }
    }

    /** Whether the page is below where End puts it, in the room a jump opened below the last paragraph. */
    boolean pastEnd() {
        return area.endRoom() > END_MARGIN;
    }

    /**
     * How much of the pane below the article's last line is blank (negative when the text goes on below the pane),
     * or empty when the last paragraph is not on screen. Measured from the last character, not from the paragraph's
     * box: the box takes the room just given at the next layout.
     */
    private Optional<Double> blankBelowText() {
        int last = area.getParagraphs().size() - 1;
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        if (area.getLength() == 0 || area.allParToVisibleParIndex(last).isEmpty() || pane == null) {
            return Optional.empty();
        }
        // The pane's bottom: its viewport starts below the top margin, which shows the end of the line above it.
        return area.getCharacterBoundsOnScreen(area.getLength() - 1, area.getLength())
                .map(lastLine -> pane.getMaxY() - lastLine.getMaxY());
    }

    /**
     * Puts the line of {@code block} that holds {@code offset} at the top of the pane, or {@code contextLines}
     * lines below it so that the end of what comes before still shows.
     */
    void showLine(int block, int offset, int contextLines) {
        contextTarget = contextLines > 0 && (block > 0 || offset > 0) ? new Line(block, offset, offset) : null;
        contextTargetY = Double.NaN;
        area.showParagraphAtTop(block);
        double context = contextLines * lines.lineHeight();
        if (offset > 0 || context > 0) {
            area.layout();
            double below = offset > 0 ? lines.lineTopInParagraph(block, offset) : 0;
            if (below - context != 0 && (block > 0 || below > 0)) {
                scrollBy(below - context);
            }
            if (offset > 0) {
                settle(block, offset, context);
            }
        }
    }

    /**
     * Scrolls the page by {@code dy} pixels from where it is. Flowless moves by exactly that only for less than a
     * screen; a longer move goes to the position its estimate of the heights above gives, which can be paragraphs
     * off (a line 712 px into a paragraph, in a 701 px pane, came to the top as one three paragraphs further down,
     * and its place was lost on reopening). So a longer move is made in steps under a screen each.
     */
    private void scrollBy(double dy) {
        double step = Math.max(1, area.getViewportHeight() * 0.9);
        double left = dy;
        while (Math.abs(left) > step) {
            double d = Math.copySign(step, left);
            area.scrollYBy(d);
            area.layout();
            left -= d;
        }
        area.scrollYBy(left);
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
            double delta = line.get().getMinY() - (pane.getMinY() + ReaderView.TOP_MARGIN + context);
            if (Math.abs(delta) < 1) {
                return;
            }
            double before = area.getEstimatedScrollY();
            scrollBy(delta);
            if (Math.abs(area.getEstimatedScrollY() - before) < 0.5) {
                return;
            }
        }
    }

    /**
     * The target of the jump that brought the page here, while the page has not moved since: the first report after
     * the jump notes where it was left, and any move of more than a pixel from there (the wheel, the keys, the
     * scroll bar, a new text size) ends it. Empty when the reader moved the page themselves.
     */
    Optional<Line> contextPlace() {
        if (contextTarget == null) {
            return Optional.empty();
        }
        double y = targetY(contextTarget);
        if (Double.isNaN(y) || !Double.isNaN(contextTargetY) && Math.abs(y - contextTargetY) > 1) {
            contextTarget = null;
            return Optional.empty();
        }
        contextTargetY = y;
        return Optional.of(contextTarget);
    }

    private double targetY(Line target) {
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        if (pane == null || target.blockIndex() >= area.getParagraphs().size()
                || area.allParToVisibleParIndex(target.blockIndex()).isEmpty()) {
            return Double.NaN;
        }
        return lines.glyphBounds(target.blockIndex(), target.start()).map(b -> b.getMinY() - pane.getMinY())
                .orElse(Double.NaN);
    }

    /**
     * Brings the last line of the article to the bottom of the pane, above the margin left below it: where the
     * wheel and the scroll bar stop too.
     */
    void showEnd() {
        int last = area.getParagraphs().size() - 1;
        area.moveTo(last, 0);
        area.setEndRoom(END_MARGIN);
        area.showParagraphAtBottom(last);
        area.layout();
    }
}
