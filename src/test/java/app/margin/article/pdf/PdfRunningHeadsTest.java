package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book's running heads (yathesis-fr.pdf: the chapter's on even pages beside the folio at the left, the section's on
 * odd pages beside the folio at the right) stay out of the text: on a blank verso, and in a chapter too short for its
 * head to come back often.
 */
class PdfRunningHeadsTest {
    @TempDir
    Path dir;

    /** A page with its head (and folio) at the top, and two paragraphs unless {@code blank}. */
    private static void page(PdfMaker pdf, int number, String head, boolean blank) {
        PdfMaker.Page page = pdf.page();
        String folio = Integer.toString(number);
        if (number % 2 == 0) { // the folio at the left, the head ending at the right margin
            page.line(72, 60, TIMES, 10, folio);
            page.line(523 - PdfMaker.Page.width(TIMES, 10, head), 60, TIMES, 10, head);
        } else {
            page.line(72, 60, TIMES, 10, head);
            page.line(523 - PdfMaker.Page.width(TIMES, 10, folio), 60, TIMES, 10, folio);
        }
        if (!blank) {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            page.paragraph(72, y, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO + " (" + folio + ")");
        }
    }

    private static List<String> texts(Path file) throws Exception {
        return PdfLayout.DEFAULTS.read(file).paragraphs().stream().map(PdfParagraph::text).toList();
    }

    @Test
    void aBlankVersoWithOnlyItsHeadAndFolioGivesNoText() throws Exception {
        Path file = dir.resolve("verso.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 16; n++) {
                page(pdf, n, n % 2 == 0 ? "CHAPITRE 2. Caractéristiques de la thèse" : "2.1. Titre", n == 8);
            }
            pdf.save(file);
        }

        assertThat(texts(file)).noneMatch(t -> t.contains("CHAPITRE") || t.contains("Titre")).hasSize(15 * 2);
    }

    @Test
    void aShortChaptersHeadBesideItsFolioWhereTheHeadsStandIsNoText() throws Exception {
        Path file = dir.resolve("short.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 20; n++) {
                String head = n <= 16 ? (n % 2 == 0 ? "CHAPITRE 2. Caractéristiques de la thèse" : "2.1. Titre")
                        : n % 2 == 0 ? "ANNEXE I. Notations, syntaxe, terminologie et codes couleurs" : "I.2. Liens";
                page(pdf, n, head, n == 20); // the appendix's head on pages 18 and 20 only, 20 blank
            }
            pdf.save(file);
        }

        assertThat(texts(file)).noneMatch(t -> t.contains("ANNEXE") || t.contains("I.2. Liens"))
                .contains(PdfLayoutTest.TWO + " (18)", PdfLayoutTest.TWO + " (19)");
    }

    @Test
    void aChapterOpeningsFolioSetHigherThanTheFootersIsNoText() throws Exception {
        Path file = dir.resolve("opening.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 4; n++) {
                page(pdf, n, n % 2 == 0 ? "CHAPITRE 1. Introduction" : "1.1. Titre", false);
            }
            PdfMaker.Page opening = pdf.page(); // page 5: the chapter's title low on the page, its folio at the foot
            opening.line(72, 260, TIMES, 25, "Annexes");
            float y = opening.paragraph(72, 330, 451, TIMES, 10, 12, 15, PdfLayoutTest.THREE);
            opening.line(72, y + 8, TIMES, 8, "1. A note at the foot of the opening page.");
            opening.line(295, 715, TIMES, 10, "5"); // 127 points from the foot: above the footers' band
            pdf.save(file);
        }

        assertThat(texts(file)).contains(PdfLayoutTest.THREE).doesNotContain("5");
    }

    @Test
    void aSectionsHeadAloneAtTheTopWhereTheHeadsStandIsNoTextThoughItsFolioIsAtTheFoot() throws Exception {
        Path file = dir.resolve("nwejm.pdf"); // nwejm: the section's name alone at the top of odd pages, the folio below
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 20; n++) {
                PdfMaker.Page page = pdf.page();
                String head = n % 2 == 0 ? "Titre de l'article (French)"
                        : n == 3 ? "Introduction" : n <= 7 ? "1. First (numbered) section" : "R\u00e9f\u00e9rences";
                page.line(72, 60, TIMES, 10, head);
                float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
                page.paragraph(72, y, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO + " (" + n + ")");
                page.line(295, 760, TIMES, 10, Integer.toString(n));
            }
            pdf.save(file);
        }

        assertThat(texts(file)).noneMatch(t -> t.contains("Introduction") || t.contains("First (numbered)"))
                .contains(PdfLayoutTest.TWO + " (3)", PdfLayoutTest.TWO + " (5)");
    }

    @Test
    void nwejmsRunningHeadIntroductionIsNoText() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-french.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));

        assertThat(PdfLayout.DEFAULTS.read(file).paragraphs()).noneMatch(p -> p.page() == 2
                && p.text().equals("Introduction"));
    }

    @Test
    void sectionHeadsAloneAtTheTopNoneComingBackThriceAreNoTextWhereTheOtherPagesHeadsStand() throws Exception {
        Path file = dir.resolve("nwejm-en.pdf"); // nwejm in English: each section's name on two odd pages at most
        try (PdfMaker pdf = new PdfMaker()) {
            String[] odd = {"Introduction", "Introduction", "1. First (numbered) section", "2. Second (numbered) section",
                "2. Second (numbered) section", "Acknowledgments", "Contents"};
            for (int n = 2; n <= 14; n++) {
                PdfMaker.Page page = pdf.page();
                page.line(n % 2 == 0 ? 62 : 72, 60, TIMES, 10, n % 2 == 0 ? "Article's Title" : odd[n / 2 - 1]);
                float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
                page.paragraph(72, y, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO + " (" + n + ")");
                page.line(295, 760, TIMES, 10, Integer.toString(n));
            }
            pdf.save(file);
        }

        assertThat(texts(file)).noneMatch(t -> t.contains("Introduction") || t.contains("numbered")
                || t.contains("Acknowledgments") || t.contains("Contents"))
                .contains(PdfLayoutTest.TWO + " (3)", PdfLayoutTest.TWO + " (5)");
    }

    @Test
    void nwejmsEnglishAndGermanRunningHeadsAreNoText() throws Exception {
        for (String name : List.of("english", "german")) {
            Path file = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-" + name + ".pdf");
            org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));

            assertThat(PdfLayout.DEFAULTS.read(file).paragraphs()).as(name)
                    .noneMatch(p -> (p.page() == 2 || p.page() == 4) && p.text().startsWith("Introduction"));
        }
    }
}
