package app.margin.exchange.readers;

import static app.margin.exchange.readers.ReaderLibrary.EDITED;
import static app.margin.exchange.readers.ReaderLibrary.EXACT;
import static app.margin.exchange.readers.ReaderLibrary.MISSING;
import static app.margin.exchange.readers.ReaderLibrary.QUOTES;
import static app.margin.exchange.readers.ReaderLibrary.REPEATED;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightPlacerTest {

    static final Instant FILE_TIME = Instant.parse("2026-12-01T00:00:00Z");

    static ImportPlan plan(ForeignFile file) {
        return new HighlightPlacer(ReaderLibrary.library(), null, FILE_TIME).plan(file);
    }

    static String kindle() {
        String h = "- Your Highlight on page %d | Location %d-%d | Added on Monday, 7 December 2026 10:2%d:00";
        String title = ReaderLibrary.BOOK + " (" + ReaderLibrary.AUTHOR + ")";
        return KindleClippingsTest.clipping(title, h.formatted(1, 10, 12, 1), EXACT)
                + KindleClippingsTest.clipping(title, "- Your Note on page 1 | Location 12 | Added on Monday,"
                        + " 7 December 2026 10:21:30", "The ledger!")
                + KindleClippingsTest.clipping(title, h.formatted(2, 20, 21, 2), QUOTES)
                + KindleClippingsTest.clipping(title, h.formatted(2, 23, 23, 3), ReaderLibrary.CHAPTER_END)
                + KindleClippingsTest.clipping(title, h.formatted(3, 25, 25, 3), REPEATED)
                + KindleClippingsTest.clipping(title, h.formatted(3, 30, 33, 4), EDITED)
                + KindleClippingsTest.clipping(title, h.formatted(4, 40, 41, 5), MISSING)
                + KindleClippingsTest.clipping("Another Book (Bo Writer)", h.formatted(1, 1, 2, 6),
                        "a sentence to find")
                + KindleClippingsTest.clipping("Not In The Library (X)", h.formatted(1, 1, 2, 7), "Anything.");
    }

    static ForeignFile kindleFile() throws Exception {
        return KindleClippings.read(new ByteArrayInputStream(kindle().getBytes(StandardCharsets.UTF_8)),
                "My Clippings.txt", ZoneOffset.UTC);
    }

    /** Where each note sits now, by Margin's own re-anchoring, as the article's words. */
    static List<String> placedWords(BookPlan book) throws Exception {
        ArticleLayout layout = ArticleLayout.of(book.article().text().load());
        AnchorResolver resolver = new AnchorResolver(layout);
        return book.notes().stream().filter(n -> n.kind() == NoteKind.HIGHLIGHT)
                .map(n -> resolver.resolve(n.anchor()).map(p -> words(layout, p)).orElse("(unplaced)")).toList();
    }

    private static String words(ArticleLayout layout, Placement p) {
        return layout.blocks().get(p.blockIndex()).text().substring(p.start(), p.end());
    }

    @Test
    void kindleHighlightsArePlacedOnTheBooksOwnWords() throws Exception {
        ImportPlan plan = plan(kindleFile());
        assertThat(plan.books()).hasSize(2);
        BookPlan harbour = plan.books().get(0);
        assertThat(harbour.article().id()).isEqualTo("quiet-harbour");
        assertThat(harbour.preview()).isEqualTo("6 highlights for 'The Quiet Harbour': 5 placed, 1 unplaced");
        assertThat(harbour.notes().get(3).anchor().sectionId()).as("placed between its neighbours").isEqualTo("ch2");
        assertThat(placedWords(harbour)).containsExactly(EXACT,
                "\u201CI never lie,\u201D she said \u2014 and then she lied.", ReaderLibrary.CHAPTER_END, REPEATED,
                EDITED.replace("counted", "weighed"), "(unplaced)");
        assertThat(harbour.notes().get(0).text()).isEqualTo("The ledger!");
        assertThat(plan.books().get(1).preview()).isEqualTo("1 highlight for 'Another Book' (into 'Another Book:"
                + " A Subtitle'): 1 placed, 0 unplaced");
        assertThat(plan.unmatched()).singleElement().asString().startsWith("'Not In The Library' by X (1 mark): no"
                + " article in your library");
    }

    @Test
    void theChapterDecidesBetweenEqualPassages() throws Exception {
        ForeignFile file = new ForeignFile(ReaderFormat.KOREADER, "m.lua", List.of(
                mark(REPEATED, "Chapter Two"), mark(REPEATED, "")), List.of());
        BookPlan book = plan(file).books().get(0);
        assertThat(book.placed()).isEqualTo(1);
        Note first = book.notes().get(0);
        assertThat(first.anchor().sectionId()).isEqualTo("ch2");
        assertThat(book.notes().get(1).anchor().paragraphIndex()).isEqualTo(-1);
    }

    @Test
    void anUnplacedHighlightSaysWhereItCameFrom() throws Exception {
        BookPlan book = plan(kindleFile()).books().get(0);
        Note missing = book.notes().get(5);
        assertThat(missing.anchor().quote().exact()).isEqualTo(MISSING);
        assertThat(missing.text()).isEqualTo("Imported from Kindle clippings (My Clippings.txt, line 31), Location"
                + " 40-41, page 4: its words were not found in this article, or were found in more than one place.");
    }

    @Test
    void placingTheSameFileTwiceGivesEqualNotes() throws Exception {
        assertThat(plan(kindleFile()).books().get(0).notes()).isEqualTo(plan(kindleFile()).books().get(0).notes());
    }

    @Test
    void aFileWithoutBookTitlesGoesToTheOpenArticle() {
        ForeignFile file = new ForeignFile(ReaderFormat.CALIBRE, "x.calibre_highlights", List.of(
                new ForeignHighlight(ReaderFormat.CALIBRE, ForeignHighlight.Kind.HIGHLIGHT, "", "", EXACT, "", "blue",
                        null, "", "/2/4", "x")), List.of());
        ImportPlan plan = new HighlightPlacer(List.of(), LibraryArticle.of(ReaderLibrary.harbour()), FILE_TIME)
                .plan(file);
        Note note = plan.books().get(0).notes().get(0);
        assertThat(note.color()).isEqualTo(HighlightColor.BLUE);
        assertThat(note.created()).isEqualTo(FILE_TIME);
    }

    static ForeignHighlight mark(String text, String chapter) {
        return new ForeignHighlight(ReaderFormat.KOREADER, ForeignHighlight.Kind.HIGHLIGHT, ReaderLibrary.BOOK,
                ReaderLibrary.AUTHOR, text, "", "", Instant.parse("2026-12-07T10:00:00Z"), chapter,
                "", "m.lua, x");
    }
}
