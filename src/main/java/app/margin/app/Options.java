package app.margin.app;

import app.margin.model.MarginLink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line options.
 *
 * @param article an article file to open instead of the bundled one
 * @param dataDir the data folder given with --data-dir
 * @param smoke   start, wait for the first frame showing the article, print the time, and exit
 * @param help    print usage and exit
 * @param export  write the article's annotations to this file and exit, without a window
 * @param format     "md", "md-links", "json", "w3c", "anki" or "apkg" for --export; empty to go by the file's
 *                   extension
 * @param outline    print this file's outline and exit, without a window
 * @param importFile a file of annotations to merge into the library's, without a window, and exit
 * @param convert    a file to write as Margin JSON to {@code convertTo}, without a window, and exit
 * @param convertTo  where --convert writes: a file name ending in .json
 * @param link       a {@code margin://open?article=…&note=…} link to follow: open that article at that note
 */
public record Options(Optional<Path> article, Optional<Path> dataDir, boolean smoke, boolean help,
                      Optional<Path> export, Optional<String> format, Optional<Path> outline,
                      Optional<Path> importFile, Optional<Path> convert, Optional<Path> convertTo,
                      Optional<MarginLink> link) {

    public static final String USAGE = """
            Usage: margin [options] [FILE | LINK]
              FILE, --article FILE
                                open this file instead of the last one read (or the bundled article):
                                Margin article JSON (.json), Markdown (.md, .markdown), plain text (.txt, .text),
                                web pages saved from a browser (.html, .htm, .xhtml), EPUB books (.epub) and
                                PDF documents with text (.pdf).
                                If Margin is already open with the same data folder, the file opens there.
              LINK              a margin://open?article=…&note=… link (each note of a sheet exported with
                                --format md-links has one): open that library article at that note
              --data-dir DIR    keep notes and settings in DIR (default: $MARGIN_DATA_DIR, else on Linux
                                $XDG_DATA_HOME/margin or ~/.local/share/margin, on Windows %APPDATA%\\Margin,
                                on macOS ~/Library/Application Support/Margin)
              --smoke           exit once the first frame with the article is shown; print the time it took
              --export FILE     write the annotations of the article (--article, or the bundled one) to FILE
                                and exit without opening a window
              --format md|md-links|json|w3c|anki|apkg
                                for --export: a Markdown study sheet (md-links: each note links back
                                into Margin with a margin:// link), the full JSON export, W3C Web
                                Annotations (JSON-LD), or the article's study cards as a text file for
                                Anki's File > Import, or as an Anki package (.apkg) (default: by FILE's
                                extension, .jsonld for w3c, else md)
              --outline FILE    print the outline Margin shows for FILE, two spaces a level, and exit
              --convert FILE OUT.json
                                write FILE (any file Margin opens) as Margin article JSON to OUT.json and
                                exit without opening a window; nothing is written if FILE cannot be read
              --import FILE     merge the annotations in FILE into the library: Margin's JSON export or W3C
                                Web Annotations go to the article (--article, or the bundled one); Kindle's
                                My Clippings.txt, a KOReader sidecar or JSON export, calibre or Foliate
                                annotations go to the library articles whose titles match (or to
                                --article), placed by their words; prints the preview and what was added,
                                and exits without opening a window; nothing changes if FILE is refused
              --help            show this help""";

    /** Thrown for an option Margin does not know or one missing its value. */
    public static final class OptionsException extends Exception {
        public OptionsException(String message) {
            super(message);
        }
    }

    public static Options parse(List<String> args) throws OptionsException {
        Path article = null;
        Path dataDir = null;
        boolean smoke = false;
        boolean help = false;
        Path export = null;
        String format = null;
        Path outline = null;
        Path importFile = null;
        MarginLink link = null;
        Path convert = null;
        Path convertTo = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--article" -> {
                    article = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--data-dir" -> {
                    dataDir = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--export" -> {
                    export = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--import" -> {
                    importFile = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--format" -> {
                    format = valueOf(name, inline, args, i).toLowerCase(java.util.Locale.ROOT);
                    i += inline == null ? 1 : 0;
                    if (!List.of("md", "md-links", "json", "w3c", "anki", "apkg").contains(format)) {
                        throw new OptionsException("--format takes md, md-links, json, w3c, anki or apkg, not "
                                + format);
                    }
                }
                case "--outline" -> {
                    outline = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--convert" -> {
                    convert = Path.of(valueOf(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new OptionsException("--convert needs the file to read and the file to write: "
                                + "--convert FILE OUT.json");
                    }
                    convertTo = Path.of(args.get(++i));
                    String written = String.valueOf(convertTo.getFileName()).toLowerCase(java.util.Locale.ROOT);
                    if (!written.endsWith(".json") || written.equals(".json")) {
                        throw new OptionsException("--convert writes Margin article JSON: name the file to write "
                                + "with .json at the end, not " + convertTo);
                    }
                }
                case "--smoke" -> smoke = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("-") || article != null || link != null) {
                        throw new OptionsException(arg.startsWith("-") ? "Unknown option: " + arg
                                : "One file at a time: " + (article != null ? article : link.uri()) + " and " + arg);
                    }
                    if (MarginLink.looksLikeLink(arg)) {
                        // `margin margin://open?…`, as the desktop entry starts it for a link in a notes app.
                        link = MarginLink.parse(arg).orElseThrow(() -> new OptionsException("Not a link Margin"
                                + " opens: " + arg + " (it takes margin://open?article=…&note=…)"));
                    } else if (arg.regionMatches(true, 0, "file://", 0, 7)) {
                        // The desktop entry's %u gives a local file as a file: URL.
                        try {
                            article = Path.of(java.net.URI.create(arg));
                        } catch (IllegalArgumentException e) {
                            throw new OptionsException("Not a file Margin can open: " + arg);
                        }
                    } else {
                        // `margin FILE`, as a file manager's "Open with" and the desktop entry start it.
                        article = Path.of(arg);
                    }
                }
            }
        }
        if (format != null && export == null) {
            throw new OptionsException("--format goes with --export FILE");
        }
        if (importFile != null && export != null) {
            throw new OptionsException("--import and --export cannot be used together");
        }
        if (convert != null && (article != null || link != null || export != null || importFile != null
                || outline != null || smoke)) {
            throw new OptionsException("--convert FILE OUT.json goes alone: without another file, --export, "
                    + "--import, --outline or --smoke");
        }
        return new Options(Optional.ofNullable(article), Optional.ofNullable(dataDir), smoke, help,
                Optional.ofNullable(export), Optional.ofNullable(format), Optional.ofNullable(outline),
                Optional.ofNullable(importFile), Optional.ofNullable(convert), Optional.ofNullable(convertTo),
                Optional.ofNullable(link));
    }

    private static String valueOf(String name, String inline, List<String> args, int i) throws OptionsException {
        if (inline != null) {
            if (inline.isBlank()) {
                throw new OptionsException(name + " needs a value");
            }
            return inline;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new OptionsException(name + " needs a value");
        }
        return args.get(i + 1);
    }

    /** The data folder on this computer's system; see {@link #resolveDataDir(Map, Path, String)}. */
    public Path resolveDataDir(Map<String, String> env, Path home) {
        return resolveDataDir(env, home, System.getProperty("os.name", ""));
    }

    /**
     * The data folder: --data-dir, else $MARGIN_DATA_DIR, else the system's place for an application's data:
     * on Windows %APPDATA%\Margin, on macOS ~/Library/Application Support/Margin, elsewhere (Linux, BSD) the XDG
     * base directory $XDG_DATA_HOME/margin, else ~/.local/share/margin. Written here rather than taken from
     * dev.dirs:directories, which puts Windows data in %APPDATA%\Margin\data and macOS data under a bundle id,
     * not where these systems' users look; the three rules are each one line.
     */
    public Path resolveDataDir(Map<String, String> env, Path home, String osName) {
        if (dataDir.isPresent()) {
            return dataDir.get().toAbsolutePath();
        }
        String margin = env.get("MARGIN_DATA_DIR");
        if (margin != null && !margin.isBlank()) {
            return Path.of(margin).toAbsolutePath();
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Margin")
                    : home.resolve("AppData").resolve("Roaming").resolve("Margin");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Margin");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "margin");
        }
        return home.resolve(".local").resolve("share").resolve("margin");
    }
}
