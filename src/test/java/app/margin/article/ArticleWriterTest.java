package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWriterTest {

    @TempDir
    Path dir;

    @Test
    void writtenArticleReadsBackIdentically() throws Exception {
        Article nested = new Article("md-0123", "Title “quoted”", "by Ana", "https://example.org/a", "2024-05-01",
                List.of("Lead, with ünïcödé and \"quotes\"."),
                List.of(new Section("a", "A", List.of("a1"), List.of(new Section("a-b", "A.B", List.of("ab1"), List.of()))),
                        new Section("c", "C", List.of("c1", "c2"), List.of())),
                false);
        Path file = dir.resolve("x.json");

        ArticleWriter.write(nested, file);

        assertThat(new ArticleReader().read(file)).isEqualTo(nested);
    }

    @Test
    void bundledArticleRoundTrips() throws Exception {
        Article bundled = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");
        Path file = dir.resolve("b.json");

        ArticleWriter.write(bundled, file);

        assertThat(new ArticleReader().read(file)).isEqualTo(bundled);
        assertThat(ContentHash.of(new ArticleReader().read(file))).isEqualTo(ContentHash.of(bundled));
    }
}
