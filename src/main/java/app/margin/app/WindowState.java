package app.margin.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The window's size, place and pane widths, the reading settings (theme, text size...) and where the last
 * article was left (so the first frame already shows it; the database keeps every article's place), kept in a
 * small text file beside the database. It is read before the window opens, which must not wait for the
 * database; losing it costs nothing but a resize and a theme.
 */
record WindowState(double x, double y, double width, double height, boolean maximized,
                   double outlineWidth, boolean panelShown, double panelWidth, Map<String, String> reading,
                   String lastArticle, String lastSection, int lastParagraph, int lastOffset) {

    static final String FILE = "window.properties";
    /** The smallest window in which the outline and a column of readable words both still fit. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;
    static final String READING_PREFIX = "reading.";
    static final WindowState DEFAULT =
            new WindowState(Double.NaN, Double.NaN, 1180, 780, false, 280, false, 340, Map.of(), null, null, -1, 0);

    WindowState {
        reading = Map.copyOf(reading);
    }

    static WindowState load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            double width = clamp(number(p, "width", DEFAULT.width), MIN_WIDTH, 10_000);
            // Pane widths are kept in pixels; files written before kept the dividers' fractions of the window.
            double outline = p.containsKey("outlineWidth") ? number(p, "outlineWidth", DEFAULT.outlineWidth)
                    : p.containsKey("outlineDivider")
                            ? clamp(number(p, "outlineDivider", 0.24), 0.05, 0.6) * width : DEFAULT.outlineWidth;
            double panel = p.containsKey("panelWidth") ? number(p, "panelWidth", DEFAULT.panelWidth)
                    : p.containsKey("panelDivider")
                            ? (1 - clamp(number(p, "panelDivider", 0.72), 0.3, 0.95)) * width : DEFAULT.panelWidth;
            return new WindowState(
                    number(p, "x", DEFAULT.x), number(p, "y", DEFAULT.y),
                    width,
                    clamp(number(p, "height", DEFAULT.height), MIN_HEIGHT, 10_000),
                    Boolean.parseBoolean(p.getProperty("maximized", "false")),
                    clamp(outline, 160, 520),
                    Boolean.parseBoolean(p.getProperty("panelShown", "false")),
                    clamp(panel, 240, 600),
                    readingSettings(p),
                    p.getProperty("lastArticle"),
                    p.getProperty("lastSection"),
                    (int) number(p, "lastParagraph", -1),
                    (int) Math.max(0, number(p, "lastOffset", 0)));
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    private static Map<String, String> readingSettings(Properties p) {
        Map<String, String> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(READING_PREFIX)) {
                out.put(key.substring(READING_PREFIX.length()), p.getProperty(key));
            }
        }
        return out;
    }

    void save(Path dataDir) throws IOException {
        Properties p = new Properties();
        reading.forEach((k, v) -> p.setProperty(READING_PREFIX + k, v));
        if (lastArticle != null) {
            p.setProperty("lastArticle", lastArticle);
        }
        if (lastSection != null) {
            p.setProperty("lastSection", lastSection);
            p.setProperty("lastParagraph", Integer.toString(lastParagraph));
            p.setProperty("lastOffset", Integer.toString(lastOffset));
        }
        p.setProperty("x", fmt(x));
        p.setProperty("y", fmt(y));
        p.setProperty("width", fmt(width));
        p.setProperty("height", fmt(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("outlineWidth", fmt(outlineWidth));
        p.setProperty("panelShown", Boolean.toString(panelShown));
        p.setProperty("panelWidth", fmt(panelWidth));
        Files.createDirectories(dataDir);
        app.margin.files.AtomicFiles.write(dataDir.resolve(FILE), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, "Margin window state");
            w.flush();
        });
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        double d = Double.parseDouble(v);
        return Double.isFinite(d) ? d : fallback;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
