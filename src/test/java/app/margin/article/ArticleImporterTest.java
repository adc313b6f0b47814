package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Article;
import app.margin.model.Section;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {
    private static final String MARKDOWN = "# Notes\n\nFirst.\n\n## Part\n\nSecond.\n";
    private static final String TEXT = "Notes\n\nFirst.\n\nPart\n\nSecond.\n";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private ArticleException failure(Path file) {
        ArticleException e = catchThrowableOfType(ArticleException.class, () -> importer.importFile(file));
        assertThat(e).as("expected %s to be refused", file.getFileName()).isNotNull();
        return e;
    }

    @Test
    void aPdfKnowsHowManyPagesItHasAndKeepsTheCountThroughMarginJson() throws Exception {
        Path file = dir.resolve("paper.pdf");
        try (app.margin.article.pdf.PdfMaker pdf = new app.margin.article.pdf.PdfMaker()) {
            for (String text : List.of("The first page's text.", "The second page's text.", "The third.")) {
                pdf.page().paragraph(72, 100, 451, app.margin.article.pdf.PdfMaker.TIMES, 12, 15, 0, text);
            }
            pdf.page(); // a blank last page counts too
            pdf.save(file);
        }
        Article article = importer.importFile(file);
        assertThat(article.pages()).isEqualTo(4);

        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        ArticleWriter.write(article, json);
        assertThat(new ArticleReader().read(write("paper.json", json.toByteArray())).pages()).isEqualTo(4);
        assertThat(importer.importFile(write("notes.md", MARKDOWN)).pages()).as("a Markdown file is not paged")
                .isZero();
    }

    @Test
    void jsonFileIsReadByTheArticleReader() throws Exception {
        Article article = importer.importFile(write("us.json", ArticleFiles.VALID));

        assertThat(article.id()).isEqualTo("us");
    }

    @Test
    void markdownExtensionsInAnyCaseAreImportedAsMarkdown() throws Exception {
        for (String name : new String[] {"a.md", "b.markdown", "c.MD"}) {
            Article article = importer.importFile(write(name, MARKDOWN));

            assertThat(article.title()).isEqualTo("Notes");
            assertThat(article.sections()).extracting(Section::title).containsExactly("Part");
            assertThat(article.id()).matches("md-[0-9a-f]{16}");
        }
    }

    @Test
    void textExtensionsAndNoExtensionAreImportedAsPlainText() throws Exception {
        for (String name : new String[] {"a.txt", "b.text", "README"}) {
            Article article = importer.importFile(write(name, TEXT));

            assertThat(article.title()).isEqualTo("Notes");
            assertThat(article.lead()).containsExactly("First.");
            assertThat(article.sections()).extracting(Section::title).containsExactly("Part");
            assertThat(article.id()).matches("txt-[0-9a-f]{16}");
        }
    }

    @Test
    void reimportingTheSameBytesGivesTheSameIdAndAnEditGivesANewOne() throws Exception {
        String first = importer.importFile(write("one.md", MARKDOWN)).id();
        String again = importer.importFile(write("renamed.md", MARKDOWN)).id();
        String edited = importer.importFile(write("edited.md", MARKDOWN + "\nMore.\n")).id();

        assertThat(again).isEqualTo(first);
        assertThat(edited).isNotEqualTo(first);
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        assertThat(importer.importFile(write("bom.txt", withBom(TEXT))).title()).isEqualTo("Notes");
        assertThat(importer.importFile(write("bom.md", withBom(MARKDOWN))).title()).isEqualTo("Notes");
    }

    private static byte[] withBom(String text) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + bytes.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(bytes, 0, content, bom.length, bytes.length);
        return content;
    }

    @Test
    void unsupportedExtensionNamesTheFileAndWhatCanBeOpened() throws Exception {
        ArticleException e = failure(write("paper.odt", "PK"));

        assertThat(e.userMessage()).isEqualTo(
                "paper.odt: Margin can open article JSON (.json), Markdown (.md), plain text (.txt), "
                        + "web pages (.html, .htm, .xhtml), EPUB books (.epub) and PDF documents with text (.pdf)");
    }

    @Test
    void emptyOrBlankFileHasNoTextToRead() throws Exception {
        assertThat(failure(write("empty.md", "")).userMessage()).isEqualTo("empty.md: the file has no text to read");
        assertThat(failure(write("blank.txt", " \r\n\n\t\n")).userMessage())
                .isEqualTo("blank.txt: the file has no text to read");
    }

    @Test
    void nonUtf8BytesAreRefusedNamingTheFileAndLine() throws Exception {
        byte[] latin1 = "Title\n\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1);

        ArticleException e = failure(write("latin1.txt", latin1));

        assertThat(e.userMessage()).isEqualTo("latin1.txt: the file is not UTF-8 text (line 3 has a byte that is "
                + "not UTF-8); save it as UTF-8 and open it again");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBySizeWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no blocks written
        }

        ArticleException e = failure(huge);

        assertThat(e.userMessage())
                .isEqualTo("huge.md: the file is 200 MiB, larger than the limit of 32 MiB for an article");
    }

    @Test
    void smallerLimitFromTheReaderAppliesToTextFiles() throws Exception {
        ArticleImporter small = new ArticleImporter(new ArticleReader(new ArticleReader.Limits(10, 64, 1000)));
        Path file = write("notes.txt", TEXT);

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> small.importFile(file));

        assertThat(e.userMessage()).startsWith("notes.txt: the file is ")
                .endsWith("larger than the limit of 10 bytes for an article");
    }

    @Test
    void missingTextFileIsNamed() {
        ArticleException e = failure(dir.resolve("gone.txt"));

        assertThat(e.userMessage()).startsWith("gone.txt: the file does not exist");
    }

    @Test
    void missingBookIsNamedNotFoundRatherThanNotAZip() {
        ArticleException e = failure(dir.resolve("gone.epub"));

        assertThat(e.userMessage()).startsWith("gone.epub: the file does not exist").doesNotContain("zip");
    }

    @Test
    void aFolderNamedLikeABookIsNamedAFolder() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("book.epub"));

        assertThat(failure(folder).userMessage()).isEqualTo("book.epub: this is a folder, not an article file");
    }

    @Test
    void anUnreadableBookSaysPermissionDenied() throws Exception {
        Path file = write("locked.epub", "PK");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isReadable(file), "root reads any file");

        assertThat(failure(file).userMessage()).isEqualTo("locked.epub: the file cannot be read: permission denied");
    }

    @Test
    void paragraphLimitAppliesToTextFiles() throws Exception {
        ArticleImporter small = new ArticleImporter(new ArticleReader(new ArticleReader.Limits(1024 * 1024, 64, 1000, 3)));
        Path file = write("many.txt", "one\n\ntwo\n\nthree\n\nfour\n\nfive\n");

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> small.importFile(file));

        assertThat(e.userMessage()).startsWith("many.txt: the article has ").endsWith("more than the limit of 3 for an article");
    }
}
