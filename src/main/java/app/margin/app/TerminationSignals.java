package app.margin.app;

import java.util.List;

/**
 * SIGTERM (log-out, shutdown, {@code kill}), SIGHUP and SIGINT become Margin's own orderly close followed by
 * an exit, instead of the JVM's shutdown sequence, in which JavaFX's own hook takes the toolkit down while
 * Margin's would still need it. Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}); where that or a
 * signal is not available the shutdown hook is the fallback.
 */
final class TerminationSignals {

    private static final List<String> SIGNALS = List.of("TERM", "HUP", "INT");

    private TerminationSignals() {
    }

    /** {@code close} runs once per signal, on the signal's thread; then the JVM exits with status 0. */
    static void install(Runnable close) {
        for (String name : SIGNALS) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    try {
                        close.run();
                    } catch (Throwable t) {
                        System.getLogger("app.margin").log(System.Logger.Level.WARNING,
                                "closing on SIG" + name + " failed", t);
                    } finally {
                        System.exit(0);
                    }
                });
            } catch (IllegalArgumentException | LinkageError notHere) {
                // This platform has no such signal, or the JVM runs with -Xrs: the shutdown hook closes.
            }
        }
    }
}
