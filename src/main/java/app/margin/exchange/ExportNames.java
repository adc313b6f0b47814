package app.margin.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/** Where an export goes by default and what it is called, and how the reader is told it was written. */
public final class ExportNames {

    /** Long enough for a title a reader recognises, short enough for every file system. */
    static final int MAX_NAME_LENGTH = 80;

    private ExportNames() {}

    /**
     * A file name made of the article's title: characters file systems refuse (and control characters) become
     * spaces, runs of spaces one, no leading dot, at most {@value #MAX_NAME_LENGTH} characters, cut at a word;
     * "study-sheet" if nothing is left.
     */
    public static String fileName(String title, String extension) {
        String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        while (t.startsWith(".")) {
            t = t.substring(1).strip();
        }
        if (t.length() > MAX_NAME_LENGTH) {
            int cut = t.lastIndexOf(' ', MAX_NAME_LENGTH);
            t = t.substring(0, cut > MAX_NAME_LENGTH / 2 ? cut : MAX_NAME_LENGTH).strip();
        }
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return (t.isEmpty() ? "study-sheet" : t) + "." + extension;
    }

    /**
     * The reader's documents folder: XDG's {@code XDG_DOCUMENTS_DIR} (from {@code user-dirs.dirs}, what
     * {@code xdg-user-dir DOCUMENTS} reads), else {@code ~/Documents}, else the home folder.
     */
    public static Path documentsFolder(Map<String, String> env, Path home) {
        String config = env.get("XDG_CONFIG_HOME");
        Path dirs = (config == null || config.isBlank() ? home.resolve(".config") : Path.of(config))
                .resolve("user-dirs.dirs");
        Path xdg = xdgDocuments(dirs, home);
        if (xdg != null && Files.isDirectory(xdg)) {
            return xdg;
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static Path xdgDocuments(Path dirs, Path home) {
        if (!Files.isRegularFile(dirs)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(dirs);
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = l.substring("XDG_DOCUMENTS_DIR=".length()).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    value = value.replace("$HOME", home.toString());
                    // "$HOME/" alone means "no documents folder" to xdg-user-dirs.
                    Path p = Path.of(value);
                    return p.isAbsolute() && !p.normalize().equals(home.normalize()) ? p : null;
                }
            }
        } catch (IOException | InvalidPathException e) {
            return null;
        }
        return null;
    }

    /** "Exported 1 annotation", "Exported 5 annotations". */
    public static String exported(int count) {
        return "Exported " + count + (count == 1 ? " annotation" : " annotations");
    }
}
