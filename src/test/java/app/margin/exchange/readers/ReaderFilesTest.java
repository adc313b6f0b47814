package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderFilesTest {

    @TempDir
    Path dir;

    private ReaderFiles.Incoming read(String name, String content) throws IOException, ReaderException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return ReaderFiles.read(file, ZoneOffset.UTC);
    }

    private ForeignFile foreign(String name, String content) throws IOException, ReaderException {
        return ((ReaderFiles.Foreign) read(name, content)).file();
    }

    /** As calibre's viewer keeps them (its annotations list), with a removed one and the reading position. */
    static final String CALIBRE_LIST = """
            [{"type":"highlight","uuid":"u1","start_cfi":"/2/4/2/2:0","end_cfi":"/2/4/2/2:11","spine_index":1,
              "spine_name":"text/part1.html","highlighted_text":"First words","notes":"mine",
              "style":{"kind":"color","type":"builtin","which":"green"},"timestamp":"2026-12-07T10:20:31.500Z",
              "toc_family_titles":["Part One","Chapter 2"]},
             {"type":"highlight","uuid":"u2","removed":true,"timestamp":"2026-12-07T10:21:00.000Z"},
             {"type":"last-read","pos":"epubcfi(/2/4)","pos_type":"epubcfi","timestamp":"2026-12-07T10:22:00Z"},
             {"type":"bookmark","title":"Here","pos":"epubcfi(/6/4!/4)","pos_type":"epubcfi",
              "timestamp":"2026-12-07T10:23:00Z"}]
            """;

    @Test
    void calibreViewerAnnotations() throws Exception {
        ForeignFile file = foreign("annotations.json", CALIBRE_LIST);
        assertThat(file.format()).isEqualTo(ReaderFormat.CALIBRE);
        assertThat(file.highlights()).hasSize(2);
        ForeignHighlight h = file.highlights().get(0);
        assertThat(h.text()).isEqualTo("First words");
        assertThat(h.note()).isEqualTo("mine");
        assertThat(h.color()).isEqualTo("green");
        assertThat(h.chapter()).isEqualTo("Chapter 2");
        assertThat(h.time()).isEqualTo(Instant.parse("2026-12-07T10:20:31.500Z"));
        assertThat(file.highlights().get(1).kind()).isEqualTo(ForeignHighlight.Kind.BOOKMARK);
    }

    @Test
    void calibreHighlightsExportWithAWrongTypeNamed() throws Exception {
        ForeignFile file = foreign("book.calibre_highlights", """
                {"type":"calibre_highlights","version":1,"highlights":[
                  {"type":"highlight","highlighted_text":"Kept words","notes":null,"timestamp":"2026-12-07T10:20:31Z",
                   "style":{"kind":"decoration","which":"wavy"}},
                  {"type":"highlight","highlighted_text":42},
                  "nonsense"]}""");
        assertThat(file.highlights()).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("Kept words");
            assertThat(h.color()).isEmpty();
        });
        assertThat(file.skipped()).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("book.calibre_highlights, at"
                + " $.highlights["));
    }

    @Test
    void foliateBookJson() throws Exception {
        ForeignFile file = foreign("9780000000000.json", """
                {"lastLocation":"epubcfi(/6/8!/4/2/1:0)",
                 "annotations":[{"value":"epubcfi(/6/4!/4/2,/1:0,/1:11)","color":"underline","text":"Some words",
                                 "note":"a note","created":"2026-12-07T10:20:31.000Z"}],
                 "bookmarks":["epubcfi(/6/6!/4/2/1:0)"],
                 "metadata":{"title":"Foliate Book","author":[{"name":"Ann"},{"name":"Bo"}]}}""");
        assertThat(file.format()).isEqualTo(ReaderFormat.FOLIATE);
        ForeignHighlight h = file.highlights().get(0);
        assertThat(h.book()).isEqualTo("Foliate Book");
        assertThat(h.author()).isEqualTo("Ann, Bo");
        assertThat(h.location()).isEqualTo("epubcfi(/6/4!/4/2,/1:0,/1:11)");
        assertThat(h.note()).isEqualTo("a note");
        assertThat(file.highlights().get(1).kind()).isEqualTo(ForeignHighlight.Kind.BOOKMARK);
    }

    @Test
    void koreaderJsonExport() throws Exception {
        ForeignFile file = foreign("export.json", """
                {"title":"K Book","author":"Kay","number_of_pages":200,"file":"/books/k.epub",
                 "entries":[{"page":12,"time":1796638831,"chapter":"One","sort":"highlight","drawer":"lighten",
                             "color":"yellow","text":"K words","note":"k note"}]}""");
        assertThat(file.format()).isEqualTo(ReaderFormat.KOREADER);
        assertThat(file.highlights()).singleElement().satisfies(h -> {
            assertThat(h.book()).isEqualTo("K Book");
            assertThat(h.time()).isEqualTo(Instant.ofEpochSecond(1796638831));
            assertThat(h.location()).isEqualTo("page 12");
        });
    }

    @Test
    void kindleAndKoreaderAreToldFromTheirContent() throws Exception {
        assertThat(read("clips.txt", "B (A)\n- Your Highlight on page 1 | Location 1-2 | Added on Monday, 7 December"
                + " 2026 10:20:31\n\nWords.\n==========\n").format()).isEqualTo(ReaderFormat.KINDLE);
        assertThat(read("whatever.txt", KoreaderSidecarTest.NEWER).format()).isEqualTo(ReaderFormat.KOREADER);
    }

    @Test
    void aLuaFileWithCodeFirstIsRefusedAsCode() {
        assertThatThrownBy(() -> read("metadata.epub.lua", "os.execute('touch x')\nreturn {}"))
                .hasMessageContaining("holds code at line 1");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> read("deep.json", "[".repeat(5000) + "]".repeat(5000)))
                .isInstanceOf(ReaderException.class).hasMessageStartingWith("deep.json goes beyond what Margin reads");
    }

    @Test
    void aFileOfNoKnownFormatSaysWhatItReads() {
        assertThatThrownBy(() -> read("notes.txt", "just some text"))
                .hasMessageStartingWith("notes.txt is not a file Margin imports highlights from");
        assertThatThrownBy(() -> read("other.json", "{\"a\":1}"))
                .hasMessageStartingWith("other.json is JSON, but not annotations Margin knows");
    }
}
