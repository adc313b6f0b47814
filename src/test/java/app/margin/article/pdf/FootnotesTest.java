package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's footnotes as notes linked from their raised marks. */
class FootnotesTest {
    static final String BEFORE = "Because the natbib package";
    static final String AFTER = "are available for your document, a reader may look them up.";
    static final String MORE = "The layout analysis finds the lines, the columns and the paragraphs of each page, and"
            + " it leaves out the running heads, the footers and the page numbers.";

    @TempDir
    Path dir;

    /** A body line "BEFORE" + a raised, smaller {@code mark} + " AFTER" with its baseline at {@code y}. */
    static void marked(PdfMaker.Page page, float x, float y, String before, String mark, String after) {
        page.line(x, y, TIMES, 10, before);
        float w = PdfMaker.Page.width(TIMES, 10, before);
        page.line(x + w, y - 3.5f, TIMES, 7, mark);
        float m = PdfMaker.Page.width(TIMES, 7, mark);
        page.line(x + w + m + 2.5f, y, TIMES, 10, after);
    }

    /** A footnote at {@code y}: its mark raised and smaller (or not, when {@code raised} is false), its text in 8 pt. */
    static void note(PdfMaker.Page page, float x, float y, String mark, String text, boolean raised) {
        if (raised) {
            page.line(x, y - 2.5f, TIMES, 6, mark);
            page.line(x + PdfMaker.Page.width(TIMES, 6, mark) + 0.5f, y, TIMES, 8, text);
        } else {
            page.line(x, y, TIMES, 8, mark + " " + text);
        }
    }

    static void rule(PdfMaker.Page page, float x, float y, float width) {
        try {
            page.out.setLineWidth(0.4f);
            page.out.moveTo(x, PdfMaker.HEIGHT - y);
            page.out.lineTo(x + width, PdfMaker.HEIGHT - y);
            page.out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfText read(String name, java.util.function.Consumer<PdfMaker.Page> draw) throws Exception {
        return PdfMaker.read(dir, name, draw);
    }

    private static List<PdfParagraph> notes(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.NOTE).toList();
    }

    private static List<Span> refs(PdfParagraph p) {
        return p.spans().stream().filter(s -> s.style() == Span.Style.NOTE_REF).toList();
    }

    @Test
    void aRaisedMarkLinksToTheFootnoteUnderTheRuleAtTheFootOfThePage() throws Exception {
        PdfText text = read("one.pdf", page -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, MORE);
            marked(page, 72, y, BEFORE, "1", AFTER);
            page.paragraph(72, y + 24, 451, TIMES, 10, 12, 0, MORE);
            rule(page, 72, 700, 120);
            note(page, 72, 712, "1", "The footnote text.", true);
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.TEXT, PdfParagraph.Kind.NOTE, PdfParagraph.Kind.TEXT);
        PdfParagraph body = text.paragraphs().get(1);
        assertThat(body.text()).isEqualTo(BEFORE + "1 " + AFTER);
        Span ref = refs(body).get(0);
        assertThat(body.text().substring(ref.start(), ref.end())).isEqualTo("1");
        assertThat(ref.start()).isEqualTo(BEFORE.length());
        PdfParagraph note = text.paragraphs().get(2);
        assertThat(ref.target()).isEqualTo("#" + note.id());
        assertThat(note.id()).isEqualTo("fn-p1-1");
        assertThat(note.text()).isEqualTo("1 The footnote text.");
        assertThat(note.marker()).isEqualTo("1");
    }

    @Test
    void twoFootnotesFollowTheParagraphsThatCallThem() throws Exception {
        PdfText text = read("two.pdf", page -> {
            marked(page, 72, 100, BEFORE, "1", AFTER);
            float y = page.paragraph(72, 112, 451, TIMES, 10, 12, 0, MORE);
            marked(page, 72, y + 12, "A second paragraph calls", "2", "its own note at the end.");
            page.paragraph(72, y + 36, 451, TIMES, 10, 12, 0, MORE);
            rule(page, 72, 690, 120);
            note(page, 72, 702, "1", "The first note, which is long enough to run on over a second line of the"
                    + " foot", false);
            page.line(72, 711, TIMES, 8, "of the page, where it ends.");
            note(page, 72, 720, "2", "The second note.", false);
        });

        List<PdfParagraph> notes = notes(text);
        assertThat(notes).extracting(PdfParagraph::text).containsExactly("1 The first note, which is long enough to"
                + " run on over a second line of the foot of the page, where it ends.", "2 The second note.");
        assertThat(notes).extracting(PdfParagraph::id).containsExactly("fn-p1-1", "fn-p1-2");
        List<PdfParagraph> all = text.paragraphs();
        int first = all.indexOf(notes.get(0));
        int second = all.indexOf(notes.get(1));
        assertThat(refs(all.get(first - 1))).extracting(Span::target).containsExactly("#fn-p1-1");
        assertThat(refs(all.get(second - 1))).extracting(Span::target).containsExactly("#fn-p1-2");
    }

    @Test
    void symbolMarksAreFootnoteMarksToo() throws Exception {
        PdfText text = read("symbols.pdf", page -> {
            marked(page, 72, 100, "Ann Author", "*", "and Second Author wrote this.");
            marked(page, 72, 112, "Charlie Author", "\u2020", "joined them later on.");
            page.paragraph(72, 124, 451, TIMES, 10, 12, 15, MORE);
            rule(page, 72, 700, 120);
            note(page, 72, 712, "*", "Also at the Physics Department.", true);
            note(page, 72, 721, "\u2020", "Now at another place.", true);
        });

        assertThat(notes(text)).extracting(PdfParagraph::marker, PdfParagraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("*", "* Also at the Physics Department."),
                org.assertj.core.groups.Tuple.tuple("\u2020", "\u2020 Now at another place."));
        assertThat(text.paragraphs().stream().flatMap(p -> refs(p).stream()).map(Span::target))
                .containsExactlyInAnyOrder("#fn-p1-1", "#fn-p1-2");
    }

    @Test
    void aNumberWithAFullStopAtTheFootIsAMarkAndARaisedPageReferenceIsNot() throws Exception {
        PdfText text = read("french.pdf", page -> {
            marked(page, 72, 100, "La commande est décrite", "p. 3", "plus loin.");
            marked(page, 72, 112, "Elle figure dans le titre courant", "3", "et au sommaire.");
            page.paragraph(72, 124, 451, TIMES, 10, 12, 15, MORE);
            rule(page, 72, 700, 120);
            note(page, 72, 712, "3.", "En entête.", false);
        });

        assertThat(notes(text)).extracting(PdfParagraph::marker, PdfParagraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3", "3 En entête.")); // its mark alone, as the reader shows it
        List<PdfParagraph> calling = text.paragraphs().stream().filter(p -> !refs(p).isEmpty()).toList();
        assertThat(calling).extracting(PdfParagraph::text).containsExactly("Elle figure dans le titre courant3 et au"
                + " sommaire.");
    }

    @Test
    void aPageNumberAtTheFootIsNoFootnote() throws Exception {
        PdfText text = read("number.pdf", page -> {
            marked(page, 72, 100, "The area grows as x", "3", "when the side grows.");
            page.paragraph(72, 112, 451, TIMES, 10, 12, 15, MORE);
            page.line(290, 780, TIMES, 8, "3");
        });

        assertThat(notes(text)).isEmpty();
        assertThat(text.paragraphs()).allSatisfy(p -> assertThat(refs(p)).isEmpty());
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.strip().equals("3"));
    }

    @Test
    void aBodySizeLineAtTheFootIsNoFootnote() throws Exception {
        String last = "1 This line is set in the body size at the foot of the page.";
        PdfText text = read("body.pdf", page -> {
            marked(page, 72, 100, BEFORE, "1", AFTER);
            page.paragraph(72, 112, 451, TIMES, 10, 12, 15, MORE);
            page.line(72, 712, TIMES, 10, last);
        });

        assertThat(notes(text)).isEmpty();
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).contains(last);
    }

    @Test
    void onATwoColumnPageEachColumnsFootnoteFollowsItsParagraph() throws Exception {
        String left = "The left column says something";
        String right = "The right column says more";
        PdfText text = read("columns.pdf", page -> {
            float y = page.paragraph(72, 100, 215, TIMES, 10, 12, 0, MORE);
            marked(page, 72, y + 12, left, "1", "here.");
            y = page.paragraph(308, 100, 215, TIMES, 10, 12, 0, MORE + " " + MORE);
            marked(page, 308, y + 12, right, "2", "there.");
            rule(page, 72, 690, 80);
            note(page, 72, 702, "1", "A note at the foot of the left column.", true);
            rule(page, 308, 690, 80);
            note(page, 308, 702, "2", "A note at the foot of the right column.", true);
        });

        List<PdfParagraph> all = text.paragraphs();
        assertThat(all).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.TEXT, PdfParagraph.Kind.NOTE, PdfParagraph.Kind.TEXT, PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.NOTE);
        assertThat(all.get(1).text()).startsWith(left);
        assertThat(all.get(2).text()).isEqualTo("1 A note at the foot of the left column.");
        assertThat(all.get(4).text()).startsWith(right);
        assertThat(all.get(5).text()).isEqualTo("2 A note at the foot of the right column.");
        assertThat(refs(all.get(4))).extracting(Span::target).containsExactly("#" + all.get(5).id());
    }

    @Test
    void aSmallLineWithANumberNoMarkCallsStaysText() throws Exception {
        String line = "2 A small line that no raised mark in the text calls.";
        PdfText text = read("uncalled.pdf", page -> {
            marked(page, 72, 100, BEFORE, "1", AFTER);
            page.paragraph(72, 112, 451, TIMES, 10, 12, 15, MORE);
            page.line(72, 712, TIMES, 8, line);
        });

        assertThat(notes(text)).isEmpty();
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).contains(line);
    }

    @Test
    void aFootnoteThatRunsOnAtTheFootOfTheNextPageIsOneNote() throws Exception {
        Path file = dir.resolve("runs-on.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page one = pdf.page();
            marked(one, 72, 100, BEFORE, "1", AFTER);
            one.paragraph(72, 112, 451, TIMES, 10, 12, 15, MORE);
            rule(one, 72, 700, 120);
            note(one, 72, 712, "1", "A long note begins at the foot of the first page and", true);
            PdfMaker.Page two = pdf.page();
            two.paragraph(72, 100, 451, TIMES, 10, 12, 15, MORE);
            rule(two, 72, 700, 120);
            two.line(72, 712, TIMES, 8, "goes on at the foot of the second, where it ends.");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(notes(text)).extracting(PdfParagraph::text).containsExactly("1 A long note begins at the foot of"
                + " the first page and goes on at the foot of the second, where it ends.");
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.startsWith("goes on"));
    }

    @Test
    void aListOfWorksInANoteEndingWithASemicolonRunsOnThoughTheNextPageStartsWithACapital() throws Exception {
        Path file = dir.resolve("runs-on-list.pdf"); // nwejm: a note citing works, one a line, each ending " ;"
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page one = pdf.page();
            marked(one, 72, 100, BEFORE, "6", AFTER);
            one.paragraph(72, 112, 451, TIMES, 10, 12, 15, MORE);
            rule(one, 72, 700, 120);
            note(one, 72, 712, "6.", "Ensenbach et Trettin, 2016, Das Register ;", false);
            PdfMaker.Page two = pdf.page();
            two.paragraph(72, 100, 451, TIMES, 10, 12, 15, MORE);
            rule(two, 72, 700, 120);
            two.line(84, 712, TIMES, 8, "Ensenbach, Trettin et Sacchetto, 2011, Elenco del peccati ;");
            two.line(84, 722, TIMES, 8, "Trettin et Fenn, 2007, An essential guide.");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(notes(text)).extracting(PdfParagraph::text).containsExactly("6 Ensenbach et Trettin, 2016, Das"
                + " Register ; Ensenbach, Trettin et Sacchetto, 2011, Elenco del peccati ; Trettin et Fenn, 2007, An"
                + " essential guide.");
    }

    @Test
    void nwejmsNoteSixGoesOnAtTheFootOfPageTwo() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-french.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(notes(text)).anyMatch(p -> p.text().startsWith("6 ") && p.text().contains("Sacchetto"));
        assertThat(text.paragraphs()).noneMatch(p -> p.kind() != PdfParagraph.Kind.NOTE
                && p.text().startsWith("Ensenbach, Trettin et Sacchetto"));
    }

    @Test
    void eachMarkOfARaisedListCallsItsOwnNote() throws Exception {
        PdfText text = read("marks.pdf", page -> { // nwejm's authors: "Last3^{3,4}", "Last4^{2,5}"
            marked(page, 72, 100, "First1 Last1", "1", "First2 Last2");
            page.line(end(72, "First1 Last1", "1", "First2 Last2"), 96.5f, TIMES, 7, "2");
            marked(page, 72, 112, "First3 Last3", "3,4", "First4 Last4");
            page.line(end(72, "First3 Last3", "3,4", "First4 Last4"), 108.5f, TIMES, 7, "2,5");
            page.paragraph(72, 136, 451, TIMES, 10, 12, 0, MORE);
            rule(page, 72, 680, 120);
            String[] notes = {"Affiliation 1", "Affiliation 2", "Affiliation 3", "Affiliation 3 bis", "Affiliation 4"};
            for (int n = 0; n < notes.length; n++) {
                note(page, 72, 692 + 9 * n, (n + 1) + ".", notes[n], false);
            }
        });

        assertThat(notes(text)).extracting(PdfParagraph::text).containsExactly("1 Affiliation 1", "2 Affiliation 2",
                "3 Affiliation 3", "4 Affiliation 3 bis", "5 Affiliation 4");
        List<String> targets = text.paragraphs().stream().flatMap(p -> refs(p).stream()).map(Span::target).toList();
        assertThat(targets).containsExactlyInAnyOrder("#fn-p1-1", "#fn-p1-2", "#fn-p1-3", "#fn-p1-4", "#fn-p1-5");
    }

    /** Where a line that {@link #marked} set ends. */
    private static float end(float x, String before, String mark, String after) {
        return x + PdfMaker.Page.width(TIMES, 10, before) + PdfMaker.Page.width(TIMES, 7, mark) + 2.5f
                + PdfMaker.Page.width(TIMES, 10, after) + 0.3f;
    }

    @Test
    void nwejmsAffiliationsAreFiveNotes() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-french.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(notes(text)).extracting(PdfParagraph::text).contains("2 Affiliation 2", "3 Affiliation 3",
                "4 Affiliation 3 bis", "5 Affiliation 4");
    }
}
