package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readability finds the same article on the page without its HTML copies as with them. */
class QuietPageTest {

    @TempDir
    Path dir;

    private static Document prepared(byte[] bytes) throws ArticleException {
        Document page = HtmlImporter.parse(bytes, "page.html", false);
        DroppedElements.removeFrom(page.body());
        return page;
    }

    private static void sameArticle(byte[] bytes) throws ArticleException {
        net.dankito.readability4j.Article plain = QuietReadability.of(prepared(bytes)).parse();
        net.dankito.readability4j.Article quiet =
                QuietReadability.of(new QuietPage(prepared(bytes))).parse();

        assertThat(quiet.getArticleContent().text()).isEqualTo(plain.getArticleContent().text());
        assertThat(quiet.getArticleContent().select("p, h1, h2, h3, li").size())
                .isEqualTo(plain.getArticleContent().select("p, h1, h2, h3, li").size());
        assertThat(quiet.getTitle()).isEqualTo(plain.getTitle());
        assertThat(quiet.getByline()).isEqualTo(plain.getByline());
    }

    @Test
    void theSavedNewsPageGivesTheSameArticle() throws Exception {
        sameArticle(HtmlImporterTest.NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTwoMegabytePageGivesTheSameArticle() throws Exception {
        sameArticle(Files.readAllBytes(FormatsBenchmark.page(dir.resolve("long.html"))));
    }

    @Test
    void aPageReadabilityMustLookAtAgainIsReadTheUsualWay() throws Exception {
        String shortPage = "<html><head><title>Short</title></head><body><nav><a href=\"/\">Home</a></nav><div>"
                + "<p>Only a few words here, and a comma, fewer than Readability wants for an article.</p>"
                + "<p>" + "Another short line of text, with a comma. ".repeat(6) + "</p></div></body></html>";
        byte[] bytes = shortPage.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QuietReadability.of(new QuietPage(prepared(bytes))).parse())
                .isInstanceOf(QuietPage.RetryNeeded.class);

        net.dankito.readability4j.Article plain = QuietReadability.of(prepared(bytes)).parse();
        Imported imported = new ArticleImporter().open(Files.write(dir.resolve("short.html"), bytes));

        assertThat(String.join(" ", imported.article().lead()))
                .isEqualTo(plain.getArticleContent().select("p").eachText().stream()
                        .reduce((a, b) -> a + " " + b).orElseThrow());
    }
}
