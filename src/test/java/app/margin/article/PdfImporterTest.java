package app.margin.article;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.article.pdf.PdfPages;
import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening PDFs as articles: sections from bookmarks or headings, page labels, passwords, actions never run. */
class PdfImporterTest {
    static final String ONE = "Reading a paper on a laptop screen is slow when the page is set for print, and the reader"
            + " pans from column to column to follow the argument of the authors.";
    static final String TWO = "A reflowing reader sets the same words in one column at the size the reader chose, so"
            + " that notes can be anchored to the words and survive a new version of the paper.";

    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);

    /** A page for each heading: the heading (14 pt bold), a paragraph, "Further reading" (11 pt bold), a paragraph. */
    private static void chapters(PdfMaker pdf, String... headings) {
        for (String heading : headings) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 100, TIMES_BOLD, 14, heading);
            float y = page.paragraph(72, 130, 451, TIMES, 10, 12, 0, ONE);
            page.line(72, y + 20, TIMES_BOLD, 11, "Further reading");
            page.paragraph(72, y + 40, 451, TIMES, 10, 12, 0, TWO);
        }
    }

    private static PDOutlineItem bookmark(PdfMaker pdf, int page, float top, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdf.document.getPage(page));
        destination.setTop((int) (PdfMaker.HEIGHT - top));
        item.setDestination(destination);
        return item;
    }

    @Test
    void nestedBookmarksAreTheOutlineEachAtItsParagraph() throws Exception {
        Path file = dir.resolve("bookmarks.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, "Beginnings", "Middles");
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem first = bookmark(pdf, 0, 86, "Beginnings");
            first.addLast(bookmark(pdf, 0, 176, "Further reading"));
            outline.addLast(first);
            outline.addLast(bookmark(pdf, 1, 86, "Middles"));
            PDOutlineItem away = new PDOutlineItem();
            away.setTitle("Run me");
            away.setAction(new PDActionLaunch());
            outline.addLast(away);
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        Article article = importer.read(file, "bookmarks.pdf", null).article();

        assertThat(article.sections()).extracting(Section::title).containsExactly("Beginnings", "Middles");
        Section beginnings = article.sections().get(0);
        assertThat(beginnings.paragraphs()).containsExactly(ONE);
        assertThat(beginnings.children()).extracting(Section::title).containsExactly("Further reading");
        assertThat(beginnings.children().get(0).paragraphs()).containsExactly(TWO);
        assertThat(article.sections().get(1).paragraphs()).containsExactly(ONE, "Further reading", TWO);
    }

    /** Found by a new user: the outline read "12.1 The ``Teaser Figure''", TeX's quotes as hyperref left them. */
    @Test
    void aBookmarksTexQuotesAreQuotationMarks() throws Exception {
        Path file = dir.resolve("quotes.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, "Beginnings", "Middles");
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, 86, "Beginnings"));
            outline.addLast(bookmark(pdf, 1, 176, "The ``Teaser Figure'' and Smith's"));
            outline.addLast(bookmark(pdf, 1, 300, "Computing f'' fast"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        Article article = importer.read(file, "quotes.pdf", null).article();

        assertThat(article.sections()).extracting(Section::title)
                .containsExactly("Beginnings", "The \u201CTeaser Figure\u201D and Smith's", "Computing f'' fast");
    }

    @Test
    void withoutBookmarksTheHeadingsFoundMakeTheSections() throws Exception {
        Path file = dir.resolve("headings.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, "1 Beginnings", "2 Middles");
            pdf.save(file);
        }

        Article article = importer.read(file, "headings.pdf", null).article();

        assertThat(article.sections()).extracting(Section::title).containsExactly("1 Beginnings", "2 Middles");
        Section first = article.sections().get(0);
        assertThat(first.paragraphs()).containsExactly(ONE);
        assertThat(first.children()).extracting(Section::title).containsExactly("Further reading");
        assertThat(first.children().get(0).paragraphs()).containsExactly(TWO);
        assertThat(article.title()).isEqualTo(MarkdownImporter.titleFromFileName("headings.pdf"));
        assertThat(article.id()).matches("pdf-[0-9a-f]{16}");
    }

    @Test
    void everyParagraphKnowsItsPageByTheDocumentsOwnLabels() throws Exception {
        Path file = dir.resolve("labels.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < 4; i++) {
                pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, i % 2 == 0 ? ONE : TWO);
            }
            PDPageLabels labels = new PDPageLabels(pdf.document);
            PDPageLabelRange roman = new PDPageLabelRange();
            roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, roman);
            PDPageLabelRange decimal = new PDPageLabelRange();
            decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            decimal.setStart(11);
            labels.setLabelItem(2, decimal);
            pdf.document.getDocumentCatalog().setPageLabels(labels);
            pdf.save(file);
        }

        PdfPages pages = importer.read(file, "labels.pdf", null).pages();

        assertThat(pages.places()).extracting(PdfPages.Place::sectionId, PdfPages.Place::paragraphIndex,
                PdfPages.Place::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Article.LEAD_SECTION_ID, 0, "i"),
                org.assertj.core.groups.Tuple.tuple(Article.LEAD_SECTION_ID, 1, "ii"),
                org.assertj.core.groups.Tuple.tuple(Article.LEAD_SECTION_ID, 2, "11"),
                org.assertj.core.groups.Tuple.tuple(Article.LEAD_SECTION_ID, 3, "12"));
        assertThat(pages.label(Article.LEAD_SECTION_ID, 2)).isEqualTo("11");
        // The reading pane's blocks carry the same pages: the status bar's "p. 11", Go to Page, the sheet's citations.
        Article article = new ArticleImporter().importFile(file);
        app.margin.model.ArticleLayout layout = app.margin.model.ArticleLayout.of(article);
        assertThat(layout.paged()).isTrue();
        int third = layout.blockOf(Article.LEAD_SECTION_ID, 2);
        assertThat(layout.pageAt(third)).isEqualTo("11");
        assertThat(layout.blockOfPage("ii")).isEqualTo(layout.blockOf(Article.LEAD_SECTION_ID, 1));
        assertThat(article.pictureBase()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void withoutLabelsPagesAreNumberedFromOne() throws Exception {
        Path file = dir.resolve("numbers.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, "1 Beginnings", "2 Middles");
            pdf.save(file);
        }

        PdfPages pages = importer.read(file, "numbers.pdf", null).pages();

        assertThat(pages.places()).extracting(PdfPages.Place::sectionId, PdfPages.Place::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-beginnings", "1"),
                org.assertj.core.groups.Tuple.tuple("further-reading", "1"),
                org.assertj.core.groups.Tuple.tuple("2-middles", "2"),
                org.assertj.core.groups.Tuple.tuple("further-reading-2", "2"));
        assertThat(pages.pageCount()).isEqualTo(2);
    }

    @Test
    void aPdfWithAnEmptyUserPasswordOpens() throws Exception {
        Path file = dir.resolve("locked-open.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            pdf.document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
            pdf.save(file);
        }

        assertThat(new ArticleImporter().importFile(file).lead()).containsExactly(ONE);
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedPlainly() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            pdf.document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            pdf.save(file);
        }

        assertThatThrownBy(() -> new ArticleImporter().importFile(file))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "locked.pdf: it is protected by a password, and Margin cannot open password-protected PDFs"));
    }

    @Test
    void aPdfWithJavaScriptOnOpeningJustOpensAsText() throws Exception {
        // Margin reads page content, bookmarks, labels and metadata only: the open action, a link out and a launch
        // are never looked at, so the text is all that comes of this file.
        Path file = dir.resolve("scripted.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            PDDocumentCatalog catalog = pdf.document.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript("app.launchURL('https://example.invalid/', true);"));
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem link = new PDOutlineItem();
            link.setTitle("Elsewhere");
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.invalid/");
            link.setAction(uri);
            outline.addLast(link);
            catalog.setDocumentOutline(outline);
            pdf.save(file);
        }

        Article article = new ArticleImporter().importFile(file);

        assertThat(article.lead()).containsExactly(ONE);
        assertThat(article.sections()).isEmpty();
    }

    @Test
    void aLongDocumentOffersItsBeginningFirst() throws Exception {
        Path file = dir.resolve("long.pdf");
        List<String> headings = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            headings.add(i + " Chapter");
        }
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, headings.toArray(String[]::new));
            pdf.save(file);
        }
        AtomicReference<Article> beginning = new AtomicReference<>();

        Article whole = new ArticleImporter().open(file, beginning::set).article();

        assertThat(whole.sections()).hasSize(40);
        assertThat(beginning.get().id()).isEqualTo(whole.id());
        // Its first pages (a page each chapter): as many as hold a screen or two of text, 16 at most.
        List<Section> first = beginning.get().sections();
        assertThat(first).isNotEmpty().hasSizeLessThanOrEqualTo(PdfLayout.DEFAULTS.beginningPages());
        assertThat(first).extracting(Section::title)
                .isEqualTo(whole.sections().subList(0, first.size()).stream().map(Section::title).toList());
    }

    /**
     * Pages of about 2,200 letters each (spaces not counted): eight paragraphs, each page's first and last its own,
     * none near the page's top or foot (where running heads are looked for).
     */
    private static void densePages(PdfMaker pdf, int count) {
        String[] nth = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
        for (int i = 0; i < count; i++) {
            PdfMaker.Page page = pdf.page();
            float y = 200;
            for (int p = 0; p < 8; p++) {
                y = page.paragraph(72, y + 8, 451, TIMES, 10, 12, 0, (p == 0 ? "On the " + nth[i] + " page: " : "")
                        + ONE + " " + TWO + (p == 7 ? " So ends the " + nth[i] + " page." : ""));
            }
        }
    }

    @Test
    void aShortPapersFirstPagesComeFirst() throws Exception {
        Path file = dir.resolve("paper.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            densePages(pdf, 6);
            pdf.save(file);
        }
        AtomicReference<Article> beginning = new AtomicReference<>();

        Article whole = new ArticleImporter().open(file, beginning::set).article();

        // The first pages that hold a screen or two of text (3,000 characters): two of these, not one.
        assertThat(beginning.get()).isNotNull();
        assertThat(beginning.get().id()).isEqualTo(whole.id());
        List<String> first = allParagraphs(beginning.get());
        List<String> all = allParagraphs(whole);
        assertThat(all).hasSize(6 * 8);
        assertThat(first).isEqualTo(all.subList(0, 2 * 8));
    }

    private static List<String> allParagraphs(Article article) {
        List<String> out = new ArrayList<>(article.lead());
        for (app.margin.model.Section section : article.sections()) {
            out.add(section.title());
            out.addAll(section.paragraphs());
        }
        return out;
    }

    @Test
    void aDocumentWhoseBeginningWouldBeAllOfItHasNone() throws Exception {
        Path one = dir.resolve("one.pdf");
        Path light = dir.resolve("light.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            densePages(pdf, 1);
            pdf.save(one);
        }
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, "1 Chapter", "2 Chapter", "3 Chapter"); // a few hundred characters a page
            pdf.save(light);
        }
        AtomicReference<Article> beginning = new AtomicReference<>();

        new ArticleImporter().open(one, beginning::set);
        new ArticleImporter().open(light, beginning::set);

        assertThat(beginning.get()).isNull();
    }

    @Test
    void aLongManualsBeginningWithoutItsBookmarksTakesNoLinesForHeadings() throws Exception {
        Path file = dir.resolve("manual.pdf");
        List<String> headings = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            headings.add(i + " Chapter");
        }
        try (PdfMaker pdf = new PdfMaker()) {
            chapters(pdf, headings.toArray(String[]::new));
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int page = 20; page < 40; page++) { // the bookmarks start after the beginning's 16 pages
                outline.addLast(bookmark(pdf, page, 86, "Part " + page));
            }
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }
        AtomicReference<Article> beginning = new AtomicReference<>();

        Article whole = new ArticleImporter().open(file, beginning::set).article();

        assertThat(whole.sections()).extracting(Section::title).first().isEqualTo("Part 20");
        assertThat(beginning.get().sections()).as("numbered lines are not the outline of a bookmarked manual")
                .isEmpty();
        assertThat(beginning.get().lead()).as("its bold lines stay in the text").contains("Further reading", ONE);
    }

    @Test
    void aPdfNamedAsTextIsToldToBeRenamed() throws Exception {
        Path file = dir.resolve("paper.txt");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, TIMES, 10, "Words");
            pdf.save(file);
        }

        assertThatThrownBy(() -> new ArticleImporter().importFile(file))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "paper.txt: this is a PDF document, not a text file; rename it to end in .pdf to open it"));
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefusedPlainly() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.pdf"), "<html><body>Not a PDF</body></html>");

        assertThatThrownBy(() -> new ArticleImporter().importFile(file))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.userMessage()).isEqualTo(
                        "notes.pdf: this is not a PDF: it does not start with %PDF- (it looks like a web page;"
                                + " rename it to end in .html to open it)"));
    }
}
