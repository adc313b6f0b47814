package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.ui.reader.ReaderViewModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Remembers where the reader is in each article and brings them back there when it opens again. The
 * position is saved a second after reading stops moving, and when the window closes.
 */
public final class PositionKeeper {

    static final Duration SAVE_DELAY = Duration.seconds(1);

    private final ReaderViewModel reader;
    private CompletableFuture<AnnotationStore> store;
    private final Executor background;
    private final Executor fx;
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    /** True once the saved position of the current article was restored (or there was none). */
    private boolean restored;

    public PositionKeeper(ReaderViewModel reader, CompletableFuture<AnnotationStore> store, Executor background,
                          Executor fx) {
        this.reader = reader;
        this.store = store;
        this.background = background;
        this.fx = fx;
        saveLater.setOnFinished(e -> save());
        reader.layoutProperty().addListener((obs, old, layout) -> {
            if (old != null) {
                // The pane still holds the old article's place: the new layout is set before it is reset.
                save(old);
            }
            if (layout != null) {
                restore(layout);
            }
        });
        reader.topBlockProperty().addListener((obs, old, top) -> {
            if (restored) {
                saveLater.playFromStart();
            }
        });
    }

    private void restore(ArticleLayout layout) {
        restored = false;
        String articleId = layout.article().id();
        store.thenAcceptAsync(s -> {
            ReadingPosition p;
            try {
                p = s.readingPosition(articleId).orElse(null);
            } catch (Exception e) {
                p = null;
            }
            ReadingPosition found = p;
            fx.execute(() -> {
                if (reader.getLayout() != layout) {
                    return;
                }
                if (found != null) {
                    int block = found.paragraphIndex() < 0 ? layout.blockOf(found.sectionId())
                            : layout.blockOf(found.sectionId(), found.paragraphIndex());
                    if (block > 0) {
                        reader.jumpToBlock(block);
                    }
                }
                restored = true;
            });
        }, background).exceptionally(e -> {
            fx.execute(() -> restored = true);
            return null;
        });
    }

    /** Continues with another store (a restored backup). */
    public void replaceStore(AnnotationStore newStore) {
        store = CompletableFuture.completedFuture(newStore);
    }

    /** Saves the position now (the window is closing, or another article opens). */
    public CompletableFuture<Void> save() {
        return save(reader.getLayout());
    }

    private CompletableFuture<Void> save(ArticleLayout layout) {
        saveLater.stop();
        if (layout == null || !restored) {
            return CompletableFuture.completedFuture(null);
        }
        Block top = layout.blocks().get(Math.min(reader.topBlockProperty().get(), layout.blocks().size() - 1));
        ReadingPosition position = new ReadingPosition(layout.article().id(), top.sectionId(),
                top.isParagraph() ? top.paragraphIndex() : -1, reader.progressProperty().get());
        return store.thenAcceptAsync(s -> {
            try {
                s.saveReadingPosition(position);
            } catch (Exception e) {
                // A lost reading position is an inconvenience, not lost work; notes report their own failures.
            }
        }, background);
    }
}
