package app.margin.article;

import app.margin.model.Article;
import app.margin.model.Section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled JSON holds the seed's text faithfully: every paragraph and heading, unchanged, once. */
class BundledArticleFidelityTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "000_0e0d6f5c9c545d47.txt");

    @Test
    void bundledArticleIsTheSeedTextWordForWord() throws Exception {
        assumeTrue(Files.exists(SEED), "the seed text sits beside the clone in ../shared");
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        Article article = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");

        assertThat(article.title()).isEqualTo(lines.get(0));
        assertThat(lines.get(2)).startsWith(article.byline());
        List<String> shown = new ArrayList<>(article.lead());
        for (Section s : article.sections()) {
            shown.add(s.title());
            shown.addAll(s.paragraphs());
        }
        List<String> seedText = lines.subList(4, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(shown).containsExactlyElementsOf(seedText);
    }
}
