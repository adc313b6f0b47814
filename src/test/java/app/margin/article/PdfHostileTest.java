package app.margin.article;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad PDFs: each ends in a plain message (or opens with what can be read), never in a hang over 5 s. */
class PdfHostileTest {
    static final Duration LIMIT = Duration.ofSeconds(5);
    static final String WORDS = "A reflowing reader sets the same words in one column at the size the reader chose.";

    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                new ArticleImporter().importFile(file);
            } catch (ArticleException e) {
                return e.userMessage();
            }
            throw new AssertionError("opened " + file);
        });
    }

    private Imported opened(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> new ArticleImporter().open(file));
    }

    private Path simple(String name, int pages) {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < pages; i++) {
                pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, WORDS);
            }
            pdf.save(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void aPdfWithoutATextLayerOpensAsPagePicturesAndSaysSo() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < 2; i++) {
                PdfMaker.Page page = pdf.page();
                page.out.addRect(72, 72, 300, 400);
                page.out.fill();
            }
            pdf.save(file);
        }

        Imported opened = opened(file);

        assertThat(opened.remark()).contains("This PDF has no text layer (a scanned document?): its pages are shown"
                + " as pictures, and its text cannot be selected or searched yet.");
        Article article = opened.article();
        assertThat(article.pictureBase()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(article.lead()).containsExactly("Page 1", "Page 2");
        app.margin.model.ParagraphForm second = article.leadForm(1);
        assertThat(second.role()).isEqualTo(app.margin.model.ParagraphForm.Role.FIGURE);
        assertThat(second.page()).isEqualTo("2");
        app.margin.model.Picture picture = second.picture();
        assertThat(picture.source()).isEqualTo("pdf-page:2");
        assertThat(picture.alt()).isEqualTo("Page 2");
        assertThat(picture.width()).isEqualTo(Math.round(PdfMaker.WIDTH * 96 / 72));
        assertThat(picture.height()).isEqualTo(Math.round(PdfMaker.HEIGHT * 96 / 72));

        byte[] png = PictureFiles.read(article.pictureBase(), picture);
        int[] size = PictureFiles.size(png);
        assertThat(size[0]).isBetween(picture.width(), 2 * picture.width()); // drawn sharp, within the bound
        assertThat((long) size[0] * size[1]).isLessThanOrEqualTo(app.margin.article.pdf.PageDrawing.MAX_PIXELS);
    }

    @Test
    void aScannedPdfsPagePictureOfAPageItLacksIsRefusedPlainly() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().out.addRect(72, 72, 300, 400);
            pdf.save(file);
        }
        String base = file.toAbsolutePath().toString();

        assertThatThrownBy(() -> PictureFiles.read(base, new app.margin.model.Picture("pdf-page:7", "", 0, 0)))
                .hasMessage("the document has no page 7");
        assertThatThrownBy(() -> PictureFiles.read(base, new app.margin.model.Picture("pdf-page:x", "", 0, 0)))
                .hasMessage("not a page of the document: pdf-page:x");
    }

    @Test
    void aPdfCutShortOpensWhatCanBeReadOrSaysItIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(simple("whole.pdf", 3));
        for (int keep : new int[] {12, whole.length / 4, whole.length / 2, whole.length - 40}) {
            Path cut = Files.write(dir.resolve("cut-" + keep + ".pdf"), Arrays.copyOf(whole, keep));
            String outcome = assertTimeoutPreemptively(LIMIT, () -> {
                try {
                    Article article = new ArticleImporter().importFile(cut);
                    return article.lead().toString();
                } catch (ArticleException e) {
                    return e.userMessage();
                }
            });
            assertThat(outcome).as("cut at %d of %d bytes", keep, whole.length)
                    .satisfiesAnyOf(o -> assertThat(o).contains(WORDS),
                            o -> assertThat(o).startsWith("cut-" + keep + ".pdf: it ")
                                    .containsAnyOf("damaged", "no text layer", "no pages"));
        }
    }

    @Test
    void garbageAfterTheHeaderIsDamaged() throws Exception {
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, noise, 0, head.length);
        Path file = Files.write(dir.resolve("noise.pdf"), noise);

        assertThat(refusal(file)).isEqualTo("noise.pdf: it is damaged or not a PDF, and its text cannot be read");
    }

    @Test
    void anXrefThatPointsAtItselfDoesNotLoop() throws Exception {
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length 58 >> stream\nBT /F1 12 Tf 72 700 Td (Loops are read once only.) Tj ET\n"
                + "endstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> endobj\n";
        int xref = body.length();
        String pdf = body + "xref\n0 1\n0000000000 65535 f \ntrailer << /Size 6 /Root 1 0 R /Prev " + xref
                + " >>\nstartxref\n" + xref + "\n%%EOF\n";
        Path file = Files.writeString(dir.resolve("loop.pdf"), pdf, StandardCharsets.ISO_8859_1);

        String outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                return new ArticleImporter().importFile(file).lead().toString();
            } catch (ArticleException e) {
                return e.userMessage();
            }
        });
        assertThat(outcome).satisfiesAnyOf(o -> assertThat(o).contains("Loops are read once only."),
                o -> assertThat(o).startsWith("loop.pdf: it is damaged"));
    }

    @Test
    void tenThousandPagesStreamTheirBeginningAndFinishInTime() throws Exception {
        Path file = dir.resolve("long.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 1; i <= 10_000; i++) {
                pdf.page().line(72, 100, TIMES, 10, "Page " + i + " of the long one, with a few words on it.");
            }
            pdf.save(file);
        }
        AtomicReference<Article> beginning = new AtomicReference<>();
        long start = System.nanoTime();
        long[] beginningAfter = new long[1];

        // About 4 s here for the whole; the limit leaves room for a machine shared with other work.
        Article whole = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new ArticleImporter().open(file, first -> {
                    beginningAfter[0] = System.nanoTime() - start;
                    beginning.set(first);
                }).article());

        assertThat(beginning.get().lead()).hasSize(16);
        assertThat(Duration.ofNanos(beginningAfter[0])).isLessThan(Duration.ofSeconds(2));
        assertThat(whole.lead()).hasSize(10_000);
        assertThat(whole.lead().get(9_999)).isEqualTo("Page 10000 of the long one, with a few words on it.");
    }

    @Test
    void tenThousandScannedPagesOpenAsPicturesInTime() throws Exception {
        Path file = dir.resolve("long-scan.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 1; i <= 10_000; i++) {
                PdfMaker.Page page = pdf.page();
                page.out.addRect(72, 72, 100, 100);
                page.out.fill();
            }
            pdf.save(file);
        }

        Article whole = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new ArticleImporter().open(file).article());

        assertThat(whole.lead()).hasSize(10_000).endsWith("Page 10000");
        assertThat(whole.leadForm(9_999).picture().source()).isEqualTo("pdf-page:10000");
    }

    @Test
    void aPageWithAHundredThousandGlyphsIsLeftOutWithARemark() throws Exception {
        Path file = dir.resolve("dense.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, WORDS);
            PdfMaker.Page dense = pdf.page();
            dense.out.beginText();
            dense.out.setFont(TIMES, 1);
            dense.out.newLineAtOffset(10, 830);
            String row = "x".repeat(500);
            for (int i = 0; i < 200; i++) {
                dense.out.showText(row);
                dense.out.newLineAtOffset(0, -4);
            }
            dense.out.endText();
            pdf.save(file);
        }

        Imported imported = opened(file);

        assertThat(imported.article().lead()).containsExactly(WORDS);
        assertThat(imported.remark()).hasValue("Page 2 holds too much text to lay out and it is left out.");
    }

    @Test
    void aFontWithoutAUnicodeMapIsSaidToBeUnreadableNotShownAsGarbage() throws Exception {
        // A font whose encoding names its glyphs with names of its own and that has no ToUnicode map: the codes
        // say nothing about the letters, as with some producers' subset fonts.
        String differences = IntStream.rangeClosed(32, 126).mapToObj(c -> "/q" + c).collect(Collectors.joining(" "));
        String content = "BT /F1 12 Tf 72 700 Td (Words that no one can read back) Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding"
                + " /Differences [32 " + differences + "] >> >> endobj\n";
        Path file = Files.writeString(dir.resolve("nomap.pdf"), body + "trailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);

        assertThat(refusal(file)).isEqualTo("nomap.pdf: its fonts do not say which letters their glyphs are (they"
                + " have no Unicode map), so its text cannot be read");
    }

    /** A one-page PDF written out by hand: its text "Links are looked at, never followed.", and {@code more}. */
    private Path handWritten(String name, String annots, String catalog, String... more) throws Exception {
        String content = "BT /F1 12 Tf 72 700 Td (Links are looked at, never followed.) Tj ET";
        StringBuilder body = new StringBuilder("%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R " + catalog + " >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> /Annots " + annots + " >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> endobj\n");
        for (String object : more) {
            body.append(object).append('\n');
        }
        return Files.writeString(dir.resolve(name), body + "trailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
    }

    @Test
    void aNameTreeOfDestinationsThatLoopsEndsInTime() throws Exception {
        // Each node of the tree names itself as its kids fifty times over: walked naively, 50^32 visits.
        String kids = " 6 0 R".repeat(50);
        Path file = handWritten("names.pdf", "[7 0 R]", "/Names << /Dests 6 0 R >> /Dests 8 0 R",
                "6 0 obj << /Kids [" + kids + " ] >> endobj",
                "7 0 obj << /Subtype /Link /Rect [70 690 300 715] /A << /S /GoTo /D (nowhere) >> >> endobj",
                "8 0 obj << /nowhere 8 0 R >> endobj");

        Article article = opened(file).article();

        assertThat(article.lead()).containsExactly("Links are looked at, never followed.");
        assertThat(article.leadForm(0).spans()).isEmpty();
    }

    @Test
    void aHundredThousandLinksOnAPageOpenInTime() throws Exception {
        StringBuilder annots = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            int x = 70 + i % 230;
            annots.append("<< /Subtype /Link /Rect [").append(x).append(" 690 ").append(x + 3)
                    .append(" 715] /A << /S /URI /URI (https://example.org/").append(i).append(") >> >>\n");
        }
        Path file = handWritten("links.pdf", annots.append("]").toString(), "");

        Article article = opened(file).article();

        assertThat(article.lead()).containsExactly("Links are looked at, never followed.");
        assertThat(article.leadForm(0).spans()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.target()).startsWith("https://example.org/"));
    }

    @Test
    void linksThatLeadNowhereOrToDamagedPlacesAreNoLinks() throws Exception {
        Path file = handWritten("nowhere.pdf", "[6 0 R 7 0 R 8 0 R 9 0 R 10 0 R 11 0 R]", "",
                "6 0 obj << /Subtype /Link /Rect [70 690 120 715] /Dest [99 /Fit] >> endobj",
                "7 0 obj << /Subtype /Link /Rect [120 690 170 715] /Dest [4 0 R /XYZ null null null] >> endobj",
                "8 0 obj << /Subtype /Link /Rect [170 690 220 715] /Dest [] >> endobj",
                "9 0 obj << /Subtype /Link /Rect [220 690 270 715] /A << /S /GoTo /D 9 0 R >> >> endobj",
                "10 0 obj << /Subtype /Link /Rect [0 0 0 0] /A << /S /URI /URI (https://example.org/) >> >> endobj",
                "11 0 obj << /Subtype /Link /Rect [270 690 (x) 715] /A << /S /URI /URI (https://example.org/) >> >>"
                        + " endobj");

        Article article = opened(file).article();

        assertThat(article.lead()).containsExactly("Links are looked at, never followed.");
        assertThat(article.leadForm(0).spans()).isEmpty();
    }

    @Test
    void aDecompressionBombEndsInAMessageInTime() throws Exception {
        Path file = dir.resolve("bomb.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDPage page = pdf.page().page;
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new java.util.zip.Deflater(9))) {
                for (int i = 0; i < 256; i++) {
                    out.write(spaces); // 256 MiB of spaces, a quarter of a megabyte packed
                }
            }
            COSStream stream = pdf.document.getDocument().createCOSStream();
            try (var raw = stream.createRawOutputStream()) {
                raw.write(packed.toByteArray());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            pdf.save(file);
        }

        assertThat(refusal(file)).isEqualTo(
                "bomb.pdf: its page could not be read: it is damaged, or unpacks to too much to read");
        // Nor is the page drawn, as a page picture or the original page: counted and refused in time.
        String base = file.toAbsolutePath().toString();
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> PictureFiles.read(base,
                new app.margin.model.Picture("pdf-page:1", "", 0, 0))).hasMessage(
                "page 1 of the PDF could not be drawn: it is damaged, or unpacks to too much to draw"));
    }
}
