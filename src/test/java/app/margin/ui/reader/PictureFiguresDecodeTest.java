package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Picture;
import app.margin.ui.queue.Background;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A figure's picture is decoded once, at the width it is shown: not first for the width of a paragraph not yet
 * laid out (a cell just made for Page Down has none), a decode thrown away as soon as its width arrives.
 */
class PictureFiguresDecodeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Picture chart() throws Exception {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(40, 100, 80, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new Picture("data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray()),
                "A chart", 640, 400);
    }

    @Test
    void aFigureMadeBeforeItsParagraphIsLaidOutIsDecodedOnceAtItsWidth() throws Exception {
        Picture picture = chart();
        AtomicInteger decodes = new AtomicInteger();
        Background background = new Background(task -> {
            decodes.incrementAndGet();
            task.run();
        }, Runnable::run);
        PictureFigures figures = new PictureFigures(background, () -> null);
        TextFlow[] flow = new TextFlow[1];

        WaitForAsyncUtils.asyncFx(() -> {
            flow[0] = new TextFlow(); // as a new cell's paragraph: no width yet
            figures.show(flow[0], picture);
        }).get();
        WaitForAsyncUtils.asyncFx(() -> flow[0].resize(700, 500)).get(); // laid out
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(decodes).hasValue(1);
        StackPane frame = (StackPane) flow[0].getChildren().get(0);
        assertThat(frame.getWidth()).isEqualTo(640);
        assertThat(frame.getChildren()).singleElement()
                .isInstanceOf(javafx.scene.image.ImageView.class); // the picture, not a placeholder
    }
}
