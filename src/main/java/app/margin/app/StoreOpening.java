package app.margin.app;

import app.margin.store.AnnotationStore;
import app.margin.store.OpenResult;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Opening the notes database, as the store queue's first task ({@link #open}), with what a start finds out beside
 * it: a damaged database that was moved aside is remembered for the next start (said again until the reader restores
 * the backup or dismisses the message), one remembered from an earlier start is recalled, and work kept in files at
 * the last close is found. {@link #answerTo} then tells {@link StoreNotices} on the FX thread.
 */
final class StoreOpening {

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Path dataDir;
    private final Clock clock;
    private final CompletableFuture<OpenResult> result = new CompletableFuture<>();
    /** What the last run kept in files, found (and moved aside) while the store opens. */
    private volatile Optional<String> keptWork = Optional.empty();
    /** A damaged database found at an earlier start that the reader has not yet restored or dismissed. */
    private volatile Optional<DamageNotice.Remembered> unresolvedDamage = Optional.empty();

    StoreOpening(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * Opens the store, on the store queue's thread. Started once the first frame is on screen: sqlite-jdbc's first
     * open (it unpacks its native library) would otherwise compete for the CPU with painting it.
     */
    AnnotationStore open() throws StoreException {
        try {
            OpenResult opened = StoreOpener.open(dataDir, clock);
            keptWork = new UnsavedWork(dataDir, clock).announce();
            DamageNotice damage = new DamageNotice(dataDir);
            if (opened.problemKind().orElse(null) == StoreException.Kind.DAMAGED) {
                try {
                    damage.remember(opened.problem().orElseThrow(), opened.newestGoodBackup());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING,
                            "The damaged-database message could not be kept for the next start: " + e.getMessage());
                }
                unresolvedDamage = Optional.empty();
            } else if (opened.problem().isEmpty()) {
                unresolvedDamage = damage.recall();
            }
            result.complete(opened);
            return opened.store();
        } catch (StoreException | RuntimeException | Error e) {
            result.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Whether another Margin holds the data folder, so that this window writes nothing in it (no library copy
     * either). Known once the opening has ended: for work in the store's queue, which comes after it.
     */
    boolean heldElsewhere() {
        return result.isCompletedExceptionally() && result.handle((opened, error) ->
                app.margin.ui.queue.Failures.causeOf(error) instanceof StoreException se
                        && se.kind() == StoreException.Kind.IN_USE).join();
    }

    /** Once the store has opened, or failed to: tells {@code notices}, on the FX thread. */
    void answerTo(Background background, StoreNotices notices) {
        background.answer(result, opened -> notices.opened(opened, unresolvedDamage, keptWork), notices::failed);
    }
}
