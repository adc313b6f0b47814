package app.margin.ui.reader;

import app.margin.model.Picture;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.application.Platform;

/**
 * Run in a JVM of its own by {@link SvgLazyLoadTest}: shows a PNG picture, says whether JSVG has loaded, then draws
 * an SVG twice and prints what the first drawing cost (loading JSVG and its parser) and what the second did.
 * Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED} to ask the class loader what it has loaded.
 */
public final class SvgFirstUse {
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 200\" width=\"300\" "
            + "height=\"200\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#2a5db0\"/>"
            + "<stop offset=\"1\" stop-color=\"#f1f0ec\"/></linearGradient></defs>"
            + "<rect width=\"300\" height=\"200\" fill=\"url(#g)\"/><circle cx=\"150\" cy=\"100\" r=\"60\" "
            + "fill=\"none\" stroke=\"#222\" stroke-width=\"4\"/><path d=\"M10 190 C 80 20, 220 20, 290 190\" "
            + "fill=\"none\" stroke=\"#b00\"/><text x=\"20\" y=\"30\" font-size=\"18\">Figure %d</text></svg>";
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private SvgFirstUse() {}

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        PictureFigures.decode(null, new Picture("data:image/png;base64," + PNG, "", 1, 1), 1, 1);
        boolean before = loaded("com.github.weisj.jsvg.SVGDocument") || loaded("app.margin.article.SvgDrawings")
                || loaded("app.margin.ui.reader.SvgPictures");
        long t0 = System.nanoTime();
        PictureFigures.decode(null, svg(1), 600, 400);
        long t1 = System.nanoTime();
        PictureFigures.decode(null, svg(2), 600, 400);
        long t2 = System.nanoTime();
        boolean after = loaded("com.github.weisj.jsvg.SVGDocument");
        System.out.printf(java.util.Locale.ROOT, "jsvg-before=%b jsvg-after=%b first-ms=%.1f second-ms=%.1f%n",
                before, after, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        Platform.exit();
        System.exit(0);
    }

    static Picture svg(int n) {
        return new Picture("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                String.format(SVG, n).getBytes(StandardCharsets.UTF_8)), "", 300, 200);
    }

    static boolean loaded(String name) throws Exception {
        Method find = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
        find.setAccessible(true);
        return find.invoke(SvgFirstUse.class.getClassLoader(), name) != null;
    }
}
