package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide deck's bullets drawn as small shapes start list items, and its frame titles are its outline: under its
 * bookmarks when it has some, a continued frame's title once.
 */
class PdfFrameTitlesTest {
    private static final PDRectangle SLIDE = new PDRectangle(453.5f, 255f);
    private static final Path TUDA = Path.of("/usr/share/doc/texlive-doc/latex/tuda-ci/DEMO-TUDaBeamer.pdf");

    @TempDir
    Path dir;

    /** A slide: its title in bold at the top, then its lines, each after a drawn square when {@code bullets}. */
    private static void slide(PDDocument document, String title, List<String> lines, boolean bullets)
            throws Exception {
        PDPage page = new PDPage(SLIDE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            text(out, TIMES_BOLD, 12, 15, 31, title);
            float y = 82;
            for (String line : lines) {
                if (bullets) {
                    out.setNonStrokingColor(0.1f, 0.3f, 0.6f);
                    out.addRect(25.8f, SLIDE.getHeight() - y + 1.3f, 4.2f, 4.2f);
                    out.fill();
                    out.setNonStrokingColor(0f, 0f, 0f);
                }
                text(out, TIMES, 10, 35, y, line);
                y += 15;
            }
        }
    }

    private static void text(PDPageContentStream out, org.apache.pdfbox.pdmodel.font.PDFont font, float size,
            float x, float baseline, String text) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, SLIDE.getHeight() - baseline);
        out.showText(text);
        out.endText();
    }

    private PdfText read(PDDocument document) throws Exception {
        Path file = dir.resolve("deck.pdf");
        document.save(file.toFile());
        return PdfLayout.DEFAULTS.read(file);
    }

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    private static void bookmark(PDDocument document, PDDocumentOutline outline, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(page));
        item.setDestination(destination);
        outline.addLast(item);
    }

    @Test
    void drawnBulletsStartAParagraphEach() throws Exception {
        try (PDDocument document = new PDDocument()) {
            slide(document, "A Talk on Blocks", List.of("by someone"), false);
            slide(document, "Die Dokumentenklasse", List.of("Verwendung wie beamer", "keine besondere Syntax notwendig",
                    "Option serif für Serifen"), true);
            slide(document, "Another frame", List.of("Text without bullets."), false);

            assertThat(texts(read(document))).containsSubsequence("• Verwendung wie beamer",
                    "• keine besondere Syntax notwendig", "• Option serif für Serifen");
        }
    }

    @Test
    void aSquareAfterTextOnItsLineIsNoBullet() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(SLIDE);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, TIMES, 10, 20, 82, "Legend:");
                out.addRect(60f, SLIDE.getHeight() - 82 + 1.3f, 4.2f, 4.2f); // a swatch between two words
                out.fill();
                text(out, TIMES, 10, 69, 82, "measured values");
            }

            assertThat(String.join(" ", texts(read(document)))).doesNotContain("•");
        }
    }

    @Test
    void frameTitlesAreEntriesUnderTheDecksBookmarksAndLeaveTheText() throws Exception {
        try (PDDocument document = new PDDocument()) {
            slide(document, "A Talk on Blocks", List.of("by someone"), false);
            slide(document, "Die Dokumentenklasse", List.of("Verwendung wie beamer."), false);
            slide(document, "Logo im Frametitle", List.of("Das Logo kann abgeschaltet werden."), false);
            slide(document, "Frame mit Untertitel", List.of("Ein Beispiel."), false);
            slide(document, "Anhang", List.of("Was noch fehlt."), false);
            PDDocumentOutline outline = new PDDocumentOutline();
            bookmark(document, outline, "Dokumentation", 1);
            bookmark(document, outline, "Anhang", 4);
            document.getDocumentCatalog().setDocumentOutline(outline);

            PdfText text = read(document);

            assertThat(text.bookmarks()).extracting(PdfText.Bookmark::title, PdfText.Bookmark::level).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Dokumentation", 1),
                    org.assertj.core.groups.Tuple.tuple("Die Dokumentenklasse", 2),
                    org.assertj.core.groups.Tuple.tuple("Logo im Frametitle", 2),
                    org.assertj.core.groups.Tuple.tuple("Frame mit Untertitel", 2),
                    org.assertj.core.groups.Tuple.tuple("Anhang", 1));
            assertThat(texts(text)).doesNotContain("Die Dokumentenklasse", "Logo im Frametitle", "Anhang")
                    .contains("Verwendung wie beamer.", "Ein Beispiel.");
            PdfText.Bookmark logo = text.bookmarks().get(2);
            assertThat(text.paragraphs().get(logo.paragraph()).text()).isEqualTo("Das Logo kann abgeschaltet werden.");
        }
    }

    @Test
    void aContinuedFrameOrARepeatedTitleMakesNoSecondHeading() throws Exception {
        try (PDDocument document = new PDDocument()) {
            slide(document, "A Talk on Blocks", List.of("by someone"), false);
            slide(document, "Results", List.of("The first results."), false);
            slide(document, "Results (cont.)", List.of("More results."), false);
            slide(document, "Bibliography I", List.of("First entries."), false);
            slide(document, "Bibliography II", List.of("Last entries."), false);
            slide(document, "Method", List.of("How it was done."), false);
            slide(document, "Method", List.of("How it was done, again."), false);

            PdfText text = read(document);

            assertThat(text.paragraphs()).filteredOn(p -> p.kind() == PdfParagraph.Kind.HEADING)
                    .extracting(PdfParagraph::text).containsExactly("Results", "Bibliography I", "Method");
            assertThat(texts(text)).contains("More results.", "Last entries.", "How it was done, again.");
        }
    }

    @Test
    void continuedTitlesAreSaidAlike() {
        assertThat(FrameTitles.said("Results (cont.)")).isEqualTo(FrameTitles.said("Results"));
        assertThat(FrameTitles.said("Literatur (Forts.)")).isEqualTo(FrameTitles.said("Literatur"));
        assertThat(FrameTitles.said("Bibliography II")).isEqualTo(FrameTitles.said("Bibliography I"));
        assertThat(FrameTitles.said("Steps (2/3)")).isEqualTo(FrameTitles.said("Steps (1/3)"));
        assertThat(FrameTitles.said("Results")).isNotEqualTo(FrameTitles.said("Methods"));
    }

    @Test
    void theTudaDecksBulletsAreItemsAndItsFrameTitlesItsOutline() throws Exception {
        assumeThat(Files.isRegularFile(TUDA)).as(TUDA + " (Debian's texlive-latex-extra-doc)").isTrue();

        PdfText text = PdfLayout.DEFAULTS.read(TUDA);

        assertThat(texts(text)).containsSubsequence("• Verwendung wie beamer", "• keine besondere Syntax notwendig",
                "• Klassenoption accentcolor wählt Akzentfarbe", "• Option serif=true für Serifen");
        assertThat(text.bookmarks()).extracting(PdfText.Bookmark::title).containsSubsequence("Dokumentation",
                "Die Dokumentenklasse tudabeamer", "Zusätzliche Features der Titelfolie", "Logo im Frametitle");
        assertThat(text.bookmarks()).filteredOn(b -> b.title().equals("Logo im Frametitle"))
                .extracting(PdfText.Bookmark::level).containsExactly(2);
    }
}
