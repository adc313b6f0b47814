package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An identifier that tools write when none was set (Sphinx's "unknown") names no book: books sharing one get ids
 * of their own, and a book keeps the id an earlier Margin gave it only when the library says its notes are there.
 */
class EpubPlaceholderIdTest {
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    /** The id a book named by {@code identifier} has always had: "epub-" and 16 hex digits of its SHA-256. */
    private static String namedBy(String identifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
        return "epub-" + HexFormat.of().formatHex(hash).substring(0, 16);
    }

    private static EpubBuilder book(String title, String identifier) {
        return new EpubBuilder().title(title).identifier(identifier)
                .chapter("rules.xhtml", "<h1>Rules</h1><p>The same words in every book of this test.</p>")
                .toc(Toc.of("Rules", "rules.xhtml"));
    }

    private Article open(EpubBuilder book, String file) throws Exception {
        return importer.importFile(book.write(dir.resolve(file)));
    }

    @Test
    void twoSphinxBooksWithIdentifierUnknownAndOtherTitlesGetIdsOfTheirOwn() throws Exception {
        Article policy = open(book("Debian Policy Manual", "unknown"), "policy.epub");
        Article guide = open(book("Ubuntu Packaging Guide", "unknown"), "guide.epub");

        assertThat(policy.id()).isNotEqualTo(guide.id());
        assertThat(List.of(policy.id(), guide.id())).doesNotContain(namedBy("unknown"));
        Path copy = Files.copy(dir.resolve("policy.epub"), dir.resolve("renamed.epub"));
        assertThat(importer.importFile(copy).id()).as("the same book again, under any name").isEqualTo(policy.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "  Unknown\n ", "UNKNOWN", "None", "null", "0", "isbn", "urn:uuid:", "isbn:",
            "urn:isbn:", "URN:ISBN: unknown", "urn:uuid:00000000-0000-0000-0000-000000000000"})
    void aPlaceholderIdentifierNamesNoBook(String placeholder) throws Exception {
        Article one = open(book("One Book", placeholder), "one.epub");
        Article other = open(book("Another Book", placeholder), "other.epub");

        assertThat(one.id()).isNotEqualTo(other.id()).isNotEqualTo(namedBy(placeholder.strip()));
    }

    @Test
    void booksWithOnePlaceholderAndOneTitleByOtherAuthorsAreOtherBooks() throws Exception {
        Article one = open(book("Documentation", "unknown").authors("Ann Author"), "one.epub");
        Article other = open(book("Documentation", "unknown").authors("Bea Writer"), "other.epub");

        assertThat(one.id()).isNotEqualTo(other.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:uuid:9b2f5c1e-7d4a-4c1b-8f3e-2a6d0c9e8b71", "9780306406157", "urn:isbn:9780306406157",
            "unknown-press-2019", "none-such", "debian-live.alioth.debian.org/manual/epub/live-manual.en.epub"})
    void aRealIdentifierKeepsTheIdItHasAlwaysGiven(String identifier) throws Exception {
        Article one = open(book("One Book", identifier), "one.epub");
        Article retitled = open(book("The Same Book, Corrected", identifier), "two.epub");

        assertThat(one.id()).isEqualTo(namedBy(identifier));
        assertThat(retitled.id()).isEqualTo(one.id());
    }

    @Test
    void aPlaceholderUniqueIdentifierGivesWayToARealOneBesideIt() throws Exception {
        Article book = open(book("Guide", "unknown").metadata("<dc:identifier>urn:isbn:9780306406157</dc:identifier>"),
                "guide.epub");

        assertThat(book.id()).isEqualTo(namedBy("urn:isbn:9780306406157"));
    }

    @Test
    void aLongBookWithAPlaceholderStillShowsItsBeginningFirstUnderItsOwnId() throws Exception {
        Path file = TestBooks.longBook(dir.resolve("long.epub"), "unknown");
        List<Article> beginnings = new ArrayList<>();

        Article whole = importer.open(file, beginnings::add).article();

        assertThat(whole.id()).isNotEqualTo(namedBy("unknown"));
        assertThat(beginnings).singleElement().extracting(Article::id).isEqualTo(whole.id());
    }

    @Test
    void aBookKeepsItsFormerIdWhenAskedBeforeItsBeginningIsHandedOver() throws Exception {
        Path file = TestBooks.longBook(dir.resolve("long.epub"), "unknown");
        List<String> asked = new ArrayList<>();
        List<Article> beginnings = new ArrayList<>();

        Article kept = importer.open(file, beginnings::add, (formerId, title) -> {
            asked.add(formerId + " " + title + (beginnings.isEmpty() ? "" : " (after the beginning)"));
            return true;
        }).article();
        Article renamed = importer.open(file, null, FormerIds.NONE).article();

        assertThat(asked).containsExactly(namedBy("unknown") + " The Long Book");
        assertThat(kept.id()).isEqualTo(namedBy("unknown"));
        assertThat(beginnings).singleElement().extracting(Article::id).isEqualTo(kept.id());
        assertThat(renamed.id()).isNotEqualTo(kept.id());
    }

    @Test
    void aRealIdentifierIsNeverAskedAboutAFormerId() throws Exception {
        Path file = book("Guide", "urn:isbn:9780306406157").write(dir.resolve("guide.epub"));
        List<String> asked = new ArrayList<>();

        importer.open(file, null, (formerId, title) -> asked.add(formerId));

        assertThat(asked).isEmpty();
    }

    @Test
    void aPlaceholderBookWithoutATitleIsNamedByItsChaptersAndAskedUnderItsHeading() throws Exception {
        EpubBuilder untitled = new EpubBuilder().title(null).identifier("unknown")
                .chapter("a.xhtml", "<h1>Field Notes</h1><p>Words of the first book.</p>");
        EpubBuilder other = new EpubBuilder().title(null).identifier("unknown")
                .chapter("a.xhtml", "<h1>Field Notes</h1><p>Words of another book.</p>");
        List<String> asked = new ArrayList<>();

        Article first = importer.open(untitled.write(dir.resolve("a.epub")), null, (formerId, title) -> {
            asked.add(formerId + " " + title);
            return false;
        }).article();
        Article second = open(other, "b.epub");

        assertThat(asked).containsExactly(namedBy("unknown") + " Field Notes");
        assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(namedBy("unknown"));
    }

    @Test
    void anIdentifierOfTenMegabytesNamesItsBookAsAnyOther() throws Exception {
        Random random = new Random(7);
        StringBuilder huge = new StringBuilder(10 * 1024 * 1024);
        while (huge.length() < 10 * 1024 * 1024) {
            huge.append((char) ('a' + random.nextInt(26)));
        }
        Path file = book("Huge", huge.toString()).write(dir.resolve("huge.epub"));

        Article book = assertTimeoutPreemptively(NO_HANG, () -> importer.importFile(file));

        assertThat(book.id()).isEqualTo(namedBy(huge.toString()));
    }

    @Test
    void amongManyPlaceholderIdentifiersTheOneRealOneNamesTheBook() throws Exception {
        String placeholders = "<dc:identifier>unknown</dc:identifier>\n".repeat(20_000);
        Path many = book("Many", "unknown").metadata(placeholders + "<dc:identifier>urn:isbn:9780306406157"
                + "</dc:identifier>").write(dir.resolve("many.epub"));
        Path none = book("None", "unknown").metadata(placeholders).write(dir.resolve("none.epub"));

        Article real = assertTimeoutPreemptively(NO_HANG, () -> importer.importFile(many));
        Article placeholder = assertTimeoutPreemptively(NO_HANG, () -> importer.importFile(none));

        assertThat(real.id()).isEqualTo(namedBy("urn:isbn:9780306406157"));
        assertThat(placeholder.id()).isNotEqualTo(namedBy("unknown")).isNotEqualTo(real.id());
    }
}
