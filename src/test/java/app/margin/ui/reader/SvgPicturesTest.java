package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.article.PictureFiles.PictureException;
import app.margin.model.Picture;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** SVG pictures are drawn by JSVG at the shown size, and a hostile SVG reads nothing but its own bytes. */
class SvgPicturesTest {
    static final String RED = "<rect x=\"0\" y=\"0\" width=\"100\" height=\"50\" fill=\"#ff0000\"/>";

    @TempDir
    Path dir;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // an Image needs the toolkit
    }

    @BeforeEach
    void listen() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = png(Color.GREEN);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "viewBox=\"0 0 100 50\" width=\"100\" height=\"50\">" + body + "</svg>";
    }

    static Picture data(String svg) {
        return new Picture("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), "drawing", 100, 50);
    }

    static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 100, 50);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The colour at a point of the image, as 0xAARRGGBB. */
    static int argb(Image image, int x, int y) {
        return image.getPixelReader().getArgb(x, y);
    }

    @Test
    void anSvgIsDrawnAtTheShownSize() throws Exception {
        Image image = PictureFigures.decode(null, data(svg(RED)), 200, 100);
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(argb(image, 100, 50)).isEqualTo(0xffff0000);
    }

    @Test
    void anSvgBesideThePageIsKnownByItsNameOrByItsMarkup() throws Exception {
        Files.writeString(dir.resolve("figure.svg"), "<?xml version=\"1.0\"?>\n" + svg(RED));
        Files.writeString(dir.resolve("figure"), "\n  " + svg(RED));
        Files.write(dir.resolve("misnamed.svg"), png(Color.BLUE));
        assertThat(argb(PictureFigures.decode(dir.toString(), new Picture("figure.svg", "", 100, 50), 100, 50), 50, 25))
                .isEqualTo(0xffff0000);
        assertThat(argb(PictureFigures.decode(dir.toString(), new Picture("figure", "", 100, 50), 100, 50), 50, 25))
                .isEqualTo(0xffff0000);
        assertThat(argb(PictureFigures.decode(dir.toString(), new Picture("misnamed.svg", "", 100, 50), 100, 50), 50,
                25)).as("a PNG named .svg is a PNG").isEqualTo(0xff0000ff);
        assertThat(app.margin.article.PictureFiles.isSvg("a.png", png(Color.RED))).isFalse();
    }

    @Test
    void openedLargeAnSvgIsDrawnAtItsOwnSizeBounded() throws Exception {
        Image own = PictureFigures.decode(null, data(svg(RED)), 0, 0);
        assertThat(own.getWidth()).isEqualTo(100);
        assertThat(own.getHeight()).isEqualTo(50);
        Image huge = PictureFigures.decode(null, data(svg(RED).replace("width=\"100\" height=\"50\"",
                "width=\"100000\" height=\"50000\"")), 0, 0);
        assertThat(huge.getWidth()).isEqualTo(app.margin.article.SvgDrawings.MAX_SIDE);
        assertThat(huge.getHeight()).isEqualTo(app.margin.article.SvgDrawings.MAX_SIDE / 2);
    }

    @Test
    void externalPicturesUsesStylesAndDtdsAreNeverFetched() throws Exception {
        String hostile = "<!DOCTYPE svg SYSTEM \"" + url("/dtd") + "\">\n" + svg(RED
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" href=\"" + url("/image.png") + "\"/>"
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" xlink:href=\"" + url("/xlink.png") + "\"/>"
                + "<use href=\"" + url("/other.svg#a") + "\"/>"
                + "<style>@import url(" + url("/style.css") + "); rect { fill: url(" + url("/paint") + "); }</style>"
                + "<script>fetch('" + url("/script") + "')</script>");
        Image image = PictureFigures.decode(null, data(hostile), 100, 50);
        assertThat(requests.get()).as("requests to the network").isZero();
        assertThat(argb(image, 50, 25)).as("no green picture from the server").isNotEqualTo(0xff00ff00);
    }

    @Test
    void aFileOutsideOrBesideTheDrawingIsNeverDrawnIntoIt() throws Exception {
        Path secret = dir.resolve("secret.png");
        Files.write(secret, png(Color.GREEN));
        Files.writeString(dir.resolve("figure.svg"), svg(RED
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" href=\"" + secret.toUri() + "\"/>"
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" href=\"secret.png\"/>"
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" href=\"/etc/passwd\"/>"));
        Image image = PictureFigures.decode(dir.toString(), new Picture("figure.svg", "", 100, 50), 100, 50);
        assertThat(argb(image, 50, 25)).isEqualTo(0xffff0000);
    }

    @Test
    void aPictureEmbeddedInTheDrawingIsDrawn() throws Exception {
        String green = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(Color.GREEN));
        Image image = PictureFigures.decode(null, data(svg(RED
                + "<image x=\"0\" y=\"0\" width=\"100\" height=\"50\" href=\"" + green + "\"/>")), 100, 50);
        assertThat(argb(image, 50, 25)).isEqualTo(0xff00ff00);
    }

    @Test
    void entityExpansionAndInternalDtdsAreRefusedBeforeParsing() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + svg("<text>&c;</text>");
        String external = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + svg("<text>&x;</text>");
        String parameter = "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"" + url("/p.dtd") + "\"> %p;]>" + svg(RED);
        String subset = "<!DOCTYPE svg [<!ATTLIST svg a CDATA \"x\">]>" + svg(RED);
        for (String svg : List.of(laughs, external, parameter)) {
            assertThatThrownBy(() -> PictureFigures.decode(null, data(svg), 100, 50))
                    .isInstanceOf(PictureException.class).hasMessageContaining("entities");
        }
        assertThatThrownBy(() -> PictureFigures.decode(null, data(subset), 100, 50))
                .isInstanceOf(PictureException.class).hasMessageContaining("its own DTD");
        assertThat(requests.get()).isZero();
    }

    @Test
    void damagedCompressedWideAndDeepDrawingsSaySoWithoutHanging() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(svg(RED).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("drawing.svgz"), gz.toByteArray());
        assertThatThrownBy(() -> PictureFigures.decode(dir.toString(), new Picture("drawing.svgz", "", 0, 0), 100, 50))
                .isInstanceOf(PictureException.class).hasMessageContaining("svgz");

        Files.write(dir.resolve("utf16.svg"), ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + svg(RED))
                .getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> PictureFigures.decode(dir.toString(), new Picture("utf16.svg", "", 0, 0), 100, 50))
                .isInstanceOf(PictureException.class).hasMessageContaining("UTF-16");

        assertThatThrownBy(() -> PictureFigures.decode(null, data(svg(RED).substring(0, 60)), 100, 50))
                .isInstanceOf(PictureException.class).hasMessageContaining("damaged");

        String deep = svg("<g>".repeat(20_000) + RED + "</g>".repeat(20_000));
        long start = System.nanoTime();
        try {
            PictureFigures.decode(null, data(deep), 100, 50); // drawn within JSVG's nesting limit, or refused
        } catch (PictureException e) {
            assertThat(e).hasMessageContaining("damaged");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            many.append("<use href=\"#r\"/>");
        }
        String uses = svg("<defs><rect id=\"r\" width=\"1\" height=\"1\"/></defs>" + many);
        start = System.nanoTime();
        try {
            PictureFigures.decode(null, data(uses), 100, 50);
        } catch (PictureException e) {
            assertThat(e).hasMessageContaining("damaged");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }
}
