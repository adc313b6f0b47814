package app.margin.ui.shell;

import java.nio.file.Path;
import java.util.Locale;

/** Where an exported study sheet goes by default: a file named after the article, in the documents folder. */
final class SheetFileNames {

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
        // One rule for every export: the Markdown and JSON exports use it too.
        return app.margin.exchange.ExportNames.documentsFolder(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
