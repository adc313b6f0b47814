package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static app.margin.article.pdf.PdfMaker.WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper's title block: each author's centred lines (name, affiliation, address, e-mail) read as one paragraph. */
class PdfTitleBlockTest {
    private static final String TITLE = "The Name of the Title Is Hope";

    @TempDir
    Path dir;

    @Test
    void eachAuthorsCentredLinesAreOneParagraphAndTheTitleStaysApart() throws Exception {
        PdfText text = PdfMaker.read(dir, "authors.pdf", page -> {
            centred(page, 80, TIMES, 18, TITLE);
            author(page, 120, "Ann Author", "Institute for Clarity", "Dublin, Ohio, USA", "ann@clarity.org");
            author(page, 185, "Bob Writer", "The Thorvald Group", "Hekla, Iceland", "bob@thorvald.is");
            page.line(72, 260, TIMES_BOLD, 10, "Abstract");
            page.paragraph(72, 275, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(text.title()).isEqualTo(TITLE);
        assertThat(authors(text)).containsExactly(
                "Ann Author · Institute for Clarity · Dublin, Ohio, USA · ann@clarity.org",
                "Bob Writer · The Thorvald Group · Hekla, Iceland · bob@thorvald.is");
        assertThat(texts(text)).contains(PdfLayoutTest.ONE).noneMatch(t -> t.contains(TITLE) && t.contains("Ann"));
    }

    @Test
    void aNameSetLargerAfterAnAddressStartsTheNextAuthorWithoutAGap() throws Exception {
        PdfText text = PdfMaker.read(dir, "stacked.pdf", page -> {
            centred(page, 80, TIMES, 18, TITLE);
            float y = 115;
            String[][] authors = {{"Ann Author", "Institute for Clarity"}, {"Bob Writer", "Hekla, Iceland"}};
            for (String[] a : authors) {
                centred(page, y, TIMES, 11, a[0]);
                centred(page, y + 11, TIMES, 9, a[1]);
                y += 22;
            }
            page.paragraph(72, 200, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(authors(text))
                .containsExactly("Ann Author · Institute for Clarity", "Bob Writer · Hekla, Iceland");
    }

    @Test
    void anAffiliationSetSmallerUnderItsNameGoesOnInItAcrossAGap() throws Exception {
        PdfText text = PdfMaker.read(dir, "elsevier.pdf", page -> {
            centred(page, 80, TIMES, 16, TITLE);
            centred(page, 115, TIMES, 10, "Jos Migchielsen");
            centred(page, 133, TIMES, 8, "Elsevier B.V., Radarweg 29, Amsterdam, The Netherlands");
            centred(page, 155, TIMES, 10, "Rishi Kannan");
            centred(page, 173, TIMES, 8, "Sayahna Foundations, Trivandrum, India");
            page.paragraph(72, 215, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(authors(text)).containsExactly(
                "Jos Migchielsen · Elsevier B.V., Radarweg 29, Amsterdam, The Netherlands",
                "Rishi Kannan · Sayahna Foundations, Trivandrum, India");
    }

    @Test
    void aTitlePagesCopyrightAndDateAreNoAuthor() throws Exception {
        PdfText text = PdfMaker.read(dir, "manual.pdf", page -> {
            centred(page, 80, TIMES, 18, "A Guide for Class Writers");
            centred(page, 115, TIMES, 12, "Copyright 1995 The Project Team");
            centred(page, 129, TIMES, 12, "All rights reserved.");
            centred(page, 160, TIMES, 12, "15 February 2006");
            author(page, 190, "Ann Author", "Institute for Clarity", "Dublin, Ohio, USA", "ann@clarity.org");
            centred(page, 236, TIMES, 9, "(Dated: August 10, 2010)"); // under the e-mail, as REVTeX sets it
            page.paragraph(72, 280, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(authors(text)).containsExactly(
                "Ann Author · Institute for Clarity · Dublin, Ohio, USA · ann@clarity.org");
        assertThat(texts(text)).contains("15 February 2006", "(Dated: August 10, 2010)")
                .noneMatch(t -> t.contains("Copyright") && t.contains(" · "));
    }

    @Test
    void aThesisTitlePagesLinesInSmallerTypeAreNoAuthor() throws Exception {
        PdfText text = PdfMaker.read(dir, "thesis.pdf", page -> {
            centred(page, 80, TIMES_BOLD, 17, "Partial Solutions to the General Problem");
            centred(page, 130, TIMES, 15, "Acronym: PSGP");
            centred(page, 148, TIMES, 11, "Reference number(s): KO 2428 99-9");
            centred(page, 200, TIMES, 14, "MASTER THESIS");
            centred(page, 225, TIMES, 12, "submitted to the");
            centred(page, 238, TIMES, 11, "Faculty of Universal Computing");
            centred(page, 300, TIMES, 12, "in July 2021");
        });

        assertThat(authors(text)).isEmpty();
        assertThat(texts(text)).noneMatch(t -> t.contains(" · "));
    }

    @Test
    void aLoneNameAndADateUnderTheTitleAreTextNotHeadings() throws Exception {
        // btxdoc.pdf's title page: the title in 17 points, the author and the date alone in 12, the text in 10.
        PdfText text = PdfMaker.read(dir, "btxdoc.pdf", page -> {
            centred(page, 80, TIMES, 17, "BibTeXing");
            centred(page, 110, TIMES, 12, "Oren Patashnik");
            centred(page, 133, TIMES, 12, "February 8, 1988");
            page.line(72, 175, TIMES_BOLD, 14, "1 Overview");
            page.paragraph(72, 195, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(headings(text)).containsExactly("1 Overview");
        assertThat(texts(text)).containsSubsequence("Oren Patashnik", "February 8, 1988", "1 Overview");
    }

    @Test
    void aCentredHeadingThatIsNoNameStaysAHeadingUnderTheTitle() throws Exception {
        PdfText text = PdfMaker.read(dir, "centred-heading.pdf", page -> {
            centred(page, 80, TIMES, 17, "BibTeXing");
            centred(page, 110, TIMES, 12, "Oren Patashnik");
            centred(page, 140, TIMES, 12, "Introduction to the styles");
            page.paragraph(72, 165, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(headings(text)).containsExactly("Introduction to the styles");
    }

    @Test
    void anAbstractsHeadingInBodyTypeIsALineOfItsOwnNotItsFirstWord() throws Exception {
        // sample631.pdf (AASTeX): "ABSTRACT" centred in the body's type, the abstract indented under it.
        PdfText text = PdfMaker.read(dir, "aas.pdf", page -> {
            page.line(72, 60, TIMES, 8, "Draft version February 26, 2021");
            centred(page, 116, TIMES_BOLD, 10, "Template AASTeXArticle with Examples");
            centred(page, 136, TIMES, 9, "Greg J. Schwarz and August Muench");
            centred(page, 180, TIMES, 10, "ABSTRACT");
            page.paragraph(84, 195, 440, TIMES, 10, 12, 9, PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO);
            page.paragraph(72, 260, 451, TIMES, 10, 12, 15, PdfLayoutTest.THREE);
        });

        assertThat(texts(text)).containsSubsequence("ABSTRACT", PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO,
                PdfLayoutTest.THREE);
    }

    private static List<String> headings(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.HEADING)
                .map(PdfParagraph::text).toList();
    }

    /** Name in 11 points, its other lines in 9, centred on the page. */
    private static void author(PdfMaker.Page page, float top, String... lines) {
        centred(page, top, TIMES, 11, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            centred(page, top + 2 + 11 * i, TIMES, 9, lines[i]);
        }
    }

    private static void centred(PdfMaker.Page page, float top, PDFont font, float size, String text) {
        page.line((WIDTH - PdfMaker.Page.width(font, size, text)) / 2, top, font, size, text);
    }

    private static List<String> authors(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.AUTHOR)
                .map(PdfParagraph::text).toList();
    }

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }
}
