package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.MarginLink;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code margin margin://open?…}: the link is read from the command line and handed to a window already open. */
class MarginLinkLaunchTest {

    private static final MarginLink LINK = new MarginLink("us-russia-military-talks", "hl-goal");

    @TempDir
    Path dataDir;

    @Test
    void aLinkOnTheCommandLineIsReadAsALink() throws Exception {
        Options options = Options.parse(List.of(LINK.uri()));
        assertThat(options.link()).contains(LINK);
        assertThat(options.article()).isEmpty();
    }

    @Test
    void aFileUrlFromTheDesktopEntryIsAFile() throws Exception {
        assertThat(Options.parse(List.of("file:///home/reader/a%20book.epub")).article())
                .contains(Path.of("/home/reader/a book.epub"));
    }

    @Test
    void aMarginLinkMarginCannotReadIsRefusedWithWhatItTakes() {
        assertThatThrownBy(() -> Options.parse(List.of("margin://delete?article=x")))
                .hasMessageContaining("margin://open?article=");
        assertThatThrownBy(() -> Options.parse(List.of(LINK.uri(), "b.json"))).hasMessageStartingWith("One file at");
    }

    @Test
    void aSecondLaunchHandsItsLinkToTheOpenWindow() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        LinkedBlockingQueue<InstanceChannel.Request> received = new LinkedBlockingQueue<>();
        try (InstanceChannel open = InstanceChannel.listen(socket, received::add).orElseThrow()) {
            InstanceChannel.Request request = new InstanceChannel.Request(Optional.empty(), Optional.of(LINK));
            assertThat(InstanceChannel.handOver(socket, request)).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(request);
            assertThat(InstanceChannel.handedOverMessage(request)).isEqualTo("margin: handed " + LINK.uri()
                    + " to the Margin window already open");
        }
    }
}
