package app.margin.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window for a person to look at, written only when the system property {@code margin.shots} names a
 * folder ({@code mvn test -Dmargin.shots=/some/folder}); otherwise nothing.
 */
final class Screenshots {

    private Screenshots() {}

    static void take(Node node, String name) throws Exception {
        String folder = System.getProperty("margin.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shot.set(node.getScene().snapshot(null)));
        WritableImage image = shot.get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path dir = Files.createDirectories(Path.of(folder));
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }
}
