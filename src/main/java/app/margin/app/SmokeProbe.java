package app.margin.app;

import app.margin.ui.shell.MainView;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For --smoke: waits for the first frame that shows article text, prints the time since the JVM
 * started, and exits 0. Exits 1 if that has not happened within {@link #LIMIT_MS}.
 */
final class SmokeProbe {

    static final long LIMIT_MS = 60_000;

    private final Scene scene;
    private final MainView view;

    SmokeProbe(Scene scene, MainView view) {
        this.scene = scene;
        this.view = view;
    }

    void install() {
        Pulses.afterNextPulse(scene, this::textLaidOut, this::report);
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("margin --smoke: no article text on screen after " + LIMIT_MS + " ms");
            Runtime.getRuntime().halt(1);
        }, "margin-smoke-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private boolean textLaidOut() {
        var area = view.readerView().area();
        return !area.getVisibleParagraphs().isEmpty() && area.getLength() > 0 && view.getScene().getWindow().isShowing();
    }

    /** Where the time went: each mark's time since the JVM started, from the marks the start path left. */
    static String phases(long sinceStartNow) {
        long now = System.nanoTime();
        StringBuilder out = new StringBuilder("phases since JVM start (ms):");
        for (String mark : MARKS) {
            String at = System.getProperty(PREFIX + mark);
            if (at != null) {
                out.append(' ').append(mark).append('=')
                        .append(sinceStartNow - (now - Long.parseLong(at)) / 1_000_000);
            }
        }
        return out.append(" frame=").append(sinceStartNow).toString();
    }

    private static final String PREFIX = "margin.phase.";
    private static final java.util.List<String> MARKS = java.util.List.of("main", "launch", "init", "start", "scene",
            "chapters", "begun", "waited", "placed", "show", "read", "shown");

    /**
     * Notes the moment a phase of the start is reached, in a system property (no static state), for
     * {@link #phases}. Costs one property write.
     */
    static void mark(String phase) {
        System.setProperty(PREFIX + phase, Long.toString(System.nanoTime()));
    }

    /** VmHWM from /proc (Linux), or "unknown". */
    private static String peakResidentMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kib >> 10) + " MiB";
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux, or no /proc: the figure is only informative.
        }
        return "unknown";
    }

    private void report() {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        var area = view.readerView().area();
        String firstWords = area.getParagraph(area.firstVisibleParToAllParIndex()).getText();
        firstWords = firstWords.substring(0, Math.min(40, firstWords.length()));
        System.out.printf(Locale.ROOT, "margin --smoke: first frame with article text after %d ms (\"%s…\")%n",
                sinceStart, firstWords);
        System.out.println("margin --smoke: " + phases(sinceStart));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "margin --smoke: heap used %d MiB, peak resident memory %s%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, peakResidentMemory());
        System.out.flush();
        if (view.viewModel().restPendingProperty().get()) {
            // A long book's beginning is on screen: the figure above is its first page. Wait for the whole book too.
            view.viewModel().restPendingProperty().addListener((obs, was, pending) -> {
                if (!pending) {
                    Platform.runLater(() -> {
                        long whole = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.printf(Locale.ROOT, "margin --smoke: the whole book shown after %d ms (%d blocks)%n",
                                whole, view.viewModel().reader().getLayout().blocks().size());
                        System.out.flush();
                        exit();
                    });
                }
            });
            return;
        }
        exit();
    }

    /**
     * Set by {@link AotTraining}: the run ends only once the header's buttons, the outline and the status bar, which
     * come after the first frame, have been styled, laid out and drawn. The AOT cache's training run is a --smoke
     * run, and a cache made without them would leave their classes to be loaded from the jars at every start.
     */
    static final String TRAINING = "margin.smoke.training";

    /** Ends the run: at once, or in the training run once the tools are in (see {@link #TRAINING}). */
    private void exit() {
        if (!Boolean.getBoolean(TRAINING)) {
            Platform.exit();
            System.exit(0);
            return;
        }
        Pulses.afterNextPulse(scene, view::toolsShown, () -> {
            Platform.exit();
            System.exit(0);
        });
        Platform.requestNextPulse();
    }
}
