package app.margin.article;

import static app.margin.article.pdf.LinkMaker.at;
import static app.margin.article.pdf.LinkMaker.goTo;
import static app.margin.article.pdf.LinkMaker.link;
import static app.margin.article.pdf.LinkMaker.over;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's own links in the article: to the paragraph or the section they lead to, as the reader follows them. */
class PdfLinksImportTest {
    static final String SEE = "The proof of the lemma is given in the next section of this paper.";
    static final String PROOF = "The proof goes by induction on the length of the word, as usual.";

    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);

    /**
     * Page 1: a heading and {@link #SEE}; page 2: the heading "2 The Proof" at 200 and {@link #PROOF} under it, and
     * {@link PdfImporterTest#ONE} at 400; {@code more} is handed the document and page 1.
     */
    private Article read(String name, BiConsumer<PdfMaker, PdfMaker.Page> more) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page first = pdf.page();
            first.line(72, 80, TIMES_BOLD, 14, "1 The Lemma");
            first.line(72, 100, TIMES, 10, SEE);
            PdfMaker.Page second = pdf.page();
            second.line(72, 200, TIMES_BOLD, 14, "2 The Proof");
            second.line(72, 220, TIMES, 10, PROOF);
            second.paragraph(72, 400, 451, TIMES, 10, 12, 0, PdfImporterTest.ONE);
            more.accept(pdf, first);
            pdf.save(file);
        }
        return importer.read(file, name, null).article();
    }

    private static Span linkIn(Article article) {
        ArticleLayout layout = ArticleLayout.of(article);
        for (Block b : layout.blocks()) {
            if (b.text().equals(SEE)) {
                List<Span> links = b.form().spans().stream().filter(s -> s.style() == Span.Style.LINK).toList();
                assertThat(links).hasSize(1);
                assertThat(b.text().substring(links.get(0).start(), links.get(0).end())).isEqualTo("next section");
                return links.get(0);
            }
        }
        throw new AssertionError("no paragraph " + SEE);
    }

    /** The block a link leads to, as the reader finds it. */
    private static Block landing(Article article, Span link) {
        ArticleLayout layout = ArticleLayout.of(article);
        int block = layout.blockOfTarget(link.target());
        assertThat(block).as("the block %s leads to", link.target()).isNotNegative();
        return layout.blocks().get(block);
    }

    private static PDOutlineItem bookmark(PdfMaker pdf, int page, float baseline, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(at(pdf.document.getPage(page), baseline));
        return item;
    }

    @Test
    void aLinkToAParagraphLandsOnItsBlock() throws Exception {
        Article article = read("paragraph.pdf", (pdf, first) -> link(first,
                over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 400))));

        Span link = linkIn(article);
        Block to = landing(article, link);
        assertThat(to.kind()).isEqualTo(Block.Kind.PARAGRAPH);
        assertThat(to.text()).isEqualTo(PdfImporterTest.ONE);
        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(layout.pageAt(layout.blockOfTarget(link.target()))).isEqualTo("2");
    }

    @Test
    void aLinkToAHeadingFoundInTheTextLandsOnItsSection() throws Exception {
        Article article = read("heading.pdf", (pdf, first) -> link(first,
                over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 200))));

        Span link = linkIn(article);
        assertThat(link.target()).isEqualTo("#" + article.sections().get(1).id());
        Block to = landing(article, link);
        assertThat(to.kind()).isEqualTo(Block.Kind.HEADING);
        assertThat(to.text()).isEqualTo("2 The Proof");
    }

    @Test
    void aLinkToABookmarksOwnPlaceLandsOnItsSection() throws Exception {
        Article article = read("bookmarked.pdf", (pdf, first) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, 80, "1 The Lemma"));
            outline.addLast(bookmark(pdf, 1, 200, "2 The Proof"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            link(first, over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 200)));
        });

        Block to = landing(article, linkIn(article));
        assertThat(to.kind()).isEqualTo(Block.Kind.HEADING);
        assertThat(to.text()).isEqualTo("2 The Proof");
    }

    @Test
    void aLinkJustAboveTheFirstParagraphOfABookmarksSectionLandsOnTheSection() throws Exception {
        // The bookmark names its heading's baseline; the link a point over the heading, where hyperref puts anchors.
        Article article = read("above.pdf", (pdf, first) -> {
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, 80, "1 The Lemma"));
            PDOutlineItem proof = new PDOutlineItem();
            proof.setTitle("2 The Proof");
            var place = at(pdf.document.getPage(1), 200);
            place.setTop(Math.round(PdfMaker.HEIGHT - 200));
            proof.setDestination(place);
            outline.addLast(proof);
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            link(first, over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 200)));
        });

        Block to = landing(article, linkIn(article));
        assertThat(to.kind()).isEqualTo(Block.Kind.HEADING);
        assertThat(to.text()).isEqualTo("2 The Proof");
    }

    @Test
    void onlyTheIdsALinkLeadsToAreKept() throws Exception {
        Article article = read("ids.pdf", (pdf, first) -> link(first,
                over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 400))));

        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(layout.blocks()).filteredOn(b -> !b.form().ids().isEmpty()).extracting(Block::text)
                .containsExactly(PdfImporterTest.ONE);
    }
}
