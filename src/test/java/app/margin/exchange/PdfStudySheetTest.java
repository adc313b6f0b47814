package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.AnchorResolver;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfStudySheetTest {

    @TempDir
    Path dir;

    static Sheet sheet() throws Exception {
        StudyNotes study = new StudyNotes();
        return StudySheet.of(study.layout, study.notes(), study.bookmarks(),
                new AnchorResolver(study.layout)::resolve, StudyNotes.EXPORT_CLOCK);
    }

    @Test
    void everyHighlightsWordsAndEveryNoteAreInThePdfText() throws Exception {
        Sheet sheet = sheet();
        Path pdf = dir.resolve("sheet.pdf");
        PdfStudySheet.write(pdf, sheet, null, SheetFonts.reading());

        String text = flat(text(pdf));
        assertThat(text).contains(flat(sheet.title())).contains("Stopped here, finish before Thursday");
        List<Note> notes = sheet.notes();
        assertThat(notes).hasSize(5);
        for (Note note : notes) {
            if (note.kind() == NoteKind.HIGHLIGHT) {
                assertThat(text).as("highlight %s", note.id()).contains(flat(note.anchor().quote().exact()));
            }
            assertThat(text).as("note %s", note.id()).contains(flat(note.text()));
        }
        assertThat(text).contains("Section note").contains("Yellow highlight").contains("#exam");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("sheet.pdf");
    }

    @Test
    void anAnnotationOfAPagedSourceCitesItsPageAsTheMarkdownSheetDoes() throws Exception {
        // A new user's trial: the Markdown sheet of yathesis-fr.pdf said "Green highlight · p. 12", the PDF sheet
        // of the same notes no page at all, nor for its bookmark and section note.
        app.margin.model.Section body = new app.margin.model.Section("s", "Results",
                List.of("First page words.", "Second page holds the finding."), List.of(), java.util.Set.of(),
                Map.of(0, app.margin.model.ParagraphForm.PLAIN.withPage("11"),
                        1, app.margin.model.ParagraphForm.PLAIN.withPage("xii")));
        app.margin.model.Article paper = new app.margin.model.Article("paper", "Paper", null, null, null, List.of(),
                List.of(body), false);
        app.margin.model.ArticleLayout layout = app.margin.model.ArticleLayout.of(paper);
        java.time.Instant t = java.time.Instant.parse("2025-03-03T10:00:00Z");
        Note highlight = new Note("hl-page", "paper", "hash", NoteKind.HIGHLIGHT,
                app.margin.model.Anchor.passage("s", 1, body.paragraphs().get(1), 17, 29),
                app.margin.model.HighlightColor.BLUE, "", List.of(), t, t);
        Note sectionNote = new Note("sn-page", "paper", "hash", NoteKind.SECTION, app.margin.model.Anchor.section("s"),
                null, "Read again.", List.of(), t, t);
        app.margin.model.Bookmark mark = new app.margin.model.Bookmark("bm-page", "paper", "hash",
                app.margin.model.Anchor.passage("s", 0, body.paragraphs().get(0), 0, 5), "Start", t, t);
        Sheet sheet = StudySheet.of(layout, List.of(highlight, sectionNote), List.of(mark),
                new AnchorResolver(layout)::resolve, StudyNotes.EXPORT_CLOCK);
        Path pdf = dir.resolve("paged.pdf");

        PdfStudySheet.write(pdf, sheet, null, SheetFonts.reading());

        String text = flat(text(pdf));
        assertThat(text).contains("Blue highlight · p. xii ·", "Bookmark: Start (p. 11)", "Section note · p. 11");
        String markdown = StudySheet.markdown(sheet);
        assertThat(markdown).contains("Blue highlight · p. xii ·", "Bookmark: Start (p. 11)");
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        PdfStudySheet.write(pdf, sheet(), null, SheetFonts.reading());
        assertFontsEmbedded(pdf);
    }

    @Test
    void theBundledFontEmbedsWhereTheSystemHasNone() throws Exception {
        Path pdf = dir.resolve("bundled.pdf");
        PdfStudySheet.write(pdf, sheet(), null, SheetFonts.bundled());
        List<String> names = assertFontsEmbedded(pdf);
        assertThat(names).allMatch(n -> n.contains("LiberationSerif"));
        assertThat(flat(text(pdf))).contains("safety valve");
    }

    @Test
    void aSectionSheetHoldsThatSectionOnly() throws Exception {
        Sheet whole = sheet();
        Sheet ukraine = whole.only(StudyNotes.UKRAINE);
        Path pdf = dir.resolve("section.pdf");
        PdfStudySheet.write(pdf, ukraine, "Section: " + ukraine.parts().get(0).heading(), SheetFonts.reading());

        String text = flat(text(pdf));
        assertThat(ukraine.notes()).extracting(Note::id).containsExactlyInAnyOrder("note-ukraine", "hl-tactical");
        assertThat(text).contains("strategic catastrophe for the world").contains("Seminar question")
                .contains("Section: " + ukraine.parts().get(0).heading())
                .doesNotContain("safety valve").doesNotContain("Stopped here");
    }

    @Test
    void markupInTheReadersTextIsPrintedAsText() throws Exception {
        StudyNotes study = new StudyNotes();
        Note note = study.highlight("hl-markup", StudyNotes.DIALOGUE, "Think of it as a crucial safety valve",
                app.margin.model.HighlightColor.PINK, "<b>not bold</b> & \"quoted\" </body>", List.of("a&b"),
                java.time.Instant.parse("2025-03-03T10:00:00Z"));
        Sheet sheet = StudySheet.of(study.layout, List.of(note), List.of(),
                new AnchorResolver(study.layout)::resolve, StudyNotes.EXPORT_CLOCK);
        Path pdf = dir.resolve("markup.pdf");
        PdfStudySheet.write(pdf, sheet, null, SheetFonts.reading());
        assertThat(flat(text(pdf))).contains("<b>not bold</b> & \"quoted\" </body>").contains("#a&b")
                .contains("Pink highlight");
    }

    @Test
    void anUnwritableFileIsAClearProblemAndLeavesNothing() throws Exception {
        Path pdf = dir.resolve("no-such-folder").resolve("sheet.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> PdfStudySheet.write(pdf, sheet(), null, SheetFonts.reading()))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("sheet.pdf");
        assertThat(Files.exists(pdf.getParent())).isFalse();
    }

    @Test
    void theHighlightColoursComeFromTheStylesheetsLightTheme() throws Exception {
        Map<String, String> tokens = SheetColours.light();
        for (app.margin.model.HighlightColor c : app.margin.model.HighlightColor.values()) {
            assertThat(tokens.get("-margin-highlight-" + c.key())).matches("#[0-9a-f]{6}");
        }
        String css = SheetColours.fill(".hl-yellow { background-color: @margin-highlight-yellow@; }", tokens);
        assertThat(css).isEqualTo(".hl-yellow { background-color: " + tokens.get("-margin-highlight-yellow") + "; }");
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Checks every font on every page is embedded; returns their names. */
    static List<String> assertFontsEmbedded(Path pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    /** Whitespace (line breaks, wraps) as single spaces. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
