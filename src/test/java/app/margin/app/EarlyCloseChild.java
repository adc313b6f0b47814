package app.margin.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * For {@link EarlyCloseTest}: starts Margin headless on a data folder and prints "SHOWN" as soon as its window
 * shows (before the store opens, as a reader closing at once would), then waits to be ended.
 */
public final class EarlyCloseChild {

    private EarlyCloseChild() {
    }

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Application.launch(MarginApp.class, "--data-dir", args[0]), "app");
        app.start();
        while (!shown()) {
            Thread.onSpinWait();
        }
        System.out.println("SHOWN");
        System.out.flush();
        app.join();
    }

    private static boolean shown() throws Exception {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> result.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
        } catch (IllegalStateException toolkitNotStarted) {
            return false;
        }
        return result.get(30, TimeUnit.SECONDS);
    }
}
