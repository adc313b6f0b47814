package app.margin.exchange;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the PDF study sheet of the bundled article with {@link StudyNotes} and renders its first page with
 * PDFBox's renderer to {@code docs/screenshots/pdf-first-page.png}. Run from the project folder with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.exchange.PdfSheetExample [pdf]}.
 */
public final class PdfSheetExample {

    private PdfSheetExample() {}

    public static void main(String[] args) throws Exception {
        Path pdf = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("margin-sheet", ".pdf");
        PdfStudySheet.write(pdf, PdfStudySheetTest.sheet(), null, SheetFonts.reading());
        Path png = Path.of("docs", "screenshots", "pdf-first-page.png");
        Files.createDirectories(png.getParent());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            ImageIO.write(page, "png", png.toFile());
        }
        System.out.println("Wrote " + pdf + " and " + png.toAbsolutePath());
    }
}
