package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Placement;
import app.margin.model.Resolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes made on a page as Margin read it before the rich page (list markers "• " and "3. " in the text, table
 * cells as paragraphs of their own, pictures dropped) land on the same words in the page as it is read now.
 */
class RichImportAnchorsTest {

    @TempDir
    Path dir;

    /** The page; its text as the last release read it is {@link #OLD_TEXT}. */
    private static final String PAGE = """
            <html><head><title>Notes</title></head><body><article><h1>Notes</h1>
            <h2>Lists</h2>
            <p>The <em>zlib</em> library compresses data; see <a href="#t">the table</a> for sizes.</p>
            <ul><li>Deflate is the format zlib writes by default.</li><li>Gzip wraps it with a header.</li></ul>
            <ol start="3"><li>Third, the window size matters.</li><li>Fourth, the level trades speed.</li></ol>
            <figure><img src="f.png" alt="A chart"><figcaption>Figure 1. Ratios by level.</figcaption></figure>
            <h2 id="t">Sizes</h2>
            <table><tr><td>zlib library</td><td>one megabyte</td></tr></table>
            <p>After the table comes the conclusion of the page.</p>
            </article></body></html>""";

    /** Section by section, the paragraphs the last release made of the page. */
    private static final List<List<String>> OLD_TEXT = List.of(
            List.of("The zlib library compresses data; see the table for sizes.",
                    "• Deflate is the format zlib writes by default.", "• Gzip wraps it with a header.",
                    "3. Third, the window size matters.", "4. Fourth, the level trades speed.",
                    "Figure 1. Ratios by level."),
            List.of("zlib library", "one megabyte", "After the table comes the conclusion of the page."));

    /** Each note: section number, paragraph, and the quoted words. */
    private record Made(int section, int paragraph, String words) {}

    private static final List<Made> NOTES = List.of(
            new Made(0, 0, "zlib library compresses"),
            new Made(0, 1, "Deflate is the format"),
            new Made(0, 1, "• Deflate"),
            new Made(0, 2, "wraps it with a header"),
            new Made(0, 3, "the window size matters"),
            new Made(0, 4, "Fourth, the level"),
            new Made(0, 5, "Ratios by level"),
            new Made(1, 1, "one megabyte"),
            new Made(1, 2, "conclusion of the page"));

    @Test
    void notesMadeOnTheOldPlainImportLandOnTheSameWords() throws Exception {
        Article rich = new ArticleImporter().importFile(Files.writeString(dir.resolve("notes.html"), PAGE));
        ArticleLayout layout = ArticleLayout.of(rich);
        AnchorResolver resolver = new AnchorResolver(layout);
        List<String> sectionIds = new ArrayList<>();
        rich.sections().forEach(s -> s.children().forEach(c -> sectionIds.add(c.id())));
        if (sectionIds.isEmpty()) {
            rich.sections().forEach(s -> sectionIds.add(s.id()));
        }
        assertThat(sectionIds).hasSize(2);

        for (Made note : NOTES) {
            String paragraph = OLD_TEXT.get(note.section()).get(note.paragraph());
            int start = paragraph.indexOf(note.words());
            Anchor anchor = Anchor.passage(sectionIds.get(note.section()), note.paragraph(), paragraph, start,
                    start + note.words().length());
            Resolution found = resolver.resolveDetailed(anchor);
            assertThat(found.method()).as(note.words()).isNotEqualTo(Resolution.Method.UNPLACED);
            Placement p = found.placement();
            Block block = layout.blocks().get(p.blockIndex());
            String expected = note.words().startsWith("• ") ? note.words().substring(2) : note.words();
            assertThat(block.text().substring(p.start(), p.end())).as(note.words()).isEqualTo(expected);
        }
    }
}
