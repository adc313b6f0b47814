package app.margin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The font files a printed study sheet is set in: the reading pane's font ("Serif", which JavaFX takes from the
 * system: fontconfig's serif on Linux, Times New Roman on Windows and macOS) where it is a TrueType file a PDF can
 * embed, else Liberation Serif, bundled in the jar (SIL Open Font License 1.1, see fonts/LICENSE-LiberationSerif.txt).
 */
public final class SheetFonts {

    /** The faces the sheet uses. */
    public enum Face {
        REGULAR("LiberationSerif-Regular.ttf", "serif:style=Regular", "times.ttf", "Times New Roman.ttf"),
        ITALIC("LiberationSerif-Italic.ttf", "serif:style=Italic", "timesi.ttf", "Times New Roman Italic.ttf"),
        BOLD("LiberationSerif-Bold.ttf", "serif:style=Bold", "timesbd.ttf", "Times New Roman Bold.ttf"),
        /** Code, from the system only (none is bundled): where it has no monospace TrueType face, code is set in
         * the serif. */
        MONO(null, "monospace:style=Regular", "cour.ttf", "Courier New.ttf");

        final String bundled;
        final String fontconfig;
        final String windows;
        final String mac;

        Face(String bundled, String fontconfig, String windows, String mac) {
            this.bundled = bundled;
            this.fontconfig = fontconfig;
            this.windows = windows;
            this.mac = mac;
        }
    }

    /** Where a face comes from: a system file, or the bundled copy when {@code file} is empty. */
    public record Source(Face face, Optional<Path> file) {
        public InputStream open() throws IOException {
            if (file.isPresent()) {
                return Files.newInputStream(file.get());
            }
            InputStream in = SheetFonts.class.getResourceAsStream("/fonts/" + face.bundled);
            if (in == null) {
                throw new IOException("the bundled font " + face.bundled + " is missing");
            }
            return in;
        }

        /** The file's name, for messages and tests. */
        public String name() {
            return file.map(f -> f.getFileName().toString()).orElse(face.bundled);
        }
    }

    private SheetFonts() {}

    /**
     * The reading font's faces where the system has them as TrueType, else the bundled ones; and the system's
     * monospace face for code, when it has one as TrueType.
     */
    public static Map<Face, Source> reading() {
        Map<Face, Source> out = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Optional<Path> file = system(face).filter(SheetFonts::isTrueType);
            if (face.bundled != null || file.isPresent()) {
                out.put(face, new Source(face, file));
            }
        }
        return out;
    }

    /** The bundled faces only (no monospace face: code is set in the serif). */
    public static Map<Face, Source> bundled() {
        Map<Face, Source> out = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            if (face.bundled != null) {
                out.put(face, new Source(face, Optional.empty()));
            }
        }
        return out;
    }

    private static Optional<Path> system(Face face) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return existing(Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts", face.windows));
        }
        if (os.contains("mac")) {
            return existing(Path.of("/System/Library/Fonts/Supplemental", face.mac))
                    .or(() -> existing(Path.of("/Library/Fonts", face.mac)));
        }
        return fontconfig(face.fontconfig);
    }

    /** Asks fontconfig which file it gives for a pattern, as JavaFX does for "Serif". */
    private static Optional<Path> fontconfig(String pattern) {
        try {
            Process p = new ProcessBuilder(List.of("fc-match", "-f", "%{file}", pattern))
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readNBytes(4096);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return Optional.empty();
            }
            String file = new String(out, StandardCharsets.UTF_8).strip();
            return file.isEmpty() ? Optional.empty() : existing(Path.of(file));
        } catch (IOException e) {
            return Optional.empty(); // no fontconfig: the bundled face
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> existing(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** A TrueType outline file (not a CFF OpenType or Type 1 font, which a PDF writer here cannot embed). */
    static boolean isTrueType(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0)
                    || new String(head, StandardCharsets.US_ASCII).equals("true"));
        } catch (IOException e) {
            return false;
        }
    }
}
