package app.margin.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one queue through which the store is used: order, one thread, errors that do not stop it, closing. */
class StoreQueueTest {

    @TempDir
    Path dataDir;

    private StoreQueue opening(AtomicInteger opens) {
        return StoreQueue.create(() -> {
            opens.incrementAndGet();
            return StoreOpener.open(dataDir, Clock.systemUTC()).store();
        });
    }

    @Test
    void tasksRunOneAtATimeOnOneThreadInTheOrderAsked() throws Exception {
        StoreQueue queue = opening(new AtomicInteger());
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(queue.submit(i % 2 == 0 ? StoreQueue.Kind.WRITE : StoreQueue.Kind.READ, s -> {
                threads.add(Thread.currentThread());
                order.add(n);
                s.saveReadingPosition(new ReadingPosition("a", "s", n, 0.5));
                return null;
            }));
            if (i == 10) {
                queue.startOpening();
            }
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(threads).hasSize(1);
        assertThat(order).isSorted().hasSize(200);
        assertThat(queue.submit(StoreQueue.Kind.READ, s -> s.readingPosition("a")).get(10, TimeUnit.SECONDS))
                .get().extracting(ReadingPosition::paragraphIndex).isEqualTo(199);
        assertThat(queue.close(10_000)).isTrue();
    }

    @Test
    void anOutOfMemoryErrorInATaskFailsOnlyThatTaskAndTheQueueGoesOn() throws Exception {
        StoreQueue queue = opening(new AtomicInteger());
        queue.startOpening();

        CompletableFuture<Object> failing = queue.submit(StoreQueue.Kind.WRITE, s -> {
            throw new OutOfMemoryError("Java heap space");
        });
        CompletableFuture<String> next = queue.submit(StoreQueue.Kind.WRITE, s -> "still running");

        assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("still running");
        assertThat(failing).isCompletedExceptionally();
        assertThat(queue.close(10_000)).isTrue();
    }

    @Test
    void closingBeforeTheStoreOpensWithNothingToWriteReturnsAtOnceAndOpensNothing() {
        AtomicInteger opens = new AtomicInteger();
        StoreQueue queue = opening(opens);
        CompletableFuture<?> read = queue.submit(StoreQueue.Kind.READ, s -> s.notes("a"));

        long start = System.nanoTime();
        assertThat(queue.close(10_000)).isTrue();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(500);
        assertThat(opens).hasValue(0);
        assertThat(read).isCompletedExceptionally();
        assertThat(dataDir.resolve("margin.db")).doesNotExist();
    }

    @Test
    void closingWithAWriteWaitingOpensTheStoreCommitsTheWriteAndClosesIt() throws Exception {
        StoreQueue queue = opening(new AtomicInteger());
        queue.submit(StoreQueue.Kind.WRITE, s -> {
            s.saveReadingPosition(new ReadingPosition("a", "s", 7, 0.5));
            return null;
        });

        assertThat(queue.close(30_000)).isTrue();

        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            assertThat(store.readingPosition("a")).get().extracting(ReadingPosition::paragraphIndex).isEqualTo(7);
        }
    }

    @Test
    void closingWaitsOnlyAsLongAsItIsToldWhileTheStoreIsStillOpening() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StoreQueue queue = StoreQueue.create(() -> {
            release.await(30, TimeUnit.SECONDS);
            return StoreOpener.open(dataDir, Clock.systemUTC()).store();
        });
        queue.startOpening();
        queue.submit(StoreQueue.Kind.WRITE, s -> null);

        long start = System.nanoTime();
        assertThat(queue.close(200)).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
        assertThat(queue.submit(StoreQueue.Kind.WRITE, s -> null)).as("nothing is taken after closing")
                .isCompletedExceptionally();
        release.countDown();
        assertThat(queue.close(30_000)).isTrue();
    }
}
