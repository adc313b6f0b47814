package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.ArticleLayout;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.reader.ReaderViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Reading positions go through the store's one queue: two saves commit in the order they were made. */
class PositionKeeperTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void twoPositionSavesCommitInTheOrderTheyWereMadeEvenWhenTheFirstIsSlow() throws Exception {
        AnnotationStore real = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        AtomicInteger saves = new AtomicInteger();
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch secondAsked = new CountDownLatch(1);
        AnnotationStore slowFirst = (AnnotationStore) java.lang.reflect.Proxy.newProxyInstance(
                AnnotationStore.class.getClassLoader(), new Class<?>[] {AnnotationStore.class}, (p, m, args) -> {
                    if (m.getName().equals("saveReadingPosition") && saves.incrementAndGet() == 1) {
                        // A slow disk: the first write is still under way when the second is asked for, so a
                        // second writer would overtake it.
                        firstWriting.countDown();
                        assertThat(secondAsked.await(10, TimeUnit.SECONDS)).as("the second save asked for").isTrue();
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StoreQueue queue = StoreQueue.create(() -> slowFirst);
        queue.startOpening();
        ReaderViewModel reader = new ReaderViewModel();
        ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
        PositionKeeper keeper = WaitForAsyncUtils.asyncFx(() -> new PositionKeeper(reader, queue, Platform::runLater))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> reader.show(layout)).get(10, TimeUnit.SECONDS);
        queue.submit(StoreQueue.Kind.READ, s -> null).get(10, TimeUnit.SECONDS); // the saved position was read
        WaitForAsyncUtils.waitForFxEvents();

        CompletableFuture<Void> first = WaitForAsyncUtils.asyncFx(() -> {
            reader.viewportChanged(5, 5, 0.2);
            return keeper.save();
        }).get(10, TimeUnit.SECONDS);
        assertThat(firstWriting.await(10, TimeUnit.SECONDS)).as("the first save is being written").isTrue();
        CompletableFuture<Void> second = WaitForAsyncUtils.asyncFx(() -> {
            reader.viewportChanged(9, 9, 0.4);
            return keeper.save();
        }).get(10, TimeUnit.SECONDS);
        secondAsked.countDown();
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);

        assertThat(queue.submit(StoreQueue.Kind.READ, s -> s.readingPosition(layout.article().id()))
                .get(10, TimeUnit.SECONDS)).get().extracting(ReadingPosition::fraction).isEqualTo(0.4);
        assertThat(keeper.latest()).get().extracting(ReadingPosition::fraction).as("noted for closing")
                .isEqualTo(0.4);
        queue.close(10_000);
    }

    @Test
    void movingWithinOneLongParagraphNotesTheTopLinesOffset() throws Exception {
        StoreQueue queue = StoreQueue.create(() -> StoreOpener.open(dataDir, Clock.systemUTC()).store());
        queue.startOpening();
        ReaderViewModel reader = new ReaderViewModel();
        ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
        PositionKeeper keeper = WaitForAsyncUtils.asyncFx(() -> new PositionKeeper(reader, queue, Platform::runLater))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> reader.show(layout)).get(10, TimeUnit.SECONDS);
        queue.submit(StoreQueue.Kind.READ, s -> null).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> {
            reader.viewportChanged(5, 0, 5, 0.2);
            reader.viewportChanged(5, 240, 5, 0.25); // the same paragraph, further down
            return keeper.save();
        }).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

        assertThat(keeper.latest()).get().extracting(ReadingPosition::offset).isEqualTo(240);
        assertThat(queue.submit(StoreQueue.Kind.READ, s -> s.readingPosition(layout.article().id()))
                .get(10, TimeUnit.SECONDS)).get().extracting(ReadingPosition::offset).isEqualTo(240);
        queue.close(10_000);
    }
    /** The bundled article, and its beginning: its lead and first section. */
    private static app.margin.model.Article beginningOf(app.margin.model.Article whole) {
        return new app.margin.model.Article(whole.id(), whole.title(), whole.byline(), whole.source(), whole.date(),
                whole.lead(), whole.sections().subList(0, 1), false, whole.language());
    }

    private StoreQueue queueWithPlace(ReadingPosition saved) throws Exception {
        StoreQueue queue = StoreQueue.create(() -> StoreOpener.open(dataDir, Clock.systemUTC()).store());
        queue.startOpening();
        queue.submit(StoreQueue.Kind.WRITE, s -> {
            s.saveReadingPosition(saved);
            return null;
        }).get(10, TimeUnit.SECONDS);
        return queue;
    }

    private static void settle(StoreQueue queue) throws Exception {
        queue.submit(StoreQueue.Kind.READ, s -> null).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBeginningSavesNothingAndTheWholeReturnsToThePlaceBeyondItWhenTheReaderStayedAtItsStart() throws Exception {
        app.margin.model.Article whole = TestArticles.bundled();
        ArticleLayout wholeLayout = ArticleLayout.of(whole);
        String lastSection = whole.sections().get(whole.sections().size() - 1).id();
        // Read before, up to the last section: a place the beginning does not hold.
        StoreQueue queue = queueWithPlace(new ReadingPosition(whole.id(), lastSection, 0, 30, 0.9));
        ReaderViewModel reader = new ReaderViewModel();
        PositionKeeper keeper = WaitForAsyncUtils.asyncFx(() -> new PositionKeeper(reader, queue, Platform::runLater))
                .get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> reader.show(app.margin.ui.reader.ReaderDocument.of(beginningOf(whole)), true))
                .get(10, TimeUnit.SECONDS);
        settle(queue);
        assertThat(reader.jumpRequestProperty().get()).as("the beginning does not hold the place").isNull();
        assertThat(keeper.latest()).as("no place noted in a beginning").isEmpty();
        WaitForAsyncUtils.asyncFx(() -> reader.show(wholeLayout)).get(10, TimeUnit.SECONDS);
        settle(queue);

        assertThat(queue.submit(StoreQueue.Kind.READ, s -> s.readingPosition(whole.id())).get(10, TimeUnit.SECONDS))
                .get().satisfies(p -> {
                    assertThat(p.sectionId()).isEqualTo(lastSection);
                    assertThat(p.offset()).isEqualTo(30);
                });
        assertThat(reader.jumpRequestProperty().get().blockIndex()).isEqualTo(wholeLayout.blockOf(lastSection, 0));
        queue.close(10_000);
    }

    /**
     * Found by trying it: a manual reopened from the library showed its first pages; the reader searched in them,
     * and when the whole manual came the page jumped to where they had been the last time.
     */
    @Test
    void aReaderWhoMovedInTheBeginningKeepsTheirLineWhenTheWholeComes() throws Exception {
        app.margin.model.Article whole = TestArticles.bundled();
        app.margin.model.Article beginning = beginningOf(whole);
        ArticleLayout wholeLayout = ArticleLayout.of(whole);
        String lastSection = whole.sections().get(whole.sections().size() - 1).id();
        StoreQueue queue = queueWithPlace(new ReadingPosition(whole.id(), lastSection, 0, 30, 0.9));
        ReaderViewModel reader = new ReaderViewModel();
        PositionKeeper keeper = WaitForAsyncUtils.asyncFx(() -> new PositionKeeper(reader, queue, Platform::runLater))
                .get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> reader.show(app.margin.ui.reader.ReaderDocument.of(beginning), true))
                .get(10, TimeUnit.SECONDS);
        settle(queue);
        WaitForAsyncUtils.asyncFx(() -> reader.viewportChanged(2, 5, 2, 0.3)).get(10, TimeUnit.SECONDS);
        assertThat(keeper.latest()).as("no place noted in a beginning").isEmpty();
        WaitForAsyncUtils.asyncFx(() -> reader.show(wholeLayout)).get(10, TimeUnit.SECONDS);
        settle(queue);

        assertThat(reader.jumpRequestProperty().get()).as("not sent back to the last section").isNull();
        // The line itself is MainViewModel's to keep (it jumps back to it after showing the whole): here its block.
        assertThat(keeper.latest()).get().extracting(ReadingPosition::sectionId)
                .isEqualTo(wholeLayout.blocks().get(2).sectionId());
        assertThat(keeper.save().thenCompose(v -> queue.submit(StoreQueue.Kind.READ,
                s -> s.readingPosition(whole.id()))).get(10, TimeUnit.SECONDS)).get()
                .extracting(ReadingPosition::sectionId).isEqualTo(wholeLayout.blocks().get(2).sectionId());
        queue.close(10_000);
    }

    @Test
    void aSavedPlaceInsideTheBeginningIsGoneToAsTheBeginningShows() throws Exception {
        app.margin.model.Article whole = TestArticles.bundled();
        app.margin.model.Article beginning = beginningOf(whole);
        ArticleLayout beginningLayout = ArticleLayout.of(beginning);
        String firstSection = whole.sections().get(0).id();
        StoreQueue queue = queueWithPlace(new ReadingPosition(whole.id(), firstSection, 0, 12, 0.1));
        ReaderViewModel reader = new ReaderViewModel();
        WaitForAsyncUtils.asyncFx(() -> new PositionKeeper(reader, queue, Platform::runLater)).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> reader.show(app.margin.ui.reader.ReaderDocument.of(beginning), true))
                .get(10, TimeUnit.SECONDS);
        settle(queue);

        assertThat(reader.jumpRequestProperty().get()).isNotNull();
        assertThat(reader.jumpRequestProperty().get().blockIndex()).isEqualTo(beginningLayout.blockOf(firstSection, 0))
                .isPositive();
        queue.close(10_000);
    }
}
