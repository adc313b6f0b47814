package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spine item marked {@code linear="no"} is outside the book's reading order: the Ubuntu Packaging Guide lists its
 * six translations so, after the English chapters, and they all ran on under its last entry (a section of 100,000
 * words). Such an item is read only where a reader reaches it: the table of contents points into it, the text
 * links to it (a notes file), or it comes before the reading order starts (a cover page).
 */
class EpubNonLinearTest {
    private static final String LAST = "Library symbols are tracked in a symbols file.";
    private static final String GERMAN = "Bibliothekssymbole werden in einer Symboldatei verfolgt.";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private EpubBuilder guide() {
        return new EpubBuilder()
                .chapter("intro.xhtml", "<h1>Introduction</h1><p>Ubuntu is made of many packages.</p>")
                .chapter("kde.xhtml", "<h1>KDE Packaging</h1><p>" + LAST + "</p>")
                .toc(Toc.of("Introduction", "intro.xhtml"), Toc.of("KDE Packaging", "kde.xhtml"));
    }

    @Test
    void aNonLinearChapterNothingReachesIsNotRunOnUnderTheLastEntry() throws Exception {
        Article article = importer.importFile(guide()
                .chapter("de/kde.xhtml", "<h1>KDE-Paketierung</h1><p>" + GERMAN + "</p>").nonLinear("de/kde.xhtml")
                .write(dir.resolve("guide.epub")));

        assertThat(EpubImporterTest.section(article, "KDE Packaging").paragraphs()).containsExactly(LAST);
        assertThat(words(article)).doesNotContain(GERMAN);
    }

    @Test
    void aNonLinearChapterTheContentsOrTheTextPointsAtIsRead() throws Exception {
        Article article = importer.importFile(guide()
                .chapter("notes.xhtml", "<aside id='n1'><p>A note on symbols files.</p></aside>")
                .nonLinear("notes.xhtml")
                .chapter("glossary.xhtml", "<h1>Glossary</h1><p>ABI: the binary interface.</p>")
                .nonLinear("glossary.xhtml")
                .chapter("kde.xhtml", "<h1>KDE Packaging</h1><p>" + LAST + " See <a href='notes.xhtml#n1'>the note</a>."
                        + "</p>")
                .toc(Toc.of("Glossary", "glossary.xhtml"))
                .write(dir.resolve("guide.epub")));

        assertThat(words(article)).contains("A note on symbols files.", "ABI: the binary interface.");
        assertThat(EpubImporterTest.outline(article)).containsExactly("Introduction", "KDE Packaging", "Glossary");
    }

    @Test
    void aNonLinearCoverPageBeforeTheReadingOrderIsRead() throws Exception {
        Article article = importer.importFile(new EpubBuilder()
                .chapter("cover.xhtml", "<p>The Lighthouse Keeper, a novel.</p>").nonLinear("cover.xhtml")
                .chapter("ch1.xhtml", "<h1>Arrival</h1><p>The keeper came by boat.</p>")
                .toc(Toc.of("Arrival", "ch1.xhtml")).write(dir.resolve("novel.epub")));

        assertThat(article.lead()).containsExactly("The Lighthouse Keeper, a novel.");
    }

    @Test
    void aLongBooksBeginningStopsBeforeANonLinearChapterOnlyALaterChapterMayLinkTo() {
        // The beginning shown first must be the whole book's first chapters, or the place kept on the swap moves.
        List<EpubText.ChapterText> first = List.of(chapter("ch1.xhtml"), chapter("notes.xhtml"), chapter("ch2.xhtml"));

        List<String> beginning = EpubNonLinear.reached(first, Set.of("notes.xhtml"), List.of(), false).stream()
                .map(c -> c.path).toList();
        List<String> whole = EpubNonLinear.reached(first, Set.of("notes.xhtml"), List.of(), true).stream()
                .map(c -> c.path).toList();

        assertThat(beginning).containsExactly("ch1.xhtml");
        assertThat(whole).containsExactly("ch1.xhtml", "ch2.xhtml");
    }

    private static EpubText.ChapterText chapter(String path) {
        EpubText.ChapterText chapter = new EpubText.ChapterText(path);
        chapter.paragraph("Words of " + path);
        return chapter;
    }

    private static List<String> words(Article article) {
        List<String> all = new ArrayList<>(article.lead());
        List<Section> pending = new ArrayList<>(article.sections());
        while (!pending.isEmpty()) {
            Section s = pending.remove(0);
            all.addAll(s.paragraphs());
            pending.addAll(s.children());
        }
        return all;
    }
}
