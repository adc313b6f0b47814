package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    private static Article article(String title, List<String> lead, List<Section> sections) {
        return new Article("a", title, null, null, null, lead, sections, false);
    }

    private static Section section(String id, String title, String... paragraphs) {
        return new Section(id, title, List.of(paragraphs), List.of());
    }

    @Test
    void hashIsStableForTheSameText() throws Exception {
        Article first = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");
        Article second = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");

        assertThat(ContentHash.of(first)).isEqualTo(ContentHash.of(second)).matches("[0-9a-f]{64}");
    }

    @Test
    void hashChangesWhenOneWordChanges() {
        Article before = article("T", List.of("Lead."), List.of(section("s", "S", "The quick brown fox.")));
        Article after = article("T", List.of("Lead."), List.of(section("s", "S", "The quick red fox.")));

        assertThat(ContentHash.of(after)).isNotEqualTo(ContentHash.of(before));
    }

    @Test
    void hashIgnoresMetadataThatDoesNotMoveAnnotations() {
        Article plain = article("T", List.of("Lead."), List.of(section("s", "S", "Text.")));
        Article dressed = new Article("other-id", "T", "By X", "https://x", "2024", List.of("Lead."),
                List.of(section("s", "S", "Text.")), true);

        assertThat(ContentHash.of(dressed)).isEqualTo(ContentHash.of(plain));
    }

    @Test
    void movingTextBetweenParagraphsChangesTheHash() {
        Article split = article("T", List.of(), List.of(section("s", "S", "ab", "c")));
        Article joined = article("T", List.of(), List.of(section("s", "S", "a", "bc")));

        assertThat(ContentHash.of(split)).isNotEqualTo(ContentHash.of(joined));
    }

    @Test
    void nestingIsPartOfTheHash() {
        Section child = section("c", "C", "Text.");
        Article nested = article("T", List.of(), List.of(new Section("p", "P", List.of(), List.of(child))));
        Article flat = article("T", List.of(), List.of(section("p", "P"), child));

        assertThat(ContentHash.of(nested)).isNotEqualTo(ContentHash.of(flat));
    }

    @Test
    void sectionIdIsPartOfTheHash() {
        Article before = article("T", List.of(), List.of(section("one", "S", "Text.")));
        Article after = article("T", List.of(), List.of(section("two", "S", "Text.")));

        assertThat(ContentHash.of(after)).isNotEqualTo(ContentHash.of(before));
    }
}
