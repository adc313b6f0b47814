package app.margin.app;

import app.margin.model.Article;
import app.margin.ui.queue.Background;
import app.margin.ui.reader.ReaderDocument;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reading the article Margin starts with, on a worker thread, with a long book's beginning offered while the rest of
 * it is read ({@link StartUp} puts them in the window). Laid out and made into the pane's text there too: for a long
 * book that is a fifth of a second the FX thread would otherwise spend before its first frame.
 */
final class StartArticle {

    /** The article the window opens with, read and made ready to show. */
    record Opening(ArticleSource.Loaded loaded, ReaderDocument document) {
    }

    /** How long the rest of a long book waits for its beginning's first frame, at most. */
    static final long BEGINNING_FRAME_WAIT_MS = 2_000;

    private final Optional<Path> requested;
    private final WindowState window;
    private final Background background;
    private ArticleSource source;
    private CompletableFuture<Opening> whole;
    /** A long book's first chapters, ready to show while the rest of it is read; never completed for others. */
    private final CompletableFuture<ReaderDocument> beginning = new CompletableFuture<>();
    /** Counted down once the first frame with text (or with the start article's failure) is drawn. */
    private final CountDownLatch firstFrame = new CountDownLatch(1);

    /**
     * @param requested the file asked for on the command line, if any
     * @param window    the window's state as the last run left it (the article read last and where)
     */
    StartArticle(Optional<Path> requested, WindowState window, Background background) {
        this.requested = requested;
        this.window = window;
        this.background = background;
    }

    /**
     * Reads the article to open, on the other worker thread: not chained after the bundled article, a file asked for
     * is read alongside it.
     */
    void read(ArticleSource articles) {
        source = articles;
        whole = background.supply(() -> {
            ArticleSource.Loaded loaded = source.load(requested, Optional.ofNullable(window.lastArticle()),
                    this::offerBeginning);
            SmokeProbe.mark("read");
            return new Opening(loaded, ReaderDocument.of(loaded.article()));
        });
    }

    /** Where the articles come from, and where one read from elsewhere is kept. */
    ArticleSource source() {
        return source;
    }

    /** The whole article, read and laid out. */
    CompletableFuture<Opening> whole() {
        return whole;
    }

    /** A long book's beginning: completed before the whole book when it comes at all. */
    CompletableFuture<ReaderDocument> beginning() {
        return beginning;
    }

    /** Waits up to {@code millis} for the whole article or its beginning, unless one is here already. */
    void waitBriefly(long millis) {
        if (whole.isDone() || beginning.isDone()) {
            return;
        }
        try {
            CompletableFuture.anyOf(whole, beginning).get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // shown when it comes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first frame with text (or with the article's failure) is drawn: the rest of a long book goes on. */
    void firstFrameDrawn() {
        firstFrame.countDown();
    }

    /**
     * On a reading thread: a long book's first chapters, to be shown while the rest is read. When the book is the one
     * read last, only if its saved place is in them: else the whole book is waited for, to open there.
     * Returns once the first frame is drawn (or after {@link #BEGINNING_FRAME_WAIT_MS}): the book's reading waits
     * meanwhile, so on two cores the window's thread has one of them to itself. Read alongside, the rest of an
     * illustrated book of 60 chapters took the cores from the first page it was meant to hasten.
     */
    private void offerBeginning(Article first) {
        SmokeProbe.mark("chapters");
        ReaderDocument document = ReaderDocument.of(first);
        SmokeProbe.mark("begun");
        if (first.id().equals(window.lastArticle()) && window.lastSection() != null && !holdsLastPlace(document)) {
            return;
        }
        beginning.complete(document);
        try {
            firstFrame.await(BEGINNING_FRAME_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the reading stops
        }
    }

    /** Whether the place the book was left at last time is in its beginning. */
    private boolean holdsLastPlace(ReaderDocument first) {
        return first.layout().blockAt(window.lastSection(), window.lastParagraph()) >= 0;
    }
}
