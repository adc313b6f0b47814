package app.margin.app;

import app.margin.files.AtomicFiles;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A damaged notes database stays announced until the reader acts on it: restores the offered backup or dismisses
 * the message. What was said is kept in the data folder, so the next start says it again instead of opening,
 * silently, on the fresh (empty) database.
 */
final class DamageNotice {

    static final String FILE = "damage-notice.properties";

    /** The message given when the damage was found, and the backup offered then. */
    record Remembered(String message, Optional<Path> backup) {
    }

    private final Path file;

    DamageNotice(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    void remember(String message, Optional<Path> backup) throws IOException {
        Properties p = new Properties();
        p.setProperty("message", message);
        backup.ifPresent(b -> p.setProperty("backup", b.toString()));
        StringWriter text = new StringWriter();
        p.store(text, "Margin: a damaged notes database the reader has not yet dealt with");
        AtomicFiles.writeString(file, text.toString());
    }

    /** What is still to be said; a backup that has since gone is no longer offered. */
    Optional<Remembered> recall() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String message = p.getProperty("message");
            if (message == null || message.isBlank()) {
                return Optional.empty();
            }
            Optional<Path> backup = Optional.ofNullable(p.getProperty("backup")).map(Path::of).filter(Files::isRegularFile);
            return Optional.of(new Remembered(message, backup));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The reader dismissed the message or restored a backup: nothing more to say, no backup held back. */
    void forget() {
        try {
            StoreOpener.releaseBackupKeptAfterDamage(file.getParent());
        } catch (StoreException e) {
            // logged by the store; one old backup then stays a while longer
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger("app.margin").log(System.Logger.Level.WARNING,
                    "Could not remove " + file + "; the damaged-database message will show again: " + e.getMessage());
        }
    }
}
