package app.margin.article;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.LinkMaker;
import app.margin.article.pdf.PdfMaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;

/**
 * A real PDF (with links to named places, pages and the web) damaged at random (bytes overwritten, the file cut
 * short): opening it gives an article or an {@link ArticleException}, never another exception, and never takes longer
 * than the bad-input limit.
 */
class PdfFuzzTest {
    private static Path dir;
    private static byte[] pdf;

    private final ArticleImporter importer = new ArticleImporter();

    @BeforeContainer
    static void fixture() throws IOException {
        dir = Files.createTempDirectory("margin-pdf-fuzz");
        Path file = dir.resolve("fixture.pdf");
        try (PdfMaker maker = new PdfMaker()) {
            for (int n = 1; n <= 2; n++) {
                PdfMaker.Page page = maker.page();
                page.line(72, 50, TIMES, 8, "Journal of Damaged Files");
                page.line(72, 90, TIMES_BOLD, 12, n + " Section");
                page.paragraph(72, 110, 215, TIMES, 10, 12, 0, PdfImporterTest.ONE);
                page.paragraph(308, 110, 215, TIMES, 10, 12, 15, PdfImporterTest.TWO);
                page.line(290, 800, TIMES, 9, Integer.toString(n));
                // The document's own links too, so damage reaches them: to a named place, to a page, to the web.
                org.apache.pdfbox.pdmodel.common.PDRectangle area = LinkMaker.over(72, 90, TIMES_BOLD, 12,
                        n + " Section", "Section");
                LinkMaker.link(page, area, LinkMaker.goTo(new PDNamedDestination("section." + (3 - n))));
                LinkMaker.link(page, LinkMaker.over(72, 50, TIMES, 8, "Journal of Damaged Files", "Journal"),
                        LinkMaker.goTo(LinkMaker.at(maker.document.getPage(0), 110)));
                LinkMaker.link(page, LinkMaker.over(72, 50, TIMES, 8, "Journal of Damaged Files", "Files"), web());
            }
            COSDictionary leaf = new COSDictionary();
            COSArray names = new COSArray();
            for (int n = 1; n <= 2; n++) {
                names.add(new COSString("section." + n));
                names.add(LinkMaker.at(maker.document.getPage(n - 1), 90).getCOSObject());
            }
            leaf.setItem(COSName.NAMES, names);
            COSDictionary dests = new COSDictionary();
            dests.setItem(COSName.DESTS, leaf);
            LinkMaker.catalog(maker).setItem(COSName.NAMES, dests);
            maker.save(file);
        }
        pdf = Files.readAllBytes(file);
    }

    private static PDActionURI web() {
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://example.org/journal");
        return uri;
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void aDamagedPdfOpensOrIsRefused(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 100_000) Integer> at,
                                     @ForAll @Size(min = 1, max = 8) byte[] with,
                                     @ForAll @IntRange(min = 10, max = 100) int keepPercent) {
        byte[] damaged = java.util.Arrays.copyOf(pdf, Math.max(16, pdf.length * keepPercent / 100));
        for (int i = 0; i < at.size(); i++) {
            damaged[at.get(i) % damaged.length] = with[i % with.length];
        }
        Path file = dir.resolve("damaged.pdf");
        long start = System.nanoTime();
        try {
            Files.write(file, damaged);
            importer.open(file);
        } catch (ArticleException expected) {
            assertThat(expected.userMessage()).startsWith("damaged.pdf: ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
