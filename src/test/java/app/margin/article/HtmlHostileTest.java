package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages made to hurt: opened or refused with a plain sentence, never a hang or a stack overflow. */
class HtmlHostileTest {
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void pageNested100000DeepOpensWithoutOverflowingTheStack() throws Exception {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep down.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Path file = Files.writeString(dir.resolve("deep.html"), html);

        Imported page = assertTimeoutPreemptively(NO_HANG, () -> importer.open(file));

        assertThat(page.article().lead()).containsExactly("Deep down.");
    }

    @Test
    void thirtyMegabytePageOpensWithoutHanging() throws Exception {
        StringBuilder html = new StringBuilder(31 * 1024 * 1024).append("<html><head><title>Huge</title></head><body>");
        String paragraph = "<p>" + "A sentence that goes on for a while so the page grows quickly. ".repeat(8) + "</p>\n";
        while (html.length() < 30 * 1024 * 1024) {
            html.append(paragraph);
        }
        Path file = Files.writeString(dir.resolve("huge.html"), html.append("</body></html>"));
        html = null;

        Imported page = assertTimeoutPreemptively(NO_HANG, () -> importer.open(file));

        assertThat(page.article().lead().size()).isGreaterThan(50_000);
        assertThat(page.remark()).hasValueSatisfying(r -> assertThat(r).contains("too large", "whole page"));
    }

    @Test
    void nulBytesAreRefusedAsBinaryData() throws Exception {
        Path file = Files.write(dir.resolve("nul.html"),
                "<html><body><p>One</p>\n<p>T\u0000wo</p></body></html>".getBytes(StandardCharsets.UTF_8));

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> importer.importFile(file));

        assertThat(e.userMessage()).isEqualTo("nul.html: this is not a web page: it holds binary data (a NUL byte on "
                + "line 2)");
    }

    @Test
    void textThatIsNotHtmlIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.html"), "Just some notes, no markup at all.\n");

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> importer.importFile(file));

        assertThat(e.userMessage()).startsWith("notes.html: this is not a web page");
    }

    @Test
    void emptyPageHasNoTextToRead() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.html"), "<html><body><script>x()</script></body></html>");

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> importer.importFile(file));

        assertThat(e.userMessage()).isEqualTo("empty.html: the file has no text to read");
    }

    @Test
    void brokenMarkupStillReadsItsWords() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.html"),
                "<html><body><p>Unclosed <b>bold <i>and italic<p>Next</div></span><table><td>cell");

        Article article = importer.importFile(file);

        assertThat(article.lead()).containsExactly("Unclosed bold and italic", "Next", "cell");
    }
}
