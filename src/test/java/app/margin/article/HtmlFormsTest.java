package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The shape HtmlText gives each paragraph: what a page's markup means on Margin's page. */
class HtmlFormsTest {

    /** Paragraphs as a sink gets them. */
    private static final class Collected implements TextSink {
        final List<String> texts = new ArrayList<>();
        final List<ParagraphForm> forms = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        /** Indices into texts of the preformatted blocks. */
        final List<Integer> code = new ArrayList<>();

        @Override
        public void heading(int level, String text) {
            headings.add(level + " " + text);
        }

        @Override
        public void paragraph(String text) {
            paragraph(text, ParagraphForm.PLAIN);
        }

        @Override
        public void paragraph(String text, ParagraphForm form) {
            texts.add(text);
            forms.add(form);
        }

        @Override
        public void preformatted(String text, ParagraphForm form) {
            code.add(texts.size());
            paragraph(text, form);
        }
    }

    private static Collected walk(String body) {
        Element root = Jsoup.parse("<html><body>" + body + "</body></html>").body();
        Collected sink = new Collected();
        HtmlText.walk(root, sink);
        return sink;
    }

    private static List<String> spans(String text, ParagraphForm form) {
        return form.spans().stream()
                .map(s -> s.style().key() + "[" + text.substring(s.start(), s.end()) + "]"
                        + (s.target() == null ? "" : "->" + s.target()))
                .toList();
    }

    @Test
    void inlineMarksKeepTheirWordsAndSayWhereTheyAre() {
        Collected page = walk("<p>  The <i>zlib</i> constant, <code>process.cpuUsage()</code>, H<sub>2</sub>O, "
                + "e=mc<sup>2</sup>, <s>old</s>, <span style='font-variant: small-caps'>Caps</span> and "
                + "<a href='#details'>the <em>technical</em> details</a>.</p><p id='details'>Here.</p>");

        String text = page.texts.get(0);
        assertThat(text).isEqualTo("The zlib constant, process.cpuUsage(), H2O, e=mc2, old, Caps and the technical "
                + "details.");
        assertThat(spans(text, page.forms.get(0))).containsExactly("em[zlib]", "code[process.cpuUsage()]", "sub[2]",
                "sup[2]", "strike[old]", "smallcaps[Caps]", "link[the technical details]->#details",
                "em[technical]");
        assertThat(page.forms.get(1).ids()).containsExactly("details");
    }

    @Test
    void aSpanStaysInsideItsParagraphWhenTheElementRunsAcrossTwo() {
        Collected page = walk("<em><p>One two.</p><p>Three.</p></em>");

        assertThat(spans(page.texts.get(0), page.forms.get(0))).containsExactly("em[One two.]");
        assertThat(spans(page.texts.get(1), page.forms.get(1))).containsExactly("em[Three.]");
    }

    @Test
    void listsKeepTheirNumbersAndNestingOutOfTheText() {
        Collected page = walk("<ol start='7'><li>Seven<ul><li>Inner<ol type='a'><li>Deep</li></ol></li></ul></li>"
                + "<li value='10'>Ten</li></ol>");

        assertThat(page.texts).containsExactly("Seven", "Inner", "Deep", "Ten");
        assertThat(page.forms).extracting(f -> f.role() + " " + f.depth() + " " + f.marker())
                .containsExactly("LIST_ITEM 1 7.", "LIST_ITEM 2 ◦", "LIST_ITEM 3 1.", "LIST_ITEM 1 10.");
    }

    @Test
    void itemsHoldingParagraphsAreLooseAndATightListInsideOneStaysTight() {
        Collected page = walk("<ul><li><p>Loose one</p><p>Its second paragraph</p><ul><li>Tight inner</li></ul></li>"
                + "<li><p>Loose two</p></li></ul><ol><li>Tight</li><li>Also tight</li></ol>");

        assertThat(page.texts).containsExactly("Loose one", "Its second paragraph", "Tight inner", "Loose two", "Tight",
                "Also tight");
        assertThat(page.forms).extracting(ParagraphForm::loose).containsExactly(true, true, false, true, false, false);
        assertThat(page.forms).extracting(ParagraphForm::marker).containsExactly("•", null, "◦", "•", "1.", "2.");
    }

    @Test
    void aCodeBlockInsideAListItemIsIndentedWithItsItemAndOneOutsideIsNot() {
        Collected page = walk("<ol><li><p>Install:</p><pre><code>make install</code></pre><ul><li><pre>deep()</pre>"
                + "</li></ul></li></ol><blockquote><pre>quoted</pre></blockquote><pre>top</pre>");

        assertThat(page.texts).containsExactly("Install:", "make install", "deep()", "quoted", "top");
        assertThat(page.code).containsExactly(1, 2, 3, 4);
        assertThat(page.forms).extracting(f -> f.role() + " " + f.depth() + " " + f.marker())
                .containsExactly("LIST_ITEM 1 1.", "LIST_ITEM 1 null", "LIST_ITEM 2 ◦", "QUOTE 1 null", "BODY 0 null");
        assertThat(page.forms.get(4)).isEqualTo(ParagraphForm.PLAIN);
    }

    @Test
    void aTableIsRowsOfCellsWithItsHeaderMarked() {
        Collected page = walk("<table><caption>Sizes</caption><thead><tr><th>Name</th><th>Size</th></tr></thead>"
                + "<tbody><tr><td><p>zlib</p></td><td> 1 <b>MB</b> </td></tr><tr><td>gzip</td><td></td></tr>"
                + "</tbody></table>");

        assertThat(page.texts).containsExactly("Sizes", "Name\tSize", "zlib\t1 MB", "gzip");
        assertThat(page.forms).extracting(ParagraphForm::role)
                .containsExactly(Role.CAPTION, Role.TABLE_HEADER, Role.TABLE_ROW, Role.TABLE_ROW);
        assertThat(spans(page.texts.get(2), page.forms.get(2))).containsExactly("strong[MB]");
    }

    /**
     * Found by a new user in Debian's Reference (DocBook, ch02 "Table 2.9"): the note after a table, which DocBook
     * sets as a table of its own (its icon, its "Note" label and its text), was read as two more rows of the table.
     * It is a note block now ({@code HtmlAdmonitionsTest}), and the table ends before it.
     */
    @Test
    void aDocBookNoteRightAfterATableIsNotRowsOfIt() {
        Collected page = walk("<div class='table'><p class='title'><strong>Table 2.9. Views</strong></p>"
                + "<div class='table-contents'><table class='table' border='1'><thead><tr><th>view</th>"
                + "<th>description</th></tr></thead><tbody><tr><td>Package View</td><td>by section</td></tr>"
                + "<tr><td>Flat List</td><td>no categories</td></tr></tbody></table></div></div>"
                + "<br class='table-break'/><div class='note' style='margin-left: 0.5in'><table border='0'"
                + " summary='Note'><tr><td rowspan='2' align='center' valign='top'><img alt='[Note]'"
                + " src='images/note.png'/></td><th align='left'>Note</th></tr><tr><td align='left' valign='top'>"
                + "<p>Please help us tag packages.</p></td></tr></table></div><p>After the note.</p>");

        assertThat(page.texts).containsExactly("Table 2.9. Views", "view\tdescription", "Package View\tby section",
                "Flat List\tno categories", "Note: Please help us tag packages.", "After the note.");
        assertThat(page.forms).extracting(ParagraphForm::role).containsExactly(Role.BODY, Role.TABLE_HEADER,
                Role.TABLE_ROW, Role.TABLE_ROW, Role.QUOTE, Role.BODY);
        List<ParagraphForm> forms = page.forms;
        assertThat(forms.get(4).continuesTable(forms.get(3))).as("the note after the table's last row").isFalse();
        assertThat(forms.get(2).continuesTable(forms.get(1))).isTrue();
    }

    @Test
    void anEmptyFirstRowLeavesTheStartToTheFirstRowSent() {
        Collected page = walk("<table><tr><td>a</td></tr></table><table><tr><td></td><td> </td></tr>"
                + "<tr><td>b</td><td>c</td></tr></table><table><tr><td>d</td></tr><tr><td>e</td></tr></table>");

        assertThat(page.texts).containsExactly("a", "b\tc", "d", "e");
        assertThat(page.forms).extracting(ParagraphForm::tableStart).containsExactly(true, true, true, false);
    }

    @Test
    void aCellsAlignmentAndColumnSpanAreCarriedAndItsRowsTextIsUnchanged() {
        Collected page = walk("<table><tr><th colspan='2'>Both</th><th align='right'>Sum</th></tr>"
                + "<tr><td>a</td><td style='text-align: center'>b</td><td align='right' colspan='x'>3</td></tr>"
                + "<tr><td colspan='5000'>wide</td><td colspan='2'></td></tr></table>");

        assertThat(page.texts).containsExactly("Both\tSum", "a\tb\t3", "wide");
        assertThat(page.forms.get(0).cells()).containsExactly(new ParagraphForm.Cell(ParagraphForm.Align.START, 2),
                new ParagraphForm.Cell(ParagraphForm.Align.END, 1));
        assertThat(page.forms.get(1).cells()).containsExactly(ParagraphForm.Cell.PLAIN,
                new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 1), new ParagraphForm.Cell(ParagraphForm.Align.END, 1));
        assertThat(page.forms.get(2).cells()).as("spans clamped to 1,000; no cell past the text's")
                .containsExactly(new ParagraphForm.Cell(ParagraphForm.Align.START, 1000));
    }

    @Test
    void aCellSpanningRowsLeavesAnEmptyCellInTheRowsBelowSoTheirCellsStayUnderTheirHeads() {
        Collected page = walk("<table><tr><th rowspan='2'>Name</th><th colspan='2'>2019</th><th>Note</th></tr>"
                + "<tr><th>Q1</th><th>Q2</th><th rowspan='3'>kept</th></tr>"
                + "<tr><td>Ann</td><td>1</td><td rowspan='0'>2</td></tr>"
                + "<tr><td>Bo</td><td>3</td></tr>"
                + "<tr><td>Cy</td></tr></table>"
                + "<table><tr><td>a new table</td><td>b</td></tr></table>");

        assertThat(page.texts).containsExactly("Name\t2019\tNote", "\tQ1\tQ2\tkept", "Ann\t1\t2",
                "Bo\t3", "Cy", "a new table\tb");
        assertThat(page.forms.get(0).cells()).as("Name spans two rows, 2019 two columns")
                .containsExactly(new ParagraphForm.Cell(ParagraphForm.Align.START, 1, 2),
                        new ParagraphForm.Cell(ParagraphForm.Align.START, 2));
        assertThat(page.forms.get(1).cells()).as("the empty cell under Name is plain; 'kept' spans its three rows")
                .containsExactly(ParagraphForm.Cell.PLAIN, ParagraphForm.Cell.PLAIN, ParagraphForm.Cell.PLAIN,
                        new ParagraphForm.Cell(ParagraphForm.Align.START, 1, 3));
        assertThat(page.forms.get(2).cell(2).rows()).as("rowspan=0: the rest of the group, three rows").isEqualTo(3);
    }

    @Test
    void aCellSpanningTwoRowsSaysSoInItsFirstRowAndTheSecondRowsTextIsUnchanged() {
        Collected page = walk("<table><tr><td rowspan='2' align='center'>Both</td><td>a</td></tr>"
                + "<tr><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>");

        assertThat(page.texts).containsExactly("Both\ta", "\tb", "c\td");
        assertThat(page.forms.get(0).cells()).containsExactly(
                new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 1, 2));
        assertThat(page.forms.get(1).cells()).as("the covered cell is a plain one").isEmpty();
        assertThat(page.forms.get(2).cells()).isEmpty();
    }

    @Test
    void aRowSpanEndsWithItsRowGroup() {
        Collected page = walk("<table><thead><tr><th rowspan='0'>Name</th><th rowspan='3'>Size</th></tr>"
                + "<tr><th>(sub)</th></tr></thead>"
                + "<tbody><tr><td>zlib</td><td>1</td></tr></tbody></table>");

        assertThat(page.texts).as("the head's spans stop at the body").containsExactly("Name\tSize", "\t\t(sub)",
                "zlib\t1");
    }

    @Test
    void aHugeOrNonsenseRowSpanIsClampedAndATableInACellDoesNotCarryItsSpansOut() {
        Collected page = walk("<table><tr><td rowspan='999999'>a</td><td rowspan='x'>b</td></tr>"
                + "<tr><td>c<table><tr><td rowspan='5'>inner</td></tr></table></td></tr>"
                + "<tr><td>d</td></tr></table>");

        assertThat(page.texts).as("a's column covered in every row below; 'x' spans nothing; the inner table's"
                + " span stays in it").containsExactly("a\tb", "\tc", "inner", "\td");
        assertThat(page.forms.get(0).cell(0).rows()).as("to the group's last row").isEqualTo(3);
        assertThat(page.forms.get(0).cell(1).rows()).isEqualTo(1);
    }

    @Test
    void aTableWithTenThousandColumnsKeepsItsFirstColumnsApartAndTheRestAsText() {
        StringBuilder row = new StringBuilder("<table><tr>");
        for (int i = 0; i < 10_000; i++) {
            row.append("<td>c").append(i).append("</td>");
        }
        Collected page = walk(row + "</tr></table>");

        assertThat(page.texts).hasSize(1);
        assertThat(page.texts.get(0).chars().filter(c -> c == '\t').count()).isEqualTo(HtmlText.MAX_COLUMNS - 1);
        assertThat(page.texts.get(0)).endsWith("c9999");
    }

    @Test
    void aFigureIsItsPictureWithItsCaptionAsText() {
        Collected page = walk("<figure><img src='img/fig1.png' alt='A pangolin' width='640' height='480'>"
                + "<figcaption>Figure 1. <em>Manis</em> at rest.</figcaption></figure>"
                + "<p>Text <img src='icon.png' width='16' height='16' alt='(i)'> goes on.</p>"
                + "<p><img src='big.jpg'></p>");

        assertThat(page.texts).containsExactly("Figure 1. Manis at rest.", "Text goes on.", "Picture");
        ParagraphForm figure = page.forms.get(0);
        assertThat(figure.role()).isEqualTo(Role.FIGURE);
        assertThat(figure.picture()).satisfies(p -> {
            assertThat(p.source()).isEqualTo("img/fig1.png");
            assertThat(p.alt()).isEqualTo("A pangolin");
            assertThat(p.width()).isEqualTo(640);
            assertThat(p.height()).isEqualTo(480);
        });
        assertThat(spans(page.texts.get(0), figure)).containsExactly("em[Manis]");
        assertThat(page.forms.get(1).role()).isEqualTo(Role.BODY);
        assertThat(page.forms.get(2).picture().sized()).isFalse();
    }

    /** Found while mending captions: a figure element with a picture and no caption was left out, picture and all. */
    @Test
    void aFigureWithoutACaptionKeepsItsPictureWithItsAltTextAsText() {
        Collected page = walk("<p>Before.</p><figure><img src='map.png' alt='A map of the harbour' width='200' "
                + "height='100'></figure><figure><img src='plan.png' width='300' height='200'></figure>"
                + "<p>After.</p>");

        assertThat(page.texts).containsExactly("Before.", "A map of the harbour", "Picture", "After.");
        assertThat(page.forms.get(1).role()).isEqualTo(Role.FIGURE);
        assertThat(page.forms.get(1).picture().source()).isEqualTo("map.png");
        assertThat(page.forms.get(2).picture().source()).isEqualTo("plan.png");
    }

    @Test
    void footnotesAreReferencesAndNotesWhateverToolMadeThem() {
        Collected page = walk("<p>Claim<a epub:type='noteref' href='#n1'>1</a>, pandoc<a class='footnote-ref' "
                + "href='#fn2'><sup>2</sup></a>, calibre<sup><a href='#c3'>[3]</a></sup>.</p>"
                + "<aside epub:type='footnote' id='n1'><p>EPUB 3 note.</p></aside>"
                + "<section class='footnotes'><ol><li id='fn2'><p>Pandoc note.</p></li></ol></section>"
                + "<div id='c3'><p>calibre note.</p></div>");

        assertThat(spans(page.texts.get(0), page.forms.get(0))).containsExactlyInAnyOrder("noteref[1]->#n1",
                "noteref[2]->#fn2", "sup[2]", "sup[[3]]", "noteref[[3]]->#c3");
        assertThat(page.forms.subList(1, 3)).extracting(ParagraphForm::role).containsOnly(Role.NOTE);
        assertThat(page.forms.get(1).ids()).containsExactly("n1");
        assertThat(page.forms.get(2).ids()).containsExactly("fn2");
        assertThat(page.forms.get(3).ids()).containsExactly("c3");
    }

    @Test
    void alignmentRulesQuotesAndDefinitionsAreKept() {
        Collected page = walk("<p style='text-align: center'>Title page</p><center>Also centred</center>"
                + "<p align='right'>Signed</p><hr><p>After the break.</p>"
                + "<blockquote><blockquote><p>Deep quote.</p></blockquote></blockquote>"
                + "<dl><dt>Term</dt><dd>Its meaning.</dd></dl>");

        assertThat(page.forms).extracting(f -> f.role() + " " + f.align() + " " + f.depth() + " " + f.ruleAbove())
                .containsExactly("BODY CENTER 0 false", "BODY CENTER 0 false", "BODY END 0 false",
                        "BODY START 0 true", "QUOTE START 2 false", "TERM START 0 false", "DEFINITION START 0 false");
    }

    @Test
    void aPicturesFileNameIsNoCaptionAndNoAltText() {
        Collected page = walk("<p><img src='images/cover.jpg' alt='cover.jpg'></p>"
                + "<p><img src='scans/IMG_0042' alt='img_0042'></p>"
                + "<figure><img src='img/fig2.png' alt='The reef'><figcaption><em>fig2.png</em></figcaption></figure>"
                + "<figure><img src='img/fig3.png'><figcaption>images/fig3.PNG</figcaption></figure>");

        assertThat(page.texts).containsExactly("Picture", "Picture", "The reef", "Picture");
        assertThat(page.forms).extracting(f -> f.picture().source())
                .as("each picture kept").containsExactly("images/cover.jpg", "scans/IMG_0042", "img/fig2.png",
                        "img/fig3.png");
        assertThat(page.forms.get(0).picture().alt()).isEmpty();
        assertThat(page.forms.get(1).picture().alt()).isEmpty();
        assertThat(page.forms.get(2).spans()).as("the file name's emphasis went with it").isEmpty();
    }

    @Test
    void wordsThatOnlyEndLikeAFileNameAreACaption() {
        Collected page = walk("<p><img src='m.png' alt='A chart of the reef.png'></p>"
                + "<figure><img src='m.png'><figcaption>Figure 2: the reef, from m.png</figcaption></figure>");

        assertThat(page.texts).containsExactly("A chart of the reef.png", "Figure 2: the reef, from m.png");
        assertThat(page.forms.get(0).picture().alt()).isEqualTo("A chart of the reef.png");
    }

    @Test
    void scriptLinksAndRemotePicturesAreNeverFollowed() {
        Collected page = walk("<p><a href='javascript:alert(1)'>click</a> and <a href='https://example.org/x'>out</a>"
                + "</p><p><img src='https://tracker.example/p.png' alt='Remote' width='300' height='200'></p>");

        assertThat(spans(page.texts.get(0), page.forms.get(0))).containsExactly("link[out]->https://example.org/x");
        assertThat(page.forms.get(1).picture().remote()).isTrue();
    }

    @Test
    void anEpubChaptersLinksAndPicturesAreNamedByTheirPathInTheBook() {
        Element root = Jsoup.parse("<p id='a'>See <a href='ch2.xhtml#sec'>there</a> and <a href='#a'>here</a>.</p>"
                + "<p><img src='../images/f.png' alt='F' width='10' height='50'></p>"
                + "<p><img src='../../../outside.png' alt='Out'></p>").body();
        Collected sink = new Collected();

        HtmlText.walk(root, sink, Set.of(), PageLinks.ofChapter("OEBPS/text/ch1.xhtml"));

        assertThat(spans(sink.texts.get(0), sink.forms.get(0))).containsExactly(
                "link[there]->#OEBPS/text/ch2.xhtml#sec", "link[here]->#OEBPS/text/ch1.xhtml#a");
        assertThat(sink.forms.get(0).ids()).containsExactly("OEBPS/text/ch1.xhtml#a");
        assertThat(sink.forms.get(1).picture().source()).isEqualTo("OEBPS/images/f.png");
        assertThat(sink.texts).as(sink.texts.toString()).hasSize(2); // a picture outside the book is not kept
    }

    @Test
    void listsNestedAThousandDeepReadWithoutRunningOutOfStack() {
        String open = "<ul><li>x".repeat(1000);
        Collected page = walk(open + "</li></ul>".repeat(1000));

        assertThat(page.texts).hasSize(1000);
        assertThat(page.forms.get(999).depth()).isGreaterThan(100);
    }

    @Test
    void aHugeDataPictureIsLeftOut() {
        String data = "data:image/png;base64," + "A".repeat(PageLinks.MAX_DATA_URI + 10);
        Collected page = walk("<p>Before</p><p><img src='" + data + "' alt='Huge'></p><p>After</p>");

        assertThat(page.texts).containsExactly("Before", "After");
        assertThat(page.forms).noneMatch(f -> f.role() == Role.FIGURE);
        assertThat(Span.Style.ofKey("em")).isEqualTo(Span.Style.EMPHASIS);
    }
}
