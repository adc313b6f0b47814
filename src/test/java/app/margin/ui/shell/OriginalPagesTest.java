package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Original Page is offered for a PDF's paged text only. */
class OriginalPagesTest {
    private static Article article(boolean paged, String base) {
        Map<Integer, ParagraphForm> forms = paged ? Map.of(0, ParagraphForm.PLAIN.withPage("iv")) : Map.of();
        return new Article("a", "A", null, null, null, List.of("Some words."), List.of(), false, null, Set.of(),
                forms, base);
    }

    @Test
    void offeredForAPagedArticleReadFromAPdf() {
        assertThat(OriginalPages.available(ArticleLayout.of(article(true, "/papers/Paper.PDF")))).isTrue();
    }

    @Test
    void notOfferedForOtherArticles() {
        assertThat(OriginalPages.available(null)).isFalse();
        assertThat(OriginalPages.available(ArticleLayout.of(article(false, "/papers/paper.pdf")))).isFalse();
        assertThat(OriginalPages.available(ArticleLayout.of(article(true, "/books/book.epub")))).isFalse();
        assertThat(OriginalPages.available(ArticleLayout.of(article(true, null)))).isFalse();
    }
}
