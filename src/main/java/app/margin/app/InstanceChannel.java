package app.margin.app;

import app.margin.model.MarginLink;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One Margin window per data folder: a second launch ({@code margin FILE}, "Open with Margin" in a file manager)
 * hands its file to the window already open instead of starting a second app that could not use the notes
 * database. The channel is a Unix-domain socket in the data folder (Java 16+, also on Windows 10+), readable and
 * writable by its owner only; no network port is ever opened.
 *
 * <p>Protocol: the new launch sends one line, {@code open <absolute path>} or {@code show}, and the open window
 * answers {@code ok} once it has taken the request.
 */
final class InstanceChannel implements AutoCloseable {

    static final String SOCKET = "margin.sock";
    /** Longest socket path the platforms take (sun_path is 108 bytes on Linux, 104 on macOS). */
    private static final int MAX_PATH_BYTES = 100;
    private static final long HAND_OVER_TIMEOUT_MS = 3_000;

    private final ServerSocketChannel server;
    private final Path path;
    private final Thread listener;

    private InstanceChannel(ServerSocketChannel server, Path path, Consumer<Request> requests) {
        this.server = server;
        this.path = path;
        this.listener = new Thread(() -> serve(requests), "margin-instance-channel");
        listener.setDaemon(true);
    }

    /**
     * What a later launch asked for: a file to open, a {@code margin://} link to follow, or neither to bring the
     * window to the front.
     */
    record Request(Optional<Path> file, Optional<MarginLink> link) {
        Request(Optional<Path> file) {
            this(file, Optional.empty());
        }
    }

    /** What a launch that handed {@code file} (or nothing) to the open window says before it ends. */
    static String handedOverMessage(Optional<Path> file) {
        return file.map(f -> "margin: handed " + f
                        + " to the Margin window already open (it says there whether it could open it)")
                .orElse("margin: Margin is already open; its window was brought to the front");
    }

    /** What a launch that handed the request to the open window says before it ends. */
    static String handedOverMessage(Request request) {
        return request.link().map(l -> "margin: handed " + l.uri() + " to the Margin window already open")
                .orElseGet(() -> handedOverMessage(request.file()));
    }

    /** Where the socket for {@code dataDir} lives: in it, or, when that path is too long for a socket, in the temp folder. */
    static Path socketFor(Path dataDir) {
        Path inDataDir = dataDir.toAbsolutePath().resolve(SOCKET);
        if (inDataDir.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES) {
            return inDataDir;
        }
        String id = Integer.toHexString(inDataDir.toString().hashCode());
        return Path.of(System.getProperty("java.io.tmpdir"), "margin-" + System.getProperty("user.name") + "-" + id
                + ".sock");
    }

    /**
     * Hands {@code request} to the Margin window already open on this socket. True if it took it; false if no
     * Margin listens there (none open, or a socket left by one that ended without closing).
     */
    static boolean handOver(Path socket, Request request) {
        if (!Files.exists(socket)) {
            return false;
        }
        CompletableFuture<Boolean> exchange = CompletableFuture.supplyAsync(() -> {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                String line = request.link().map(l -> "link " + l.uri())
                        .orElseGet(() -> request.file().map(f -> "open " + f.toAbsolutePath()).orElse("show")) + "\n";
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.shutdownOutput();
                return "ok".equals(readLine(channel));
            } catch (IOException e) {
                return false;
            }
        });
        try {
            return exchange.get(HAND_OVER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            exchange.cancel(true);
            return false;
        }
    }

    /**
     * Starts listening on {@code socket} for later launches; their requests go to {@code requests}, on the
     * channel's own thread. Empty if another Margin already listens there (it started at the same moment).
     */
    static Optional<InstanceChannel> listen(Path socket, Consumer<Request> requests) throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                Files.createDirectories(socket.getParent());
                server.bind(UnixDomainSocketAddress.of(socket));
                try {
                    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Windows: the socket file takes the folder's permissions.
                }
                InstanceChannel channel = new InstanceChannel(server, socket, requests);
                channel.listener.start();
                return Optional.of(channel);
            } catch (java.net.BindException e) {
                server.close();
                if (isLive(socket)) {
                    return Optional.empty();
                }
                // Left by a Margin that ended without closing (killed, power cut): nobody answers it.
                Files.deleteIfExists(socket);
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
        }
        throw new IOException("Could not listen on " + socket + " for files opened with Margin.");
    }

    private static boolean isLive(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void serve(Consumer<Request> requests) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                String line = readLine(client);
                if (line == null) {
                    continue;
                }
                if (line.equals("show")) {
                    requests.accept(new Request(Optional.empty()));
                } else if (line.startsWith("open ")) {
                    requests.accept(new Request(Optional.of(Path.of(line.substring(5)))));
                } else if (line.startsWith("link ") && MarginLink.parse(line.substring(5)).isPresent()) {
                    requests.accept(new Request(Optional.empty(), MarginLink.parse(line.substring(5))));
                } else {
                    continue;
                }
                client.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                System.getLogger("app.margin").log(System.Logger.Level.WARNING,
                        "A file handed over by a second launch was not taken: " + e);
            }
        }
    }

    /** Reads one line of at most 64 KiB; null if the other side sent nothing. */
    private static String readLine(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            if (indexOfNewline(buffer) >= 0) {
                break;
            }
        }
        buffer.flip();
        String text = StandardCharsets.UTF_8.decode(buffer).toString();
        int end = text.indexOf('\n');
        String line = end >= 0 ? text.substring(0, end) : text;
        return line.isEmpty() ? null : line;
    }

    private static int indexOfNewline(ByteBuffer buffer) {
        for (int i = 0; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The next Margin finds the socket unanswered and replaces it.
        }
    }
}
