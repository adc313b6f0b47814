package app.margin.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an exported study sheet goes by default: a file named after the article, in the documents folder. */
final class SheetFileNames {

    private static final Pattern XDG_DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"(.*)\"\\s*$", Pattern.MULTILINE);

    private SheetFileNames() {}

    /** "Title.pdf", or "Title — Section.pdf" for one section, with no character a file system refuses. */
    static String pdf(String title, String scope) {
        String name = clean(title);
        if (scope != null) {
            name += " — " + clean(scope.startsWith("Section: ") ? scope.substring("Section: ".length()) : scope);
        }
        if (name.length() > 120) {
            name = name.substring(0, 120).strip();
        }
        return (name.isEmpty() ? "Study sheet" : name) + ".pdf";
    }

    private static String clean(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^\\.+", "");
    }

    /** {@code file} ending in {@code extension}, added if the reader typed a name without it. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    /**
     * The reader's documents folder: XDG's DOCUMENTS folder on Linux (~/.config/user-dirs.dirs), else ~/Documents
     * where it exists, else the home folder.
     */
    static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        try {
            Path dirs = home.resolve(".config").resolve("user-dirs.dirs");
            if (Files.isRegularFile(dirs)) {
                Matcher m = XDG_DOCUMENTS.matcher(Files.readString(dirs, StandardCharsets.UTF_8));
                if (m.find()) {
                    Path xdg = Path.of(m.group(1).replace("$HOME", home.toString()));
                    if (Files.isDirectory(xdg)) {
                        return xdg;
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through to the usual folder
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
