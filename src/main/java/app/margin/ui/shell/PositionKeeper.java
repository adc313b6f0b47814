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
            if (layout != null && reader.showsBeginning()) {
                // Only the first chapters of a long book: its place is kept and restored in the whole book, which
                // follows; nothing is saved from here (restored stays false).
                saveLater.stop();
                restored = false;
            } else if (layout != null) {
                restore(layout);
            }
        });
        javafx.beans.InvalidationListener moved = obs -> {
            if (restored && reader.getLayout() != null) {
                latest = positionIn(reader.getLayout());
                saveLater.playFromStart();
            }
        };
        // Inside a paragraph longer than the screen only the offset of the top line moves.
        reader.topBlockProperty().addListener(moved);
        reader.topOffsetProperty().addListener(moved);
        reader.progressProperty().addListener((obs, old, p) -> {
            if (restored && reader.getLayout() != null) {
                latest = positionIn(reader.getLayout());
            }
        });
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
            int block = p.paragraphIndex() < 0 ? layout.blockOf(p.sectionId())
                    : layout.blockOf(p.sectionId(), p.paragraphIndex());
            if (block > 0 || (block == 0 && p.offset() > 0)) {
                reader.jumpToLine(block, p.offset());
            }
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

    private ReadingPosition positionIn(ArticleLayout layout) {
        Block top = layout.blocks().get(Math.min(reader.topBlockProperty().get(), layout.blocks().size() - 1));
        return new ReadingPosition(layout.article().id(), top.sectionId(),
                top.isParagraph() ? top.paragraphIndex() : -1, reader.topOffsetProperty().get(),
                reader.progressProperty().get());
    }
}
