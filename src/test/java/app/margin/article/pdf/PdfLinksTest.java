package app.margin.article.pdf;

import static app.margin.article.pdf.LinkMaker.at;
import static app.margin.article.pdf.LinkMaker.goTo;
import static app.margin.article.pdf.LinkMaker.link;
import static app.margin.article.pdf.LinkMaker.over;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's own links (its link annotations) as links of the reflowed text. */
class PdfLinksTest {
    static final String SEE = "The proof of the lemma is given in the next section of this paper.";
    static final String FIRST = "Words that open the second page before the proof itself begins.";
    static final String PROOF = "The proof goes by induction on the length of the word, as usual.";

    @TempDir
    Path dir;

    /**
     * Two pages: {@link #SEE} on the first at 100, {@link #FIRST} and {@link #PROOF} on the second at 100 and 300;
     * {@code links} is handed the document and its first page.
     */
    private PdfText twoPages(String name, BiConsumer<PdfMaker, PdfMaker.Page> links) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page first = pdf.page();
            first.line(72, 100, TIMES, 10, SEE);
            PdfMaker.Page second = pdf.page();
            second.line(72, 100, TIMES, 10, FIRST);
            second.line(72, 300, TIMES, 10, PROOF);
            links.accept(pdf, first);
            pdf.save(file);
        }
        return PdfLayout.DEFAULTS.read(file);
    }

    private static PdfParagraph paragraph(PdfText text, String words) {
        return text.paragraphs().stream().filter(p -> p.text().equals(words)).findFirst().orElseThrow();
    }

    private static List<Span> links(PdfParagraph p) {
        return p.spans().stream().filter(s -> s.style() == Span.Style.LINK).toList();
    }

    private static String under(PdfParagraph p, Span s) {
        return p.text().substring(s.start(), s.end());
    }

    @Test
    void anInternalLinkOverAWordLinksToTheIdOfTheParagraphItPointsAt() throws Exception {
        PdfText text = twoPages("goto.pdf", (pdf, first) -> link(first, over(72, 100, TIMES, 10, SEE, "next section"),
                goTo(at(pdf.document.getPage(1), 300))));

        PdfParagraph see = paragraph(text, SEE);
        assertThat(links(see)).hasSize(1);
        Span link = links(see).get(0);
        assertThat(under(see, link)).isEqualTo("next section");
        PdfParagraph proof = paragraph(text, PROOF);
        assertThat(proof.id()).startsWith("p2-");
        assertThat(link.target()).isEqualTo("#" + proof.id());
        assertThat(paragraph(text, FIRST).id()).isNull();
    }

    @Test
    void aNamedDestinationIsLookedUpInTheCatalogsNameTreeAndItsOlderDestsDictionary() throws Exception {
        PdfText text = twoPages("named.pdf", (pdf, first) -> {
            COSArray place = at(pdf.document.getPage(1), 300).getCOSObject();
            COSDictionary leaf = new COSDictionary();
            COSArray names = new COSArray();
            names.add(new COSString("lemma.proof"));
            names.add(place);
            leaf.setItem(COSName.NAMES, names);
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.KIDS, new COSArray(List.of(leaf)));
            COSDictionary catalogNames = new COSDictionary();
            catalogNames.setItem(COSName.DESTS, root);
            LinkMaker.catalog(pdf).setItem(COSName.NAMES, catalogNames);
            COSDictionary dests = new COSDictionary();
            dests.setItem(COSName.getPDFName("first.words"), at(pdf.document.getPage(1), 100).getCOSObject());
            LinkMaker.catalog(pdf).setItem(COSName.DESTS, dests);
            PDNamedDestination byName = new PDNamedDestination("lemma.proof");
            link(first, over(72, 100, TIMES, 10, SEE, "proof"), goTo(byName));
            LinkMaker.dest(first, over(72, 100, TIMES, 10, SEE, "lemma"), COSName.getPDFName("first.words"));
        });

        PdfParagraph see = paragraph(text, SEE);
        assertThat(links(see)).extracting(s -> under(see, s), Span::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("proof", "#" + paragraph(text, PROOF).id()),
                org.assertj.core.groups.Tuple.tuple("lemma", "#" + paragraph(text, FIRST).id()));
        assertThat(paragraph(text, PROOF).id()).isNotEqualTo(paragraph(text, FIRST).id());
    }

    @Test
    void aWebAddressStaysAnExternalLinkAndOtherAddressesAreNone() throws Exception {
        PdfText text = twoPages("uri.pdf", (pdf, first) -> {
            link(first, over(72, 100, TIMES, 10, SEE, "proof"), uri("https://example.org/lemma"));
            link(first, over(72, 100, TIMES, 10, SEE, "lemma"), uri("javascript:app.alert(1)"));
            link(first, over(72, 100, TIMES, 10, SEE, "given"), uri("file:///etc/passwd"));
            link(first, over(72, 100, TIMES, 10, SEE, "paper"), uri("mailto:author@example.org"));
        });

        PdfParagraph see = paragraph(text, SEE);
        assertThat(links(see)).extracting(s -> under(see, s), Span::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("proof", "https://example.org/lemma"),
                org.assertj.core.groups.Tuple.tuple("paper", "mailto:author@example.org"));
    }

    private static PDActionURI uri(String address) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(address);
        return uri;
    }

    @Test
    void launchJavaScriptAndGoToAnotherFileAreNoLinks() throws Exception {
        PdfText text = twoPages("actions.pdf", (pdf, first) -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "/bin/sh");
            link(first, over(72, 100, TIMES, 10, SEE, "proof"), launch);
            link(first, over(72, 100, TIMES, 10, SEE, "lemma"), new PDActionJavaScript("app.alert(1);"));
            PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
            remote.getCOSObject().setString(COSName.F, "other.pdf");
            remote.getCOSObject().setItem(COSName.D, new COSArray(List.of(COSInteger.ZERO, COSName.getPDFName("Fit"))));
            link(first, over(72, 100, TIMES, 10, SEE, "section"), remote);
            link(first, over(72, 100, TIMES, 10, SEE, "paper"), goTo(at(pdf.document.getPage(1), 300)));
        });

        PdfParagraph see = paragraph(text, SEE);
        assertThat(links(see)).extracting(s -> under(see, s)).containsExactly("paper");
    }

    @Test
    void aLinkToAPageTheDocumentLacksIsNoLink() throws Exception {
        PdfText text = twoPages("missing.pdf", (pdf, first) -> {
            LinkMaker.dest(first, over(72, 100, TIMES, 10, SEE, "proof"),
                    new COSArray(List.of(COSInteger.get(99), COSName.getPDFName("Fit"))));
            LinkMaker.dest(first, over(72, 100, TIMES, 10, SEE, "lemma"),
                    new COSArray(List.of(new COSDictionary(), COSName.getPDFName("Fit")))); // not in the page tree
            LinkMaker.dest(first, over(72, 100, TIMES, 10, SEE, "section"), new COSString("no.such.name"));
            LinkMaker.dest(first, over(72, 100, TIMES, 10, SEE, "paper"),
                    new COSArray(List.of(COSInteger.ONE, COSName.getPDFName("Fit")))); // a page by its number
        });

        PdfParagraph see = paragraph(text, SEE);
        assertThat(links(see)).extracting(s -> under(see, s), Span::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("paper", "#" + paragraph(text, FIRST).id()));
    }

    @Test
    void aLinkBrokenOverTwoLinesIsOneSpanAndItsParagraphsTextIsUnchanged() throws Exception {
        String one = "The whole argument is laid out in the";
        String two = "next section of this paper, with its proof.";
        PdfText text = twoPages("lines.pdf", (pdf, first) -> {
            first.line(72, 200, TIMES, 10, one);
            first.line(72, 212, TIMES, 10, two);
            var target = goTo(at(pdf.document.getPage(1), 300));
            link(first, over(72, 200, TIMES, 10, one, "in the"), target);
            link(first, over(72, 212, TIMES, 10, two, "next section"), target);
        });

        PdfParagraph p = paragraph(text, one + " " + two);
        assertThat(links(p)).extracting(s -> under(p, s)).containsExactly("in the next section");
    }

    @Test
    void anEntryOfATableOfContentsKeepsItsLinkWhenItsLeadersBecomeOne() throws Exception {
        String entry = "2.1 The proof of the lemma . . . . . . . . . . . . . . . . 2";
        PdfText text = twoPages("contents.pdf", (pdf, first) -> {
            first.line(72, 200, TIMES, 10, entry);
            link(first, over(72, 200, TIMES, 10, entry, "2.1 The proof of the lemma"),
                    goTo(at(pdf.document.getPage(1), 300)));
        });

        PdfParagraph p = paragraph(text, "2.1 The proof of the lemma … 2");
        assertThat(links(p)).extracting(s -> under(p, s), Span::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.1 The proof of the lemma", "#" + paragraph(text, PROOF).id()));
    }

    @Test
    void aCitationKeepsItsOwnLinkWhereTheDocumentLinksItToo() throws Exception {
        String cites = "The class follows the TeXbook [1] closely.";
        Path file = dir.resolve("cite.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES_BOLD, 12, "1 Introduction");
            page.line(72, 110, TIMES, 10, cites);
            page.paragraph(72, 130, 451, TIMES, 10, 12, 0, FootnotesTest.MORE);
            page.line(72, 200, TIMES_BOLD, 12, "References");
            page.line(72, 220, TIMES, 9, "[1] Donald E. Knuth. The TeXbook. Addison-Wesley, 1986.");
            link(page, over(72, 110, TIMES, 10, cites, "1"), goTo(at(pdf.document.getPage(0), 90)));
            link(page, over(72, 110, TIMES, 10, cites, "TeXbook"), goTo(at(pdf.document.getPage(0), 220)));
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        PdfParagraph p = paragraph(text, cites);
        PdfParagraph entry = text.paragraphs().stream().filter(q -> q.kind() == PdfParagraph.Kind.ITEM).findFirst()
                .orElseThrow();
        assertThat(links(p)).extracting(s -> under(p, s), Span::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TeXbook", "#" + entry.id()),
                org.assertj.core.groups.Tuple.tuple("1", "#ref-1"));
    }

    @Test
    void aFootnoteMarkKeepsItsNoteReferenceWhereTheDocumentLinksItToo() throws Exception {
        Path file = dir.resolve("note.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, FootnotesTest.MORE);
            FootnotesTest.marked(page, 72, y, FootnotesTest.BEFORE, "1", FootnotesTest.AFTER);
            FootnotesTest.rule(page, 72, 700, 120);
            FootnotesTest.note(page, 72, 712, "1", "The footnote text.", true);
            float x = 72 + PdfMaker.Page.width(TIMES, 10, FootnotesTest.BEFORE);
            link(page, new org.apache.pdfbox.pdmodel.common.PDRectangle(x - 1, PdfMaker.HEIGHT - y + 1, 6, 8),
                    goTo(at(pdf.document.getPage(0), 712)));
            link(page, over(72, y, TIMES, 10, FootnotesTest.BEFORE, "natbib"), uri("https://ctan.org/pkg/natbib"));
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        PdfParagraph body = paragraph(text, FootnotesTest.BEFORE + "1 " + FootnotesTest.AFTER);
        assertThat(body.spans()).filteredOn(s -> s.style().points())
                .extracting(Span::style, Span::target).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Span.Style.LINK, "https://ctan.org/pkg/natbib"),
                        org.assertj.core.groups.Tuple.tuple(Span.Style.NOTE_REF, "#fn-p1-1"));
    }

    @Test
    void aHeadingItLeadsToIsNamedForItsSection() throws Exception {
        Path file = dir.resolve("heading.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page first = pdf.page();
            first.line(72, 100, TIMES, 10, SEE);
            PdfMaker.Page second = pdf.page();
            second.paragraph(72, 100, 451, TIMES, 10, 12, 0, FootnotesTest.MORE);
            second.line(72, 200, TIMES_BOLD, 14, "2 The Proof");
            second.line(72, 220, TIMES, 10, PROOF);
            link(first, over(72, 100, TIMES, 10, SEE, "next section"), goTo(at(pdf.document.getPage(1), 200)));
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        PdfParagraph heading = paragraph(text, "2 The Proof");
        assertThat(heading.kind()).isEqualTo(PdfParagraph.Kind.HEADING);
        assertThat(links(paragraph(text, SEE))).extracting(Span::target).containsExactly("#" + heading.id());
    }

    @Test
    void aLinkKeepsToTheGlyphsInsideItsAreaNotTheCommaAfterItButAFullStopSetIntoItsMargin() throws Exception {
        String comma = "Read the manual, then the proof.";
        String stop = "The address is https://www.";
        PdfText text = twoPages("comma.pdf", (pdf, first) -> {
            // A narrow comma right after the word: its middle is inside the point TeX's drivers add each side.
            first.line(72, 200, TIMES, 7, comma);
            link(first, over(72, 200, TIMES, 7, comma, "manual"), uri("https://example.org/manual"));
            // A full stop set out into the margin (microtype): the area ends inside it, as the text's box did.
            first.line(72, 300, TIMES, 10, stop);
            link(first, over(72, 300, TIMES, 10, stop, "https://www", 1.5f), uri("https://www.example.org/"));
        });

        PdfParagraph p = paragraph(text, comma);
        assertThat(links(p)).extracting(s -> under(p, s)).containsExactly("manual");
        PdfParagraph q = paragraph(text, stop);
        assertThat(links(q)).extracting(s -> under(q, s)).containsExactly("https://www.");
    }
}
