package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's footnotes reach the article in the shape EPUB's and Markdown's do, and its references as a list. */
class PdfFootnotesImportTest {
    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);

    @Test
    void aFootnoteIsANoteWhoseIdItsMarkLinksTo() throws Exception {
        Path file = dir.resolve("note.pdf");
        String claim = "The natbib package";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float w = PdfMaker.TIMES.getStringWidth(claim) / 1000f * 10;
            page.line(72, 100, PdfMaker.TIMES, 10, claim);
            page.line(72 + w, 96.5f, PdfMaker.TIMES, 7, "2");
            page.line(72 + w + 6, 100, PdfMaker.TIMES, 10, "are available for your document.");
            page.line(72, 712, PdfMaker.TIMES, 8, "2 See the natbib documentation.");
            pdf.save(file);
        }

        Article article = importer.read(file, "note.pdf", null).article();

        assertThat(article.lead()).containsExactly(claim + "2 are available for your document.",
                "2 See the natbib documentation.");
        ParagraphForm body = article.leadForms().get(0);
        assertThat(body.spans()).containsExactly(new Span(claim.length(), claim.length() + 1, Span.Style.NOTE_REF,
                "#fn-p1-1"));
        ParagraphForm note = article.leadForms().get(1);
        assertThat(note.role()).isEqualTo(ParagraphForm.Role.NOTE);
        assertThat(note.ids()).containsExactly("fn-p1-1");
        assertThat(note.marker()).isEqualTo("2");
    }

    @Test
    void referencesAreNumberedListItemsWithTheNumberOutsideTheText() throws Exception {
        Path file = dir.resolve("refs.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, PdfMaker.TIMES_BOLD, 12, "1 Introduction");
            page.paragraph(72, 110, 451, PdfMaker.TIMES, 10, 12, 0, "A paragraph of text that cites a book [1].");
            page.line(72, 160, PdfMaker.TIMES_BOLD, 12, "2 References");
            page.line(72, 180, PdfMaker.TIMES, 9, "[1] Donald E. Knuth. The TeXbook. Addison-Wesley, 1986.");
            page.line(72, 191, PdfMaker.TIMES, 9, "[2] Leslie Lamport. LaTeX. Addison-Wesley, 1994.");
            pdf.save(file);
        }

        Article article = importer.read(file, "refs.pdf", null).article();

        var references = article.sections().get(1);
        assertThat(references.paragraphs()).containsExactly("Donald E. Knuth. The TeXbook. Addison-Wesley, 1986.",
                "Leslie Lamport. LaTeX. Addison-Wesley, 1994.");
        assertThat(java.util.List.of(references.forms().get(0), references.forms().get(1)))
                .extracting(ParagraphForm::role, ParagraphForm::marker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ParagraphForm.Role.LIST_ITEM, "[1]"),
                        org.assertj.core.groups.Tuple.tuple(ParagraphForm.Role.LIST_ITEM, "[2]"));
    }

    @Test
    void aCitationsNumbersLinkToTheirEntriesAndNumbersNoEntryHasDoNot() throws Exception {
        Path file = dir.resolve("cites.pdf");
        String cites = "Both books [1, 2] and the manual [9] are cited; see also [2].";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, PdfMaker.TIMES_BOLD, 12, "1 Introduction");
            page.paragraph(72, 110, 451, PdfMaker.TIMES, 10, 12, 0, cites);
            page.line(72, 160, PdfMaker.TIMES_BOLD, 12, "2 References");
            page.line(72, 180, PdfMaker.TIMES, 9, "[1] Donald E. Knuth. The TeXbook. Addison-Wesley, 1986.");
            page.line(72, 191, PdfMaker.TIMES, 9, "[2] Leslie Lamport. LaTeX. Addison-Wesley, 1994.");
            pdf.save(file);
        }

        Article article = importer.read(file, "cites.pdf", null).article();

        var introduction = article.sections().get(0);
        assertThat(introduction.paragraphs()).containsExactly(cites); // the text is unchanged
        int one = cites.indexOf("[1, 2]") + 1;
        int again = cites.lastIndexOf("[2]") + 1;
        assertThat(introduction.forms().get(0).spans()).containsExactly(
                new Span(one, one + 1, Span.Style.LINK, "#ref-1"),
                new Span(one + 3, one + 4, Span.Style.LINK, "#ref-2"),
                new Span(again, again + 1, Span.Style.LINK, "#ref-2")); // [9]: no such entry, no link
        var references = article.sections().get(1);
        assertThat(references.forms().get(0).ids()).containsExactly("ref-1");
        assertThat(references.forms().get(1).ids()).as("kept: a link points at it").containsExactly("ref-2");
    }
}
