package app.margin.article;

import app.margin.article.EpubBuilder.Toc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property tests over every importer: whatever bytes arrive under whatever name, opening them either gives an
 * article or an {@link ArticleException}; any other exception (a parser's, a NullPointerException, a stack
 * overflow) fails the property and jqwik shrinks it to a small example.
 */
class ImporterFuzzTest {
    private static final List<String> EXTENSIONS = List.of("json", "md", "txt", "html", "htm", "xhtml", "epub", "");
    private static Path dir;
    private static byte[] epub;

    private final ArticleImporter importer = new ArticleImporter();

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("margin-fuzz");
        epub = Files.readAllBytes(EpubImporterTest.fixture("lighthouse-epub3.epub"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void openOrRefuse(byte[] bytes, String extension) {
        Path file = dir.resolve("fuzz" + (extension.isEmpty() ? "" : "." + extension));
        try {
            Files.write(file, bytes);
            importer.open(file);
        } catch (ArticleException expected) {
            // the importer's own way of saying no
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void anyBytesUnderAnyNameOpenOrAreRefused(@ForAll @Size(max = 2048) byte[] bytes,
                                               @ForAll("extensions") String extension) {
        openOrRefuse(bytes, extension);
    }

    @Property(tries = 300)
    void tagSoupOpensOrIsRefused(@ForAll("tagSoup") String html, @ForAll("htmlExtensions") String extension) {
        openOrRefuse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), extension);
    }

    /** Whatever a page's markup, its forms are valid: the article writes as Margin JSON and reads back the same. */
    @Property(tries = 300)
    void aRichPageRoundTripsThroughMarginJson(@ForAll("tagSoup") String html) throws IOException {
        Path file = dir.resolve("rich.html");
        Files.writeString(file, "<html><body><h1>T</h1><p>x</p>" + html + "</body></html>");
        app.margin.model.Article article;
        try {
            article = importer.open(file).article();
        } catch (ArticleException refused) {
            return;
        }
        Path json = dir.resolve("rich.json");
        ArticleWriter.write(article, json);
        try {
            org.assertj.core.api.Assertions.assertThat(new ArticleReader().read(json)).isEqualTo(article);
        } catch (ArticleException e) {
            throw new AssertionError("Margin wrote a file it cannot read: " + e.userMessage(), e);
        }
    }

    @Property(tries = 300)
    void anyTextOpensAsPlainTextOrMarkdownOrIsRefused(@ForAll String text, @ForAll("textExtensions") String ext) {
        openOrRefuse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), ext);
    }

    @Property(tries = 200)
    void aBookWithBytesChangedOpensOrIsRefused(@ForAll("positions") List<Integer> positions,
                                               @ForAll @Size(min = 1, max = 16) byte[] values) {
        byte[] changed = epub.clone();
        for (int i = 0; i < positions.size(); i++) {
            changed[positions.get(i) % changed.length] = values[i % values.length];
        }
        openOrRefuse(changed, "epub");
    }

    @Property(tries = 100)
    void aBookWithAnyChaptersAndTableOfContentsOpensOrIsRefused(@ForAll("chapters") List<String> bodies,
                                                                 @ForAll("hrefs") List<String> hrefs,
                                                                 @ForAll("tagSoup") String label) {
        EpubBuilder builder = new EpubBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            builder.chapter("c" + i + ".xhtml", bodies.get(i));
        }
        for (String href : hrefs) {
            builder.toc(Toc.of(label, href, Toc.of(label + " inner", href + "#x")));
        }
        Path file = builder.write(dir.resolve("built.epub"));
        try {
            importer.open(file);
        } catch (ArticleException expected) {
            // refused plainly
        }
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> htmlExtensions() {
        return Arbitraries.of("html", "htm", "xhtml");
    }

    @Provide
    Arbitrary<String> textExtensions() {
        return Arbitraries.of("txt", "md", "");
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Pieces of HTML in any order: tags opened and never closed, entities, text, comments, odd attributes. */
    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<html>", "<body>", "<head>", "<title>", "</title>", "<p>", "</p>", "<h1>", "<h3 id=x>",
                        "</h2>", "<ul>", "<ol start=\"-5\">", "<li value=\"z\">", "<table>", "<td>", "<pre>", "</pre>",
                        "<br/>", "<script>", "</script>", "<style>", "<form>", "<div hidden>", "<div style=\"display:none\">",
                        "<a href=\"#\">#</a>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#0;", "&#x110000;",
                        "&bogus;", "<?xml version='1.0'?>", "<!DOCTYPE html>", "<svg><text>s</text></svg>",
                        "<link rel=canonical href=\"https://e.org/\">", "<meta charset=\"bogus\">", "\u0000", "\uFEFF",
                        "<em>", "</em>", "<b>", "</b>", "<code>", "</code>", "<sup>", "</sup>", "<sub>",
                        "<a href=\"#n\" epub:type=\"noteref\">", "</a>", "<a href=\"javascript:x()\">",
                        "<a href=\"https://e.org/\">", "<figure>", "</figure>", "<figcaption>",
                        "<img src=\"x.png\" width=\"99999999999\" height=\"-3\">", "<img src=\"../../../x\">",
                        "<img src=\"data:image/png;base64,AAAA\">", "<img src=\"https://e.org/p.png\">",
                        "<blockquote>", "</blockquote>", "<dl><dt>", "<dd>", "<th>", "<tr>", "</tr>", "<hr>",
                        "<center>", "<p style=\"text-align:center\">", "<aside epub:type=\"footnote\" id=\"n\">",
                        "<span style=\"font-variant:small-caps\">", "<s>", "<li id=\"fn1\">"),
                Arbitraries.strings().ofMaxLength(40));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<String>> chapters() {
        return tagSoup().list().ofMinSize(0).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> hrefs() {
        Arbitrary<String> href = Combinators.combine(
                Arbitraries.of("c0.xhtml", "c1.xhtml", "../c0.xhtml", "/abs", "http://e.org/", "%zz", "c0.xhtml#",
                        "", "c9.xhtml", "..", "a/../../b"),
                Arbitraries.strings().ofMaxLength(6)).as((a, b) -> a + b);
        return href.list().ofMaxSize(5);
    }
}
