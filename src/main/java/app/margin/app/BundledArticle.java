package app.margin.app;

import app.margin.model.Article;
import app.margin.ui.queue.Background;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The article that comes with Margin, read once, when first needed: at start only when it is the article to show
 * (no file asked for, none read last); else when the start article cannot be read or shown, when the library lists
 * or compares with it, or never. It used to be read alongside every start, so that a book or a PDF asked for shared
 * the two cores with reading JSON it would not show (~15 ms of a worker's time in the profile, Jackson's set-up
 * among it, while the window was being built).
 */
final class BundledArticle {
    private final java.util.concurrent.Callable<Article> reader;
    private final Background background;
    private final CompletableFuture<Article> read = new CompletableFuture<>();
    private final AtomicBoolean claimed = new AtomicBoolean();

    /** {@code reader} reads it (from the application's resources). */
    BundledArticle(java.util.concurrent.Callable<Article> reader, Background background) {
        this.reader = reader;
        this.background = background;
    }

    /** Starts reading it on a worker thread, unless it is read or being read already. */
    void soon() {
        if (claimed.compareAndSet(false, true)) {
            background.execute(this::readHere);
        }
    }

    /** The article; read on this thread if nobody has begun to, else waited for. Blocking: not on the FX thread. */
    Article get() {
        if (claimed.compareAndSet(false, true)) {
            readHere();
        }
        return read.join();
    }

    /** Runs {@code then} on the FX thread with the article once it is read (starting to read it if need be). */
    void whenRead(Consumer<Article> then, Consumer<Throwable> failed) {
        soon();
        background.answer(read, then, failed);
    }

    private void readHere() {
        try {
            read.complete(reader.call());
        } catch (Throwable t) {
            read.completeExceptionally(t);
        }
    }
}
