package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private final ArticleSource source = new ArticleSource(new ArticleReader());

    @Test
    void badArticleFallsBackToTheBundledOneWithAMessageNamingThePlace() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\n  \"title\": \"x\",\n}\n");

        ArticleSource.Loaded loaded = source.load(Optional.of(bad));

        assertThat(loaded.article().id()).isEqualTo("us-russia-military-talks");
        assertThat(loaded.problem()).get().asString()
                .contains("broken.json").contains("line 3").contains("bundled article");
    }

    @Test
    void missingArticleFallsBackWithAMessage() throws Exception {
        ArticleSource.Loaded loaded = source.load(Optional.of(dir.resolve("nope.json")));

        assertThat(loaded.problem()).get().asString().contains("nope.json");
    }

    @Test
    void noRequestOpensTheBundledArticleQuietly() throws Exception {
        ArticleSource.Loaded loaded = source.load(Optional.empty());

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.article().sections()).hasSize(3);
    }
}
