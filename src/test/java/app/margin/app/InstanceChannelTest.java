package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceChannelTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLaunchHandsItsFileToTheOpenWindow() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        LinkedBlockingQueue<InstanceChannel.Request> received = new LinkedBlockingQueue<>();
        try (InstanceChannel open = InstanceChannel.listen(socket, received::add).orElseThrow()) {
            Path book = dataDir.resolve("a book with spaces.epub");

            assertThat(InstanceChannel.handOver(socket, new InstanceChannel.Request(Optional.of(book)))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(new InstanceChannel.Request(Optional.of(book)));

            assertThat(InstanceChannel.handOver(socket, new InstanceChannel.Request(Optional.empty()))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(new InstanceChannel.Request(Optional.empty()));
        }
    }

    @Test
    void aLaunchRacingTheOpenWindowNamesTheFileItHandedOver() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        Path book = dataDir.resolve("process.epub");
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        boolean[] ended = {false};
        try (InstanceChannel open = InstanceChannel.listen(socket, r -> { }).orElseThrow()) {
            Optional<LaterLaunches> second = LaterLaunches.listen(dataDir, Optional.of(book),
                    new app.margin.ui.queue.Background(Runnable::run, Runnable::run),
                    new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8),
                    () -> ended[0] = true);

            assertThat(second).isEmpty();
        }
        assertThat(ended[0]).as("the launch ends").isTrue();
        assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8).strip())
                .isEqualTo("margin: handed " + book + " to the Margin window already open (it says there whether it could open it)");
    }

    @Test
    void withNoMarginOpenNothingIsHandedOver() {
        assertThat(InstanceChannel.handOver(InstanceChannel.socketFor(dataDir),
                new InstanceChannel.Request(Optional.empty()))).isFalse();
    }

    @Test
    void aSocketLeftByAKilledMarginIsReplaced() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close(); // the file stays, as after SIGKILL, but nobody answers
        assertThat(socket).exists();
        assertThat(InstanceChannel.handOver(socket, new InstanceChannel.Request(Optional.empty()))).isFalse();

        LinkedBlockingQueue<InstanceChannel.Request> received = new LinkedBlockingQueue<>();
        try (InstanceChannel open = InstanceChannel.listen(socket, received::add).orElseThrow()) {
            assertThat(InstanceChannel.handOver(socket, new InstanceChannel.Request(Optional.empty()))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aSecondListenerOnTheSameFolderStandsAside() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        try (InstanceChannel first = InstanceChannel.listen(socket, r -> { }).orElseThrow()) {
            assertThat(InstanceChannel.listen(socket, r -> { })).isEmpty();
        }
    }

    @Test
    void onlyItsOwnerCanUseTheSocketAndClosingRemovesIt() throws Exception {
        Path socket = InstanceChannel.socketFor(dataDir);
        InstanceChannel open = InstanceChannel.listen(socket, r -> { }).orElseThrow();
        assertThat(Files.getPosixFilePermissions(socket))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        open.close();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aDataFolderTooDeepForASocketPathUsesTheTempFolder() {
        Path deep = dataDir.resolve("x".repeat(120));
        Path socket = InstanceChannel.socketFor(deep);
        assertThat(socket.toString().length()).isLessThanOrEqualTo(100 + System.getProperty("java.io.tmpdir").length());
        assertThat(socket.getFileName().toString()).startsWith("margin-").endsWith(".sock");
        assertThat(InstanceChannel.socketFor(dataDir)).isEqualTo(dataDir.toAbsolutePath().resolve("margin.sock"));
    }
}
