package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Picture;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rich Markdown import as the app gets it: from a file, its pictures beside it, and saved as Margin JSON. */
class MarkdownFilesTest {
    static final String EVERYTHING = """
            # Guide

            Intro with *emphasis*, **strong**, `code`, ~~struck~~, a [link](https://example.org) and a note[^1].
            See [Setting up](#setting-up) and [the title](#guide).

            ## Setting up

            ---

            - one
              - two
                1. three

            > quoted *words*

            | Left | Right |
            |:-----|------:|
            | a    | b     |

            ![A map](images/map.png "The map")

            ```
            code block
            ```

            [^1]: The note.
            """;

    @TempDir
    Path dir;

    @Test
    void aFigureBesideTheFileGetsItsSizeAndTheArticleKnowsWhereItsPicturesAre() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("images/map.png")
                .toFile());
        Path md = Files.writeString(dir.resolve("guide.md"), EVERYTHING);

        Article article = new ArticleImporter().importFile(md);

        assertThat(article.pictureBase()).isEqualTo(dir.toAbsolutePath().toString());
        int figure = article.sections().get(0).paragraphs().indexOf("A map");
        assertThat(article.sections().get(0).form(figure).picture())
                .isEqualTo(new Picture("images/map.png", "A map", 40, 30));
    }

    @Test
    void aRichMarkdownImportIsSavedAsMarginJsonAndReadBackEqual() throws Exception {
        Article article = new MarkdownImporter().read(EVERYTHING, "guide.md", "md-0123456789abcdef");

        String json = ArticleFormsJsonTest.written(article);
        Article back = ArticleFormsJsonTest.read(json);

        assertThat(article.rich()).isTrue();
        assertThat(back).isEqualTo(article);
    }
}
