package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.ui.TestPictures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long illustrated book's beginning, shown while the rest is read, has its pictures sized as the whole book has
 * them: the page makes room for each figure at once, and the whole book, when it comes, is the beginning plus the
 * rest (so the reading pane adds the rest instead of replacing the page).
 */
class EpubBeginningPicturesTest {
    @TempDir
    Path dir;

    @Test
    void theBeginningsFiguresHaveTheirSizesAsInTheWholeBook() throws Exception {
        EpubBuilder builder = new EpubBuilder();
        List<Toc> toc = new ArrayList<>();
        String words = "<p>" + "Words of a long illustrated chapter, enough of them to make the book long. ".repeat(40)
                + "</p>";
        for (int c = 1; c <= 40; c++) {
            builder.chapter("ch" + c + ".xhtml", "<h1>Chapter " + c + "</h1>" + words.repeat(3)
                    + "<figure><img src=\"images/f" + c + ".png\" alt=\"Figure " + c + "\"/><figcaption>Figure " + c
                    + "</figcaption></figure>" + words.repeat(16));
            builder.picture("images/f" + c + ".png", TestPictures.png(30 + c, 20));
            toc.add(Toc.of("Chapter " + c, "ch" + c + ".xhtml"));
        }
        Path file = builder.toc(toc.toArray(Toc[]::new)).write(dir.resolve("illustrated.epub"));
        List<Article> beginnings = java.util.Collections.synchronizedList(new ArrayList<>());

        Article whole = new ArticleImporter().open(file, beginnings::add).article();

        assertThat(beginnings).singleElement().satisfies(first -> {
            List<Block> begun = ArticleLayout.of(first).blocks();
            assertThat(begun.stream().filter(b -> b.form().picture() != null))
                    .isNotEmpty()
                    .allSatisfy(b -> assertThat(b.form().picture().sized()).as(b.text()).isTrue());
            assertThat(ArticleLayout.of(whole).blocks().subList(0, begun.size())).isEqualTo(begun);
        });
    }
}
