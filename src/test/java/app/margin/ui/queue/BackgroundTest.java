package app.margin.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    /** Tasks handed to the "FX thread", run when the test says. */
    private final List<Runnable> fxTasks = new ArrayList<>();
    private final Executor fx = fxTasks::add;
    private final Background background = new Background(Runnable::run, fx);

    private void runFx() {
        List<Runnable> now = List.copyOf(fxTasks);
        fxTasks.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void resultArrivesOnTheFxSideOnly() {
        AtomicReference<String> got = new AtomicReference<>();
        background.run(() -> "done", got::set, e -> { });

        assertThat(got).hasValue(null);
        runFx();
        assertThat(got).hasValue("done");
    }

    @Test
    void anErrorInTheWorkReachesTheFailureHandler() {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        background.run(() -> {
            throw new OutOfMemoryError("test");
        }, r -> { }, failed::set);
        runFx();

        assertThat(failed.get()).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
    }

    @Test
    void answerUnwrapsTheFutureChainsWrappers() {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        CompletableFuture<String> chain = CompletableFuture.<String>failedFuture(new IllegalStateException("why"))
                .thenApply(s -> s + "!");
        background.answer(chain, r -> { }, failed::set);
        runFx();

        assertThat(failed.get()).isNotInstanceOf(CompletionException.class).hasMessage("why");
    }

    @Test
    void aRejectedWorkerFailsTheWorkInsteadOfThrowing() {
        Background closed = new Background(r -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }, fx);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        closed.run(() -> "never", r -> { }, failed::set);
        runFx();

        assertThat(failed.get()).hasMessage("shut down");
    }
}
