package app.margin.app;

import app.margin.ui.queue.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * Files opened with Margin while it is open ("Open with", {@code margin FILE}) arrive here over the
 * {@link InstanceChannel} and open in this window, which comes to the front. Requests that arrive before the
 * window exists wait for it.
 */
final class LaterLaunches {

    private InstanceChannel channel;
    private final List<InstanceChannel.Request> waiting = new ArrayList<>();
    private Stage stage;
    private Consumer<Path> open;
    private Consumer<app.margin.model.MarginLink> follow;

    private LaterLaunches() {
    }

    /**
     * Listens on the data folder's socket. If another Margin started on the same folder at the same moment, hands
     * it {@code article} and ends this one. Empty when listening is not possible (the next launch then opens a
     * second window, which says it only reads). Requests are taken on the FX thread, through {@code background}.
     */
    static Optional<LaterLaunches> listen(Path dataDir, Optional<Path> article, Background background) {
        return listen(dataDir, article, background, System.out, () -> System.exit(0));
    }

    /** As {@link #listen(Path, Optional, Background)}; a launch that hands over says so on {@code out}, then ends. */
    static Optional<LaterLaunches> listen(Path dataDir, Optional<Path> article, Background background,
            java.io.PrintStream out, Runnable end) {
        return listen(dataDir, new InstanceChannel.Request(article), background, out, end);
    }

    /** As {@link #listen(Path, Optional, Background)}, for a launch that asks for {@code own}: a file or a link. */
    static Optional<LaterLaunches> listen(Path dataDir, InstanceChannel.Request own, Background background,
            java.io.PrintStream out, Runnable end) {
        Path socket = InstanceChannel.socketFor(dataDir);
        LaterLaunches self = new LaterLaunches();
        try {
            Optional<InstanceChannel> listening = InstanceChannel.listen(socket,
                    request -> background.onFx(() -> self.take(request)));
            if (listening.isEmpty()) {
                if (InstanceChannel.handOver(socket, own)) {
                    out.println(InstanceChannel.handedOverMessage(own));
                    end.run();
                }
                return Optional.empty();
            }
            self.channel = listening.get();
            return Optional.of(self);
        } catch (IOException e) {
            System.getLogger("app.margin").log(System.Logger.Level.WARNING,
                    "Files opened with Margin while it is open will start a second window: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** On the FX thread, once the window shows: from now on requests open there, and those waiting open now. */
    void deliverTo(Stage window, Consumer<Path> opener) {
        deliverTo(window, opener, link -> { });
    }

    /** As {@link #deliverTo(Stage, Consumer)}; a {@code margin://} link goes to {@code follower}. */
    void deliverTo(Stage window, Consumer<Path> opener, Consumer<app.margin.model.MarginLink> follower) {
        stage = window;
        open = opener;
        follow = follower;
        waiting.forEach(this::take);
        waiting.clear();
    }

    /** On the FX thread. */
    private void take(InstanceChannel.Request request) {
        if (stage == null) {
            waiting.add(request);
            return;
        }
        request.file().ifPresent(open);
        request.link().ifPresent(follow);
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    void close() {
        channel.close();
    }
}
