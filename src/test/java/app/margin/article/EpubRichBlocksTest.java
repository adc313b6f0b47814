package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An EPUB chapter's blocks keep their forms through the book's spine, with or without a table of contents. */
class EpubRichBlocksTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void aCodeBlockInsideAListItemKeepsItsItemsDepthWithOrWithoutATableOfContents() throws Exception {
        String chapter = "<h1>One</h1><ul><li><p>Run:</p><pre>make\n  all</pre></li></ul><pre>top</pre>";
        Path withToc = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("One", "ch1.xhtml")).write(dir.resolve("toc.epub"));
        Path withoutToc = new EpubBuilder().chapter("ch1.xhtml", chapter).write(dir.resolve("headings.epub"));

        for (Path file : List.of(withToc, withoutToc)) {
            Section one = EpubImporterTest.section(importer.importFile(file), "One");

            assertThat(one.paragraphs()).containsExactly("Run:", "make\n  all", "top");
            assertThat(one.preformatted()).containsExactly(1, 2);
            assertThat(one.form(1).role()).isEqualTo(Role.LIST_ITEM);
            assertThat(one.form(1).depth()).isEqualTo(1);
            assertThat(one.form(2)).isEqualTo(ParagraphForm.PLAIN);
        }
    }
}
