package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An SVG drawing's size comes from its root element, so the page reserves its room as for any picture. */
class SvgSizesTest {

    static int[] size(String svg) throws Exception {
        return PictureFiles.size(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void widthAndHeightInPixelsOrUnits() throws Exception {
        assertThat(size("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"150px\"/>"))
                .containsExactly(300, 150);
        assertThat(size("<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<svg width='72pt' height='1in'></svg>"))
                .containsExactly(96, 96);
        assertThat(size("<svg width=\"25.4mm\" height=\"2.54cm\"/>")).containsExactly(96, 96);
    }

    @Test
    void theViewBoxGivesWhatTheWidthAndHeightLeaveOut() throws Exception {
        assertThat(size("<svg viewBox=\"0 0 400 100\"/>")).containsExactly(400, 100);
        assertThat(size("<svg width=\"200\" viewBox=\"0,0,400,100\"/>")).containsExactly(200, 50);
        assertThat(size("<svg height=\"50\" viewBox=\"0 0 400 100\"/>")).containsExactly(200, 50);
        assertThat(size("<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 640 480\"/>")).containsExactly(640, 480);
    }

    @Test
    void aDrawingThatSaysNothingHasNoSize() throws Exception {
        assertThat(size("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>")).isNull();
        assertThat(size("<svg width=\"100%\" height=\"50%\"/>")).isNull();
        assertThat(size("<svg width=\"1e9\" height=\"1e9\"/>")).isNull();
        assertThat(size("<svg viewBox=\"0 0 -4 x\"/>")).isNull();
    }
}
