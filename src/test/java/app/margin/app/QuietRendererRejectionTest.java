package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Once closing has begun, the toolkit going away is logged; anything else, or before closing, is printed. */
class QuietRendererRejectionTest {

    private static final NullPointerException NO_PIPELINE = new NullPointerException("Cannot invoke \"com.sun.prism"
            + ".GraphicsPipeline.is3DSupported()\" because the return value of \"com.sun.prism.GraphicsPipeline"
            + ".getPipeline()\" is null");

    @Test
    void theToolkitGoingAwayIsQuietOnlyOnceClosingHasBegun() {
        List<Throwable> printed = new ArrayList<>();
        boolean[] closing = {false};
        Thread.UncaughtExceptionHandler handler = QuietRendererRejection.handler(() -> closing[0],
                (t, e) -> printed.add(e));

        handler.uncaughtException(Thread.currentThread(), NO_PIPELINE);
        assertThat(printed).as("before closing, printed").containsExactly(NO_PIPELINE);

        closing[0] = true;
        handler.uncaughtException(Thread.currentThread(), NO_PIPELINE);
        handler.uncaughtException(Thread.currentThread(), new RejectedExecutionException("renderer stopped"));
        assertThat(printed).as("the pipeline gone and a rejected frame, after closing").hasSize(1);

        NullPointerException other = new NullPointerException("Cannot invoke \"String.length()\"");
        IllegalStateException state = new IllegalStateException("a fault");
        handler.uncaughtException(Thread.currentThread(), other);
        handler.uncaughtException(Thread.currentThread(), state);
        assertThat(printed).as("anything else, printed").containsExactly(NO_PIPELINE, other, state);
    }
}
