package app.margin.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Screenshots for a reviewer, taken by flow tests only when {@code -Dmargin.shots=FOLDER} is given: a window with
 * the popups showing over it, as the reader sees them, written as PNG. Call on the FX thread.
 */
public final class Shots {

    private Shots() {
    }

    public static boolean on() {
        return System.getProperty("margin.shots") != null;
    }

    /** Writes {@code scene}'s window, with every showing popup window drawn where it is, to {@code name}.png. */
    public static void save(Scene scene, String name) {
        if (!on()) {
            return;
        }
        Window main = scene.getWindow();
        double ox = main.getX() + scene.getX();
        double oy = main.getY() + scene.getY();
        BufferedImage out = toBuffered(scene.snapshot(null));
        java.awt.Graphics2D g = out.createGraphics();
        for (Window w : Window.getWindows()) {
            if (w != main && w.isShowing() && w instanceof javafx.stage.PopupWindow && w.getScene() != null) {
                javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
                clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                g.drawImage(toBuffered(w.getScene().getRoot().snapshot(clear, null)), (int) Math.round(w.getX() - ox),
                        (int) Math.round(w.getY() - oy), null);
            }
        }
        g.dispose();
        write(out, name);
    }

    /** As {@link #save}, with another window of the app (a viewer over the page) drawn where it is. */
    public static void saveWith(Scene scene, Window other, String name) {
        if (!on()) {
            return;
        }
        Window main = scene.getWindow();
        BufferedImage out = toBuffered(scene.snapshot(null));
        java.awt.Graphics2D g = out.createGraphics();
        Scene top = other.getScene();
        int x = (int) Math.round(other.getX() + top.getX() - main.getX() - scene.getX());
        int y = (int) Math.round(other.getY() + top.getY() - main.getY() - scene.getY());
        g.drawImage(toBuffered(top.snapshot(null)), x, y, null);
        g.setColor(java.awt.Color.GRAY); // the window's edge, which a snapshot of its scene does not draw
        g.drawRect(x - 1, y - 1, (int) top.getWidth() + 1, (int) top.getHeight() + 1);
        g.dispose();
        write(out, name);
    }

    private static void write(BufferedImage image, String name) {
        try {
            Path dir = Path.of(System.getProperty("margin.shots"));
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return b;
    }
}
