package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineConvertTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file, Path target) {
        return CommandLineConvert.run(file, target, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMarkdownFileIsWrittenAsJsonThatOpensAsTheSameArticle() throws Exception {
        Path md = Files.writeString(dir.resolve("notes.md"), """
                # Field notes

                The *first* paragraph, with [a link](https://example.org).

                ## Birds

                - One
                - Two

                ```
                code stays
                ```
                """);
        Path json = dir.resolve("notes.json");

        int code = run(md, json);

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        Article expected = new ArticleImporter().open(md).article();
        assertThat(new ArticleReader().read(json)).isEqualTo(expected);
        assertThat(out()).isEqualTo("margin: wrote “Field notes” to " + json + " (Margin article JSON, version "
                + (expected.rich() ? 2 : 1) + ")" + System.lineSeparator());
    }

    @Test
    void aWebPageIsWrittenAsJsonThatOpensAsTheSameArticle() throws Exception {
        Path html = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html><html lang="en"><head><title>Lighthouses</title></head><body><article>
                <h1>Lighthouses</h1>
                <p>%s</p>
                <h2>Lenses</h2><p>A <em>Fresnel</em> lens bends light into a beam, as <a href="#keepers">keepers</a>
                knew.</p><p id="keepers">Keepers trimmed the wicks every night.</p>
                </article></body></html>
                """.formatted("A lighthouse stands where the land meets the sea, and its light is seen far out. "
                .repeat(6)));
        Path json = dir.resolve("page.json");

        int code = run(html, json);

        assertThat(code).isZero();
        Article expected = new ArticleImporter().open(html).article();
        Article written = new ArticleReader().read(json);
        assertThat(written).isEqualTo(expected);
        assertThat(written.title()).isEqualTo("Lighthouses");
        assertThat(Files.readString(json)).contains("\"schemaVersion\" : " + (expected.rich() ? 2 : 1));
    }

    @Test
    void aMarginJsonFileIsWrittenAgainTheSame() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Path md = Files.writeString(dir.resolve("a.md"), "# A\n\nText.\n");

        assertThat(run(md, first)).isZero();
        assertThat(run(first, second)).isZero();

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void aVersion2FileIsWrittenAsVersion2WithItsForms() throws Exception {
        Path rich = Files.writeString(dir.resolve("rich.json"), """
                {"schemaVersion": 2, "id": "r", "title": "Rich",
                 "sections": [{"id": "a", "title": "A", "paragraphs": ["One", "Two"],
                   "forms": [{"paragraph": 1, "role": "item", "marker": "•", "spans": [[0, 3, "link", "#x"]]}]}]}
                """);
        Path json = dir.resolve("copy.json");

        int code = run(rich, json);

        assertThat(code).isZero();
        assertThat(out()).contains("(Margin article JSON, version 2)");
        assertThat(new ArticleReader().read(json)).isEqualTo(new ArticleReader().read(rich));
        assertThat(Files.readString(json)).contains("\"schemaVersion\" : 2").contains("\"marker\" : \"•\"");
    }

    @Test
    void aSectionTitlesMarksAreKeptInTheJson() throws Exception {
        Path md = Files.writeString(dir.resolve("zlib.md"),
                "# Zlib\n\nIntro.\n\n## The *zlib* `Z_OK` constant\n\nText.\n");
        Path json = dir.resolve("zlib.json");

        assertThat(run(md, json)).isZero();

        app.margin.model.Section section = new ArticleReader().read(json).sections().get(0);
        assertThat(section.title()).isEqualTo("The zlib Z_OK constant");
        assertThat(section.titleSpans()).extracting(s -> s.style().key()).containsExactly("em", "code");
        assertThat(out()).contains("(Margin article JSON, version 2)");
    }

    @Test
    void aFileMarginCannotReadWritesNothingAndExitsOne() throws Exception {
        Path book = Files.writeString(dir.resolve("book.epub"), "not a zip");
        Path json = dir.resolve("book.json");

        int code = run(book, json);

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("margin: book.epub: this is not an EPUB book");
        assertThat(json).doesNotExist();
        assertThat(dir.resolve("book.json.partial")).doesNotExist();
    }

    @Test
    void anExistingOutputIsKeptWhenTheInputIsRefused() throws Exception {
        Path json = Files.writeString(dir.resolve("kept.json"), "what was there");

        int code = run(dir.resolve("missing.md"), json);

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("margin: missing.md: the file does not exist");
        assertThat(Files.readString(json)).isEqualTo("what was there");
    }

    @Test
    void anOutputInAMissingFolderSaysSoAndExitsOne() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# A\n\nText.\n");
        Path json = dir.resolve("no-such-folder").resolve("a.json");

        int code = run(md, json);

        assertThat(code).isEqualTo(1);
        assertThat(err()).isEqualTo("margin: could not write " + json + ": the folder " + json.getParent()
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void jsonLargerThanMarginOpensIsNotWritten() throws Exception {
        Path md = Files.writeString(dir.resolve("short.md"), "# Short lines\n\n" + "a\n\n".repeat(1000));
        Path json = dir.resolve("short.json");
        ArticleReader small = new ArticleReader(new ArticleReader.Limits(4096, 64, 4096));

        int code = CommandLineConvert.run(md, json, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), small);

        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("margin: could not write " + json + ": as Margin JSON the article is ")
                .contains("larger than the limit of 4 KiB for an article, so Margin could not open it");
        assertThat(json).doesNotExist();
    }

    @Test
    void anOutputThatIsAFolderIsRefused() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# A\n\nText.\n");
        Path folder = Files.createDirectory(dir.resolve("out.json"));

        int code = run(md, folder);

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("it is a folder");
    }

    @Test
    void theSameFileIsNotReadAndWritten() throws Exception {
        Path md = dir.resolve("a.json");
        assertThat(run(Files.writeString(dir.resolve("a.md"), "# A\n\nText.\n"), md)).isZero();
        String before = Files.readString(md);

        int code = run(md, dir.resolve(".").resolve("a.json"));

        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("is the file to read and the file to write");
        assertThat(Files.readString(md)).isEqualTo(before);
    }

    @Test
    void optionsTakeTheFileToReadAndTheFileToWrite() throws Exception {
        Options o = Options.parse(List.of("--convert", "page.html", "page.json"));
        Options inline = Options.parse(List.of("--convert=book.epub", "Book.JSON"));

        assertThat(o.convert()).contains(Path.of("page.html"));
        assertThat(o.convertTo()).contains(Path.of("page.json"));
        assertThat(inline.convert()).contains(Path.of("book.epub"));
        assertThat(inline.convertTo()).contains(Path.of("Book.JSON"));
        assertThat(o.article()).isEmpty();
    }

    @Test
    void optionsRefuseAConvertWithoutTwoFilesOrNotToJsonOrWithAnotherMode() {
        assertThatThrownBy(() -> Options.parse(List.of("--convert", "a.md")))
                .hasMessage("--convert needs the file to read and the file to write: --convert FILE OUT.json");
        assertThatThrownBy(() -> Options.parse(List.of("--convert", "a.md", "--smoke")))
                .hasMessageContaining("needs the file to read and the file to write");
        assertThatThrownBy(() -> Options.parse(List.of("--convert", "a.md", "a.txt")))
                .hasMessage("--convert writes Margin article JSON: name the file to write with .json at the end, "
                        + "not a.txt");
        assertThatThrownBy(() -> Options.parse(List.of("--convert", "a.md", "a.json", "b.md")))
                .hasMessageContaining("--convert FILE OUT.json goes alone");
        assertThatThrownBy(() -> Options.parse(List.of("--convert", "a.md", "a.json", "--export", "x.md")))
                .hasMessageContaining("goes alone");
    }

    @Test
    void helpNamesConvert() {
        assertThat(Options.USAGE).contains("--convert FILE OUT.json");
    }
}
