package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ReadingPosition;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.reader.ReaderViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Remembers where the reader is in each article and brings them back there when it opens again. The
 * position is saved a second after reading stops moving, and when the window closes; it goes through the
 * store's queue like every other write, so two saves commit in the order they were made.
 */
public final class PositionKeeper {

    static final Duration SAVE_DELAY = Duration.seconds(1);

    private final ReaderViewModel reader;
    private final StoreQueue queue;
    private final Executor fx;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    /** True once the saved position of the current article was restored (or there was none). */
    private boolean restored;
    /** True while an article's beginning is shown, the rest still being read. */
    private boolean beginningShown;
    /** The line at the top while the beginning was shown last (its first line: the reader has not moved). */
    private int beginningTopBlock;
    private int beginningTopOffset;
    /** The position to save on closing, as of the last move; written on the FX thread, read from any thread. */
    private volatile ReadingPosition latest;

    public PositionKeeper(ReaderViewModel reader, StoreQueue queue, Executor fx) {
        this.reader = reader;
        this.queue = queue;
        this.fx = fx;
        saveLater.setOnFinished(e -> save());
        reader.layoutProperty().addListener((obs, old, layout) -> {
            if (old != null) {
                // The pane still holds the old article's place: the new layout is set before it is reset.
                save(old);
            }
            latest = null;
            boolean afterBeginning = old != null && layout != null && beginningShown
                    && old.article().id().equals(layout.article().id());
            boolean movedInBeginning = afterBeginning && (beginningTopBlock > 0 || beginningTopOffset > 0);
            int keptBlock = beginningTopBlock;
            int keptOffset = beginningTopOffset;
            beginningShown = layout != null && reader.showsBeginning();
            beginningTopBlock = 0;
            beginningTopOffset = 0;
            if (beginningShown) {
                // Only the first chapters or pages: nothing is saved from here (restored stays false). The saved
                // place is gone to at once when the beginning holds it; else the whole article goes there.
                saveLater.stop();
                restored = false;
                goToSavedPlaceIn(layout);
            } else if (movedInBeginning) {
                // The reader moved in the beginning (read on, searched, followed a link): the whole keeps that line
                // (MainViewModel) and the saved place is not gone to over it; from here on it is the place.
                restored = true;
                SameLine same = SameLine.in(old, keptBlock, keptOffset, layout);
                latest = positionAt(layout, same.block(), same.offset());
                saveLater.playFromStart();
            } else if (layout != null) {
                restore(layout);
            }
        });
        javafx.beans.InvalidationListener moved = obs -> {
            if (beginningShown) {
                beginningTopBlock = reader.topBlockProperty().get();
                beginningTopOffset = reader.topOffsetProperty().get();
            } else if (restored && reader.getLayout() != null) {
                latest = positionIn(reader.getLayout());
                saveLater.playFromStart();
            }
        };
        // Inside a paragraph longer than the screen only the offset of the top line moves.
        reader.topBlockProperty().addListener(moved);
        reader.topOffsetProperty().addListener(moved);
        reader.screenTopBlockProperty().addListener(moved);
        reader.screenTopOffsetProperty().addListener(moved);
        reader.progressProperty().addListener((obs, old, p) -> {
            if (restored && reader.getLayout() != null) {
                latest = positionIn(reader.getLayout());
            }
        });
    }

    /**
     * In a beginning: goes to the saved place if the beginning holds it and the reader is still at its start (the
     * start of a window does the same from the window's own record; both go to the same line).
     */
    private void goToSavedPlaceIn(ArticleLayout beginning) {
        String articleId = beginning.article().id();
        queue.call(StoreQueue.Kind.READ, s -> s.readingPosition(articleId), fx, found -> found.ifPresent(p -> {
            if (reader.getLayout() == beginning && reader.topBlockProperty().get() == 0
                    && reader.topOffsetProperty().get() == 0) {
                goTo(beginning, p);
            }
        }), error -> { });
    }

    /** Goes to place {@code p} in {@code layout}, when the layout has it and it is not the start. */
    private void goTo(ArticleLayout layout, ReadingPosition p) {
        int block = layout.blockAt(p.sectionId(), p.paragraphIndex());
        if (block > 0 || (block == 0 && p.offset() > 0)) {
            reader.jumpToLine(block, p.offset());
        }
    }

    private void restore(ArticleLayout layout) {
        restored = false;
        String articleId = layout.article().id();
        // A position that cannot be read is as none: the article opens at its start, and its moves are kept.
        queue.call(StoreQueue.Kind.READ, s -> s.readingPosition(articleId), fx,
                found -> restored(layout, found.orElse(null)), error -> restored(layout, null));
    }

    /** On the FX thread: goes to the saved position {@code p} (null: none) unless another article opened since. */
    private void restored(ArticleLayout layout, ReadingPosition p) {
        if (reader.getLayout() != layout) {
            return;
        }
        if (p != null) {
            goTo(layout, p);
        }
        restored = true;
    }

    /** Saves the position now (the window is closing, or another article opens). */
    public CompletableFuture<Void> save() {
        return save(reader.getLayout());
    }

    /** The position to keep when Margin closes, if it moved since the article opened; from any thread. */
    public Optional<ReadingPosition> latest() {
        return Optional.ofNullable(latest);
    }

    /** Closing without the FX thread: saves the last position noted, in order with everything else. */
    public void saveLatestOnClose() {
        ReadingPosition p = latest;
        if (p != null) {
            write(p);
        }
    }

    private CompletableFuture<Void> save(ArticleLayout layout) {
        saveLater.stop();
        if (layout == null || !restored) {
            return CompletableFuture.completedFuture(null);
        }
        return write(positionIn(layout));
    }

    private CompletableFuture<Void> write(ReadingPosition position) {
        // A lost reading position is an inconvenience, not lost work; notes report their own failures.
        return queue.submit(StoreQueue.Kind.WRITE, s -> {
            s.saveReadingPosition(position);
            return (Void) null;
        }).exceptionally(e -> null);
    }

    /**
     * The line at the very top of the pane, as the reader sees it: after a jump, the context lines above its target
     * too (the heading above a found word, the section's heading above a subsection's), so that the page reopens
     * as it was left, not scrolled on past them.
     */
    private ReadingPosition positionIn(ArticleLayout layout) {
        return positionAt(layout, reader.screenTopBlockProperty().get(), reader.screenTopOffsetProperty().get());
    }

    private ReadingPosition positionAt(ArticleLayout layout, int block, int offset) {
        Block top = layout.blocks().get(Math.min(block, layout.blocks().size() - 1));
        return new ReadingPosition(layout.article().id(), top.sectionId(),
                top.isParagraph() ? top.paragraphIndex() : -1, offset, reader.progressProperty().get());
    }
}
