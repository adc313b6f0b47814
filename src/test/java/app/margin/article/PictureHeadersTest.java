package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A picture's size from its header, without ImageIO, is the size ImageIO reads. */
class PictureHeadersTest {

    @ParameterizedTest
    @CsvSource({"png, 1, 1", "png, 640, 400", "jpg, 33, 517", "jpg, 1200, 90", "gif, 70, 12", "bmp, 31, 45"})
    void theHeaderSaysWhatImageIoSays(String format, int width, int height) throws Exception {
        byte[] file = written(format, width, height);

        int[] quick = PictureHeaders.size(new ByteArrayInputStream(file));

        assertThat(quick).containsExactly(width, height);
        assertThat(PictureFiles.size(file)).containsExactly(width, height);
    }

    @ParameterizedTest
    @CsvSource({"png, 20", "png, 4", "jpg, 12", "gif, 7", "bmp, 20"})
    void aCutHeaderSaysNothing(String format, int kept) throws Exception {
        byte[] cut = Arrays.copyOf(written(format, 40, 30), kept);

        assertThat(PictureHeaders.size(new ByteArrayInputStream(cut))).isNull();
    }

    @ParameterizedTest
    @CsvSource({"not a picture at all", "RIFF0000WEBPVP8 0000000000000000"})
    void otherFormatsAreLeftToImageIo(String text) throws Exception {
        assertThat(PictureHeaders.size(new ByteArrayInputStream(text.getBytes()))).isNull();
    }

    private static byte[] written(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
