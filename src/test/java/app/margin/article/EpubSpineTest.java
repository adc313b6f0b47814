package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document the spine lists more than once is read once, where the spine first lists it. SiSU lists each file of
 * the Debian Live manual once for every heading in it, through a manifest item of its own ({@code
 * about-manual.xhtml#o8}): read once per listing, the manual came to 334,417 words and its section "8.4.5 APT
 * pinning", the last of a file listed 28 times, to 110,438.
 */
class EpubSpineTest {
    private static final String ABOUT = "This manual is about live systems.";
    private static final String IMPATIENT = "Read the next chapter first.";
    private static final String TERMS = "A live system boots from removable media.";
    private static final String PROJECT = "The project builds the tools.";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    /** A SiSU book: each heading in a file is a manifest item of its own, the file with the heading's fragment. */
    private EpubBuilder sisu() {
        return new EpubBuilder().epub2()
                .chapter("about-manual.xhtml", "<h1>1. About this manual</h1><p>" + ABOUT + "</p>"
                        + "<h2 id='o8'>1.1 For the impatient</h2><p>" + IMPATIENT + "</p>"
                        + "<h2 id='o12'>1.2 Terms</h2><p>" + TERMS + "</p>")
                .chapter("about-project.xhtml", "<h1>2. About the project</h1><p>" + PROJECT + "</p>")
                .spine("about-manual.xhtml", "about-manual.xhtml#o8", "about-manual.xhtml#o12",
                        "about-project.xhtml")
                .toc(Toc.of("1. About this manual", "about-manual.xhtml",
                                Toc.of("1.1 For the impatient", "about-manual.xhtml#o8"),
                                Toc.of("1.2 Terms", "about-manual.xhtml#o12")),
                        Toc.of("2. About the project", "about-project.xhtml"));
    }

    @Test
    void aFileTheSpineListsOnceForEachOfItsHeadingsIsReadOnceWithEachEntryAtItsHeading() throws Exception {
        Article article = importer.importFile(sisu().write(dir.resolve("live-manual.epub")));

        assertThat(EpubImporterTest.outline(article)).containsExactly("1. About this manual",
                "  1.1 For the impatient", "  1.2 Terms", "2. About the project");
        assertThat(EpubImporterTest.section(article, "1. About this manual").paragraphs()).containsExactly(ABOUT);
        assertThat(EpubImporterTest.section(article, "1.1 For the impatient").paragraphs())
                .containsExactly(IMPATIENT);
        assertThat(EpubImporterTest.section(article, "1.2 Terms").paragraphs()).as("not the file again, twice")
                .containsExactly(TERMS);
        assertThat(EpubImporterTest.section(article, "2. About the project").paragraphs()).containsExactly(PROJECT);
    }

    @Test
    void aChapterTheSpineNamesTwiceByTheSameIdIsReadOnceWhereItIsFirstListed() throws Exception {
        Article article = importer.importFile(new EpubBuilder()
                .chapter("ch1.xhtml", "<h1>Arrival</h1><p>The keeper came by boat.</p>")
                .chapter("ch2.xhtml", "<h1>The Lamp</h1><p>He trimmed the wick.</p>")
                .spine("ch1.xhtml", "ch2.xhtml", "ch1.xhtml")
                .toc(Toc.of("Arrival", "ch1.xhtml"), Toc.of("The Lamp", "ch2.xhtml"))
                .write(dir.resolve("novel.epub")));

        assertThat(EpubImporterTest.section(article, "Arrival").paragraphs())
                .containsExactly("The keeper came by boat.");
        assertThat(EpubImporterTest.section(article, "The Lamp").paragraphs()).containsExactly("He trimmed the wick.");
    }

    @Test
    void aBookWithoutIdentifierKeepsItsIdWhenItsSpineListsAFileAgain() throws Exception {
        // The id of a book without an identifier is the hash of its chapters as the spine lists them; notes made
        // before the repeats were read once find the book again under it.
        Path book = sisu().identifier("").write(dir.resolve("no-id.epub"));
        MessageDigest listed = ArticleImporter.sha256();
        try (ZipFile zip = new ZipFile(book.toFile())) {
            for (String file : List.of("about-manual.xhtml", "about-manual.xhtml", "about-manual.xhtml",
                    "about-project.xhtml")) {
                listed.update(zip.getInputStream(zip.getEntry("OEBPS/" + file)).readAllBytes());
            }
        }

        Article article = importer.importFile(book);

        assertThat(article.id()).isEqualTo("epub-" + HexFormat.of().formatHex(listed.digest()).substring(0, 16));
        assertThat(words(article)).containsOnlyOnce(ABOUT);
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
