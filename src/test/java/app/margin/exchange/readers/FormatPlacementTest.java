package app.margin.exchange.readers;

import static app.margin.exchange.readers.ReaderLibrary.CHAPTER_END;
import static app.margin.exchange.readers.ReaderLibrary.EDITED;
import static app.margin.exchange.readers.ReaderLibrary.EXACT;
import static app.margin.exchange.readers.ReaderLibrary.MISSING;
import static app.margin.exchange.readers.ReaderLibrary.QUOTES;
import static app.margin.exchange.readers.ReaderLibrary.REPEATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format's file, written the way that reader writes it, with the same six highlights of the test book: each
 * is placed on the book's own words (the passage in both chapters by its chapter where the format keeps one), and
 * the one whose words are not in the book goes to Unplaced.
 */
class FormatPlacementTest {

    /** The highlights every fixture holds, with the chapter readers that keep one give. */
    private static final List<String[]> MARKS = List.of(new String[] {EXACT, "Chapter One"},
            new String[] {QUOTES, "Chapter One"}, new String[] {CHAPTER_END, "Chapter One"},
            new String[] {REPEATED, "Chapter Two"}, new String[] {EDITED, "Chapter Two"},
            new String[] {MISSING, "Chapter Two"});

    /** The book's own words for each placed highlight, in order. */
    private static final List<String> BOOK_WORDS = List.of(EXACT,
            "\u201CI never lie,\u201D she said \u2014 and then she lied.", CHAPTER_END, REPEATED,
            EDITED.replace("counted", "weighed"), "(unplaced)");

    @TempDir
    Path dir;

    private BookPlan place(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        ForeignFile foreign = ((ReaderFiles.Foreign) ReaderFiles.read(file, ZoneOffset.UTC)).file();
        ImportPlan plan = new HighlightPlacer(ReaderLibrary.library(), LibraryArticle.of(ReaderLibrary.harbour()),
                HighlightPlacerTest.FILE_TIME).plan(foreign);
        assertThat(plan.unmatched()).isEmpty();
        return plan.books().get(0);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String lua(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void koreaderSidecar() throws Exception {
        StringBuilder lua = new StringBuilder("-- we can read Lua syntax here!\nreturn {\n    [\"annotations\"] = {\n");
        for (int i = 0; i < MARKS.size(); i++) {
            lua.append("        [").append(i + 1).append("] = {\n            [\"chapter\"] = ").append(lua(MARKS.get(i)[1]))
                    .append(",\n            [\"datetime\"] = \"2026-12-07 10:2").append(i).append(":00\",\n")
                    .append("            [\"drawer\"] = \"lighten\",\n            [\"pos0\"] = \"/body/DocFragment[2]/")
                    .append("body/p[").append(i + 1).append("]/text().0\",\n            [\"text\"] = ")
                    .append(lua(MARKS.get(i)[0])).append(",\n        },\n");
        }
        lua.append("    },\n    [\"doc_props\"] = {\n        [\"authors\"] = \"Ann Author\",\n        [\"title\"] = ")
                .append("\"The Quiet Harbour\",\n    },\n}\n");
        BookPlan book = place("metadata.epub.lua", lua.toString());
        assertThat(HighlightPlacerTest.placedWords(book)).containsExactlyElementsOf(BOOK_WORDS);
        assertThat(book.preview()).isEqualTo("6 highlights for 'The Quiet Harbour': 5 placed, 1 unplaced");
    }

    @Test
    void withoutChapterOrOrderTheRepeatedPassageIsUnplaced() throws Exception {
        List<String> items = new ArrayList<>();
        for (String[] mark : MARKS) {
            items.add("{\"type\":\"highlight\",\"highlighted_text\":" + json(mark[0]) + "}");
        }
        BookPlan book = place("annotations.json", "[" + String.join(",", items) + "]");
        List<String> expected = new ArrayList<>(BOOK_WORDS);
        expected.set(3, "(unplaced)");
        assertThat(HighlightPlacerTest.placedWords(book)).containsExactlyElementsOf(expected);
    }

    @Test
    void koreaderJsonExport() throws Exception {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < MARKS.size(); i++) {
            entries.add("{\"page\":" + (i + 1) + ",\"time\":17966" + i + "0000,\"chapter\":" + json(MARKS.get(i)[1])
                    + ",\"sort\":\"highlight\",\"drawer\":\"lighten\",\"text\":" + json(MARKS.get(i)[0]) + "}");
        }
        BookPlan book = place("The Quiet Harbour.json", "{\"title\":\"The Quiet Harbour\",\"author\":\"Ann Author\","
                + "\"entries\":[" + String.join(",", entries) + "]}");
        assertThat(HighlightPlacerTest.placedWords(book)).containsExactlyElementsOf(BOOK_WORDS);
    }

    @Test
    void calibreHighlights() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < MARKS.size(); i++) {
            items.add("{\"type\":\"highlight\",\"uuid\":\"u" + i + "\",\"start_cfi\":\"/2/4/2/" + (i + 1) * 2
                    + ":0\",\"spine_index\":1,\"highlighted_text\":" + json(MARKS.get(i)[0])
                    + ",\"style\":{\"kind\":\"color\",\"type\":\"builtin\",\"which\":\"yellow\"},"
                    + "\"timestamp\":\"2026-12-07T10:2" + i + ":00.000Z\",\"toc_family_titles\":[" + json(MARKS.get(i)[1])
                    + "]}");
        }
        BookPlan book = place("harbour.calibre_highlights", "{\"type\":\"calibre_highlights\",\"version\":1,"
                + "\"highlights\":[" + String.join(",", items) + "]}");
        assertThat(HighlightPlacerTest.placedWords(book)).containsExactlyElementsOf(BOOK_WORDS);
    }

    @Test
    void foliateKeepsNoChapterSoItsCfisDecideTheRepeatedPassage() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < MARKS.size(); i++) {
            int spine = MARKS.get(i)[1].equals("Chapter One") ? 4 : 6;
            items.add("{\"value\":\"epubcfi(/6/" + spine + "[ch" + spine + "]!/4/" + (2 * i + 2) + ",/1:0,/1:20)\","
                    + "\"color\":\"yellow\",\"text\":"
                    + json(MARKS.get(i)[0]) + ",\"note\":\"\",\"created\":\"2026-12-07T10:2" + i + ":00.000Z\"}");
        }
        BookPlan book = place("harbour.json", "{\"lastLocation\":\"epubcfi(/6/4!/4/2/1:0)\",\"annotations\":["
                + String.join(",", items) + "],\"bookmarks\":[],\"metadata\":{\"title\":\"The Quiet Harbour\","
                + "\"author\":\"Ann Author\"}}");
        assertThat(HighlightPlacerTest.placedWords(book)).containsExactlyElementsOf(BOOK_WORDS);
    }
}
