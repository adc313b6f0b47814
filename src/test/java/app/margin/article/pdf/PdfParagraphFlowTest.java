package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a paragraph goes on that a line, column or page break seems to end: a number at a line's start that belongs
 * to the sentence, a description's entry under its hanging indent, a column that starts with a capital or under a list
 * item's indent; and where it still ends.
 */
class PdfParagraphFlowTest {
    /** A proper noun or a number starts most of its lines when wrapped 215 points wide. */
    static final String NAMES = "Margin reads papers set by LaTeX and by Word the same way. The columns of a page"
            + " from ACM or IEEE or Springer follow one another as the authors of the paper wrote them and the"
            + " paragraphs that Knuth and Lamport taught TeX to break go on where Tufte would look for them, in"
            + " Paris or in London or in 2026 or in Berlin, with Unicode and OpenType and PostScript fonts from"
            + " Adobe and Apple and Microsoft set in Garamond or Baskerville or Bodoni or Caslon or Helvetica for"
            + " Chicago and Oxford and Cambridge and Princeton readers alike.";

    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    private static float width(String text) {
        return PdfMaker.Page.width(TIMES, 10, text);
    }

    @Test
    void aNumberThatClosesAParenthesisAtALineStartGoesOnInItsSentence() throws Exception {
        String[] lines = {
            "Some examples. An online document or world wide web resource [1, 28, 36], a video game (Case",
            "1) [27] and (Case 2) [26] and [25] and (Case 3) a patent [33], and work accepted for",
            "publication [30]."};
        assertThat(width(lines[0])).as("the line that opens the parenthesis is the column's widest")
                .isGreaterThan(width(lines[1]));
        PdfText text = PdfMaker.read(dir, "case.pdf", page -> {
            for (int i = 0; i < lines.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, lines[i]);
            }
            page.paragraph(72, 90 + 12 * lines.length, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
        });

        assertThat(texts(text)).containsExactly(String.join(" ", lines), PdfLayoutTest.ONE);
    }

    @Test
    void aNumberAfterAWordThatCannotEndAPhraseIsNoListItem() throws Exception {
        String[] lines = {
            "Author-year citations are used by the journal, and to give a textual citation, use the command:"
                + " Refs. 1 and",
            "4. By default, the package sorts your citations into numerical order and moves the spaces."};
        PdfText text = PdfMaker.read(dir, "refs.pdf", page -> {
            for (int i = 0; i < lines.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, lines[i]);
            }
        });

        assertThat(texts(text)).containsExactly(String.join(" ", lines));
    }

    @Test
    void theItemsOfANumberedListStillStartAtTheirNumbersWhateverTheLineBeforeEndsWith() throws Exception {
        String[] lines = {"1) if an option is given on the command line that names the interpreter of the file, or",
            "2) if the executable is named after the interpreter, or",
            "3) if the only argument on the command line is a file with the extension lua."};
        PdfText text = PdfMaker.read(dir, "items.pdf", page -> {
            for (int i = 0; i < lines.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, lines[i]);
            }
        });

        assertThat(texts(text)).containsExactly(lines);
    }

    @Test
    void aDescriptionsEntryGoesOnUnderItsHangingIndentWhereItsLineEndsNoSentence() throws Exception {
        String[] entry = {"Section 3 describes the structure of classes and packages. This includes build-",
            "ing classes and packages on top of other classes and packages, declaring",
            "options and declaring commands."};
        String next = "Section 4 lists the new class and package commands.";
        assertThat(width(entry[0])).isGreaterThan(width(entry[1]) + 20);
        PdfText text = PdfMaker.read(dir, "entries.pdf", page -> {
            page.line(72, 90, TIMES, 10, entry[0]);
            page.line(92, 102, TIMES, 10, entry[1]);
            page.line(92, 114, TIMES, 10, entry[2]);
            page.line(72, 126, TIMES, 10, next);
        });

        assertThat(texts(text)).containsExactly("Section 3 describes the structure of classes and packages. This"
                + " includes building classes and packages on top of other classes and packages, declaring options and"
                + " declaring commands.", next);
    }

    @Test
    void aParagraphGoesOnInTheNextColumnThoughItsLineThereStartsWithACapital() throws Exception {
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 215, 0, NAMES);
        float widest = (float) lines.stream().mapToDouble(PdfParagraphFlowTest::width).max().orElseThrow();
        int split = -1;
        for (int k = 3; k < lines.size() - 2 && split < 0; k++) {
            char c = lines.get(k).charAt(0);
            boolean capital = Character.isUpperCase(c) || Character.isDigit(c);
            if (capital && width(lines.get(k - 1)) > 0.95f * widest && !lines.get(k - 1).endsWith(".")) {
                split = k;
            }
        }
        assertThat(split).as("a column break before a line that starts with a capital").isPositive();
        int at = split;
        PdfText text = PdfMaker.read(dir, "capital.pdf", page -> {
            for (int i = 0; i < lines.size(); i++) {
                page.line(i < at ? 72 : 308, 90 + 12 * (i < at ? i : i - at), TIMES, 10, lines.get(i));
            }
        });

        assertThat(texts(text)).containsExactly(NAMES);
    }

    @Test
    void aListItemGoesOnInTheNextColumnUnderItsIndent() throws Exception {
        String item = "For completeness only: the style provides fields for the editors, among them one to put a"
                + " section heading before an entry and one to break the line before its address, which authors need"
                + " not worry about at all.";
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 205, 0, item);
        int split = -1;
        for (int k = 2; k < lines.size() - 1 && split < 0; k++) {
            if (width(lines.get(k - 1)) > 190 && !lines.get(k - 1).endsWith(".")) {
                split = k;
            }
        }
        assertThat(split).as("a column break after a full line of the item").isPositive();
        int at = split;
        PdfText text = PdfMaker.read(dir, "item.pdf", page -> {
            float y = page.paragraph(72, 90, 215, TIMES, 10, 12, 10, PdfLayoutTest.ONE);
            page.line(72, y, TIMES, 10, "\u2022");
            for (int i = 0; i < at; i++) {
                page.line(82, y + 12 * i, TIMES, 10, lines.get(i));
            }
            for (int i = at; i < lines.size(); i++) {
                page.line(318, 90 + 12 * (i - at), TIMES, 10, lines.get(i));
            }
            page.paragraph(308, 90 + 12 * (lines.size() - at), 215, TIMES, 10, 12, 10, PdfLayoutTest.TWO);
        });

        assertThat(texts(text)).containsExactly(PdfLayoutTest.ONE, "\u2022 " + item, PdfLayoutTest.TWO);
    }

    @Test
    void aParagraphSetApartBelowAFullLineWithoutAFullStopStartsAnew() throws Exception {
        String[] first = {"The helpers below get and set the offsets of a glyph, the left and right values of a rule",
            "and the widths of the glue between the words of the line that holds them, among other things",};
        String second = "In the direct namespace there are more such helpers and more of them come with every version.";
        PdfText text = PdfMaker.read(dir, "apart.pdf", page -> {
            page.line(72, 90, TIMES, 10, first[0]);
            page.line(72, 102, TIMES, 10, first[1]);
            page.line(72, 122, TIMES, 10, second);
        });

        assertThat(texts(text)).containsExactly(String.join(" ", first), second);
    }

    @Test
    void aDescriptionsEntrySetApartGoesOnUnderItsHangingIndentWhateverItsSecondLineStartsWith() throws Exception {
        String[][] entries = {
            {"key Used for alphabetizing, cross referencing, and creating a label when the",
                "\u201cauthor\u201d information (described in Section 4) is missing. This field should",
                "not be confused with the key of the entry."},
            {"pages One or more page numbers or range of numbers, such as 42--111 or",
                "7,41,73--97 or 43+ (the plus sign in this last example marks the pages after it).",
                "The standard styles convert a single dash to a double one."}};
        PdfText text = PdfMaker.read(dir, "fields.pdf", page -> {
            float y = 90;
            for (String[] entry : entries) {
                page.line(72, y, TIMES, 10, entry[0]);
                page.line(92, y + 12, TIMES, 10, entry[1]);
                page.line(92, y + 24, TIMES, 10, entry[2]);
                y += 42; // entries set apart by white space, as btxdoc's fields are
            }
        });

        assertThat(texts(text)).containsExactly(String.join(" ", entries[0]), String.join(" ", entries[1]));
    }

    @Test
    void aNumberThatGoesOnASeriesInItsSentenceStartsNoItem() throws Exception {
        String[] item = {"6. The standard styles cross reference entries in five situations: when (1) an",
            "INPROCEEDINGS cross references a PROCEEDINGS, which is the same; when",
            "(2) a BOOK, (3) an INBOOK, or (4) an INCOLLECTION cross references a BOOK."};
        String next = "7. The styles put the cross-referenced entries after the others in the list.";
        PdfText text = PdfMaker.read(dir, "series.pdf", page -> {
            page.line(72, 90, TIMES, 10, item[0]);
            page.line(84, 102, TIMES, 10, item[1]);
            page.line(84, 114, TIMES, 10, item[2]);
            page.line(72, 126, TIMES, 10, next);
        });

        assertThat(texts(text)).containsExactly(String.join(" ", item), next);
    }

    @Test
    void aListItemsFirstSentenceGoesOnUnderItsHangingIndentWithoutSpaceBetween() throws Exception {
        String[] item = {"3. BibTeX has a new cross-referencing feature, explained by an example here.",
            "Suppose you say that in your document, and suppose you have these two entries",
            "in your database file, one of which refers to the other one by its key."};
        String next = "4. The entry types are the ones that the standard styles know about.";
        PdfText text = PdfMaker.read(dir, "item.pdf", page -> {
            page.line(72, 90, TIMES, 10, item[0]);
            page.line(84, 102, TIMES, 10, item[1]);
            page.line(84, 114, TIMES, 10, item[2]);
            page.line(72, 126, TIMES, 10, next);
        });

        assertThat(texts(text)).containsExactly(String.join(" ", item), next);
    }

    @Test
    void aSentenceThatNamesATableAtALinesStartIsNoCaption() throws Exception {
        // sample-sigplan.pdf p. 3.
        String[] lines = {
            "Immediately following this sentence is the point at which the first of the tables of",
            "Table 1 is included in the input file; compare the placement of the table here with",
            "the table in the printed output of this document."};
        PdfText text = PdfMaker.read(dir, "named.pdf", page -> {
            for (int i = 0; i < lines.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, lines[i]);
            }
        });

        assertThat(texts(text)).containsExactly(String.join(" ", lines));
        assertThat(text.paragraphs().get(0).kind()).isEqualTo(PdfParagraph.Kind.TEXT);
    }
}
