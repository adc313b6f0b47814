package app.margin.ui.queue;

import java.util.concurrent.CompletionException;

/** The failure itself, out of the {@link CompletionException}s a future chain wrapped it in. */
public final class Failures {

    private Failures() {
    }

    /** {@code error} without its CompletionException wrappers (any number of them). */
    public static Throwable causeOf(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
