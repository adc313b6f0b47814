package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the reading pane: which article is shown, where the reader is, and requests to move.
 * The view reports its viewport with {@link #viewportChanged}; anything that wants to move the pane
 * calls {@link #jumpToBlock} and the view follows {@link #jumpRequestProperty()}.
 */
public final class ReaderViewModel {

    /**
     * A request to bring a block to the top of the pane. The sequence number makes repeats distinct, so they fire.
     * With {@code lineAtTop} the line holding {@code offset} goes to the very top (a resumed reading position);
     * otherwise the character at {@code offset} is just made visible.
     */
    public record JumpRequest(int blockIndex, int offset, boolean lineAtTop, long sequence) {}

    private long jumps;

    private final ReadOnlyObjectWrapper<ArticleLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyIntegerWrapper topBlock = new ReadOnlyIntegerWrapper(this, "topBlock", 0);
    private final ReadOnlyIntegerWrapper topOffset = new ReadOnlyIntegerWrapper(this, "topOffset", 0);
    private final ReadOnlyIntegerWrapper readingBlock = new ReadOnlyIntegerWrapper(this, "readingBlock", 0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper currentSectionId = new ReadOnlyStringWrapper(this, "currentSectionId");
    private final ReadOnlyObjectWrapper<JumpRequest> jumpRequest = new ReadOnlyObjectWrapper<>(this, "jumpRequest");

    private final ReadOnlyIntegerWrapper screenTopBlock = new ReadOnlyIntegerWrapper(this, "screenTopBlock", 0);
    private final ReadOnlyIntegerWrapper screenTopOffset = new ReadOnlyIntegerWrapper(this, "screenTopOffset", 0);
    private final LinksViewModel links = new LinksViewModel(this,
            () -> new LinksViewModel.Place(screenTopBlock.get(), screenTopOffset.get()));

    /** The page's links: hovering, following, going back, note popovers. */
    public LinksViewModel links() {
        return links;
    }

    public ReadOnlyObjectProperty<ArticleLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ArticleLayout getLayout() {
        return layout.get();
    }

    /** Index of the first block visible at the top of the pane: where reading resumes after a restart. */
    public ReadOnlyIntegerProperty topBlockProperty() {
        return topBlock.getReadOnlyProperty();
    }

    /** Character offset, within the top block, where the line at the top of the pane starts. */
    public ReadOnlyIntegerProperty topOffsetProperty() {
        return topOffset.getReadOnlyProperty();
    }

    /**
     * The block of the line at the very top of the pane, as it shows: the place ({@link #topBlockProperty()}) unless
     * a jump's context lines are above its target. Back returns to this, and reopening does, so the reader sees the
     * page as they left it (reopening at the target lost the heading or lines the jump showed above it).
     */
    public ReadOnlyIntegerProperty screenTopBlockProperty() {
        return screenTopBlock.getReadOnlyProperty();
    }

    /** Character offset, within {@link #screenTopBlockProperty()}, where the line at the very top starts. */
    public ReadOnlyIntegerProperty screenTopOffsetProperty() {
        return screenTopOffset.getReadOnlyProperty();
    }

    /**
     * The block being read: the top one, or the next if only the top one's last lines still show.
     * Bookmarks go here, and its section is the current section.
     */
    public ReadOnlyIntegerProperty readingBlockProperty() {
        return readingBlock.getReadOnlyProperty();
    }

    /** How far through the article the reader is, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The section being read: the one at the top of the pane, or the last one once the end is reached. */
    public ReadOnlyStringProperty currentSectionIdProperty() {
        return currentSectionId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JumpRequest> jumpRequestProperty() {
        return jumpRequest.getReadOnlyProperty();
    }

    /** What went wrong while the view last showed a layout (an OutOfMemoryError), taken once. */
    private Throwable showFailure;

    /** The view could not show the layout it was given; {@link #takeShowFailure()} hands it on. */
    public void showFailed(Throwable error) {
        showFailure = error;
    }

    /** What the view reported since the last call, or null. */
    public Throwable takeShowFailure() {
        Throwable t = showFailure;
        showFailure = null;
        return t;
    }

    /** Shows a layout, building its text here (on the FX thread). */
    public void show(ArticleLayout newLayout) {
        show(ReaderDocument.of(newLayout));
    }

    /** The document being shown, until the view takes it. */
    private ReaderDocument showing;
    private boolean beginning;

    /** Shows a document made beforehand, perhaps on another thread. */
    public void show(ReaderDocument document) {
        show(document, false);
    }

    /**
     * Shows a document made beforehand; with {@code beginning}, it holds only the first part of its article (a long
     * book's first chapters) and the whole article follows.
     */
    public void show(ReaderDocument document, boolean beginning) {
        ArticleLayout newLayout = document.layout();
        this.beginning = beginning;
        showing = document;
        layout.set(newLayout);
        showing = null;
        topBlock.set(0);
        topOffset.set(0);
        screenTopOffset.set(0);
        screenTopBlock.set(0);
        readingBlock.set(0);
        progress.set(0);
        currentSectionId.set(newLayout.sectionIdAt(0));
    }

    /**
     * Whether the layout shown is only the beginning of its article: where the reader is in it is not the article's
     * reading position (set before {@link #layoutProperty()} changes, so its listeners can ask).
     */
    public boolean showsBeginning() {
        return beginning;
    }

    /** For the view, as {@link #layoutProperty()} changes: the document of that layout. */
    ReaderDocument takeDocument(ArticleLayout shown) {
        ReaderDocument d = showing;
        return d != null && d.layout() == shown ? d : ReaderDocument.of(shown);
    }

    /**
     * Called by the view whenever the viewport moves.
     *
     * @param firstVisibleBlock the block at the top of the pane
     * @param readBlock         the block being read (see {@link #readingBlockProperty()})
     * @param fraction          scroll position, 0 at the top and 1 at the very end
     */
    public void viewportChanged(int firstVisibleBlock, int readBlock, double fraction) {
        viewportChanged(firstVisibleBlock, 0, readBlock, fraction);
    }

    /**
     * As {@link #viewportChanged(int, int, double)}, with the character offset in {@code firstVisibleBlock}
     * of the line at the top of the pane.
     */
    public void viewportChanged(int firstVisibleBlock, int firstLineOffset, int readBlock, double fraction) {
        viewportChanged(firstVisibleBlock, firstLineOffset, readBlock, fraction, firstVisibleBlock, firstLineOffset);
    }

    /**
     * As {@link #viewportChanged(int, int, int, double)}, where the line at the very top of the pane
     * ({@code screenBlock}, {@code screenOffset}) is not the place: a jump's context lines above its target.
     */
    public void viewportChanged(int firstVisibleBlock, int firstLineOffset, int readBlock, double fraction,
                                int screenBlock, int screenOffset) {
        ArticleLayout l = layout.get();
        if (l == null) {
            return;
        }
        // The offsets first: a listener of a block then reads the offset that goes with it.
        screenTopOffset.set(Math.max(0, screenOffset));
        screenTopBlock.set(screenBlock);
        double clamped = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        // The offset first: a listener of the top block then reads the offset that goes with it.
        topOffset.set(Math.max(0, firstLineOffset));
        topBlock.set(firstVisibleBlock);
        readingBlock.set(readBlock);
        progress.set(clamped);
        boolean atEnd = clamped >= 0.999;
        currentSectionId.set(atEnd ? lastSectionWithText(l) : l.sectionIdAt(readBlock));
    }

    private static String lastSectionWithText(ArticleLayout l) {
        return l.blocks().get(l.blocks().size() - 1).sectionId();
    }

    public void jumpToSection(String sectionId) {
        ArticleLayout l = layout.get();
        if (l == null) {
            return;
        }
        int block = l.blockOf(sectionId);
        if (block >= 0) {
            jumpToBlock(block);
        }
    }

    public void jumpToBlock(int blockIndex) {
        jumpTo(blockIndex, 0);
    }

    /** Bring {@code blockIndex} into view with the character at {@code offset} visible. */
    public void jumpTo(int blockIndex, int offset) {
        jump(blockIndex, offset, false);
    }

    /** Bring the line of {@code blockIndex} that holds the character at {@code offset} to the top of the pane. */
    public void jumpToLine(int blockIndex, int offset) {
        jump(blockIndex, offset, true);
    }

    private void jump(int blockIndex, int offset, boolean lineAtTop) {
        ArticleLayout l = layout.get();
        if (l == null || blockIndex < 0 || blockIndex >= l.blocks().size()) {
            return;
        }
        jumpRequest.set(new JumpRequest(blockIndex, Math.max(0, offset), lineAtTop, ++jumps));
        // Report the destination at once, so the outline and status follow even before the next layout.
        topOffset.set(lineAtTop ? Math.max(0, offset) : 0);
        topBlock.set(blockIndex);
        screenTopOffset.set(topOffset.get());
        screenTopBlock.set(blockIndex);
        readingBlock.set(blockIndex);
        currentSectionId.set(l.sectionIdAt(blockIndex));
    }
}
