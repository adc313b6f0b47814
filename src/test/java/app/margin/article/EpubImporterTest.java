package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Placement;
import app.margin.model.Resolution;
import app.margin.model.Section;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUB books as pandoc and other tools write them: metadata, spine order, the outline from nav or NCX. */
class EpubImporterTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    static Path fixture(String name) {
        try {
            return Path.of(EpubImporterTest.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every section title, indented two spaces per level, as --outline prints them. */
    static List<String> outline(Article article) {
        List<String> lines = new ArrayList<>();
        outline(article.sections(), 0, lines);
        return lines;
    }

    private static void outline(List<Section> sections, int level, List<String> lines) {
        for (Section s : sections) {
            lines.add("  ".repeat(level) + s.title());
            outline(s.children(), level + 1, lines);
        }
    }

    static Section section(Article article, String title) {
        List<Section> pending = new ArrayList<>(article.sections());
        while (!pending.isEmpty()) {
            Section s = pending.remove(0);
            if (s.title().equals(title)) {
                return s;
            }
            pending.addAll(s.children());
        }
        throw new AssertionError("no section " + title + " in " + outline(article));
    }

    @Test
    void pandocEpub3TakesItsMetadataAndItsNestedNavOutline() throws Exception {
        Article book = importer.importFile(fixture("lighthouse-epub3.epub"));

        assertThat(book.title()).isEqualTo("The Lighthouse Keeper");
        assertThat(book.byline()).isEqualTo("Ada Wren, Tom Hale");
        assertThat(book.date()).isEqualTo("2024-03-01");
        assertThat(book.language()).isEqualTo("en-GB");
        assertThat(book.id()).matches("epub-[0-9a-f]{16}");
        assertThat(outline(book)).containsExactly("Arrival", "  The Lamp Room", "  The Log Book", "The Storm",
                "  Before", "  During", "    The Ship", "Relief", "Afterword");
        assertThat(section(book, "The Ship").paragraphs()).containsExactly(
                "At three in the morning a light showed to the south: a coaster, far too close to the reef.");
        assertThat(section(book, "The Log Book").paragraphs())
                .containsExactly("The log book began in 1871. Every entry ended with the words all well.");
    }

    @Test
    void epub2WithOnlyAnNcxTakesItsOutlineFromTheNcx() throws Exception {
        Article book = importer.importFile(fixture("lighthouse-epub2.epub"));

        assertThat(outline(book)).as("its title page, the NCX's first entry, is the lead, as in the EPUB 3 book")
                .containsExactly("Arrival", "  The Lamp Room", "  The Log Book", "The Storm", "  Before", "  During",
                        "    The Ship", "Relief", "Afterword");
        assertThat(book.lead()).isEqualTo(importer.importFile(fixture("lighthouse-epub3.epub")).lead());
        assertThat(section(book, "Relief").paragraphs()).containsExactly(
                "The relief boat came on the twelfth day, and Tom Hale stepped onto the rock with the mail.");
    }

    @Test
    void theLibrarysCopyKeepsTheBookWhole() throws Exception {
        Article book = importer.importFile(fixture("lighthouse-epub3.epub"));
        Path copy = dir.resolve(book.id() + ".json");

        ArticleWriter.write(book, copy);

        assertThat(new ArticleReader().read(copy)).isEqualTo(book);
    }

    @Test
    void theSameBookGivesTheSameIdFromItsIdentifierWhateverTheFileName() throws Exception {
        String three = importer.importFile(fixture("lighthouse-epub3.epub")).id();
        String two = importer.importFile(fixture("lighthouse-epub2.epub")).id();

        assertThat(two).isEqualTo(three);
    }

    @Test
    void aChapterSplitOverSeveralFilesIsOneSection() throws Exception {
        Path file = new EpubBuilder()
                .chapter("ch1a.xhtml", "<h1>One</h1><p>First half.</p>")
                .chapter("ch1b.xhtml", "<p>Second half.</p>")
                .chapter("ch1c.xhtml", "<p>Third part.</p>")
                .chapter("ch2.xhtml", "<h1>Two</h1><p>Next chapter.</p>")
                .toc(Toc.of("One", "ch1a.xhtml"), Toc.of("Two", "ch2.xhtml"))
                .write(dir.resolve("split.epub"));

        Article book = importer.importFile(file);

        assertThat(outline(book)).containsExactly("One", "Two");
        assertThat(section(book, "One").paragraphs()).containsExactly("First half.", "Second half.", "Third part.");
    }

    @Test
    void aChaptersPreBlockIsAPreformattedParagraphWithOrWithoutATableOfContents() throws Exception {
        String chapter = "<h1>One</h1><p>Prose.</p><pre>line 1\n  line 2</pre><p>More prose.</p>";
        Path withToc = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("One", "ch1.xhtml")).write(dir.resolve("pre-toc.epub"));
        Path withoutToc = new EpubBuilder().chapter("ch1.xhtml", chapter).write(dir.resolve("pre-headings.epub"));

        for (Path file : List.of(withToc, withoutToc)) {
            Section one = section(importer.importFile(file), "One");

            assertThat(one.paragraphs()).containsExactly("Prose.", "line 1\n  line 2", "More prose.");
            assertThat(one.preformatted()).containsExactly(1);
        }
    }

    @Test
    void aTocStillNamingTheFileBeforeCalibreSplitItFindsItsPlacesByTheirIds() throws Exception {
        // calibre split index.html into book_split_*.html but left the table of contents pointing at index.html.
        Path file = new EpubBuilder()
                .chapter("book_split_000.html", "<h1 id=\"part-1\">Part one</h1><p>First.</p>")
                .chapter("book_split_001.html", "<h1 id=\"part-2\">Part two</h1><p>Second.</p>")
                .chapter("book_split_002.html", "<p>More of two.</p><h2 id=\"part-2-1\">Two, a</h2><p>Deeper.</p>")
                .chapter("book_split_003.html", "<h1 id=\"part-3\">Part three</h1><p>Third.</p>")
                .toc(Toc.of("Part one", "index.html#part-1"),
                        Toc.of("Part two", "index.html#part-2", Toc.of("Two, a", "index.html#part-2-1"),
                                Toc.of("Lost", "index.html#nowhere")),
                        Toc.of("Part three", "index.html#part-3"))
                .write(dir.resolve("calibre-split.epub"));

        Article book = importer.importFile(file);

        assertThat(outline(book)).containsExactly("Part one", "Part two", "  Two, a", "  Lost", "Part three");
        assertThat(section(book, "Part two").paragraphs()).containsExactly("Second.", "More of two.");
        assertThat(section(book, "Two, a").paragraphs()).containsExactly("Deeper.");
        assertThat(section(book, "Part three").paragraphs()).containsExactly("Third.");
    }

    @Test
    void aTitlePageRepeatingTheTitleAndAuthorIsNotReadAgainBelowTheTitleBlock() throws Exception {
        Path file = new EpubBuilder().title("A Test Book")
                .chapter("title.xhtml", "<h1 class=\"title\">A Test Book</h1><p class=\"author\">Ann Author</p>"
                        + "<p>Second edition, 2026.</p>")
                .chapter("ch1.xhtml", "<h1>One</h1><p>Text.</p>")
                .toc(Toc.of("One", "ch1.xhtml"))
                .write(dir.resolve("title-page.epub"));

        Article book = importer.importFile(file);

        assertThat(book.title()).isEqualTo("A Test Book");
        assertThat(book.byline()).isEqualTo("Ann Author");
        assertThat(book.lead()).containsExactly("Second edition, 2026.");
    }

    @Test
    void aTitlePageTheContentsListFirstUnderTheBooksTitleIsTheLeadNotASectionRepeatingTheTitle() throws Exception {
        Path file = new EpubBuilder().title("Debian Policy Manual")
                .chapter("index.xhtml", "<h1>Debian Policy Manual</h1><p>This manual describes the policy.</p>")
                .chapter("ch1.xhtml", "<h1>About this manual</h1><p>Text.</p>")
                .toc(Toc.of("Debian Policy Manual", "index.xhtml"), Toc.of("About this manual", "ch1.xhtml"))
                .write(dir.resolve("listed-title-page.epub"));

        Article book = importer.importFile(file);

        assertThat(book.lead()).containsExactly("This manual describes the policy.");
        assertThat(outline(book)).containsExactly("About this manual");
    }

    @Test
    void aFirstEntryNamedOtherThanTheBookIsASection() throws Exception {
        Path file = new EpubBuilder().title("Quick Start Guide")
                .chapter("index.xhtml", "<h1>Calibre Quick Start Guide</h1><p>Fourth edition.</p>")
                .chapter("ch1.xhtml", "<h1>Introduction</h1><p>Text.</p>")
                .toc(Toc.of("Calibre Quick Start Guide", "index.xhtml"), Toc.of("Introduction", "ch1.xhtml"))
                .write(dir.resolve("first-entry.epub"));

        Article book = importer.importFile(file);

        assertThat(book.lead()).isEmpty();
        assertThat(outline(book)).containsExactly("Calibre Quick Start Guide", "Introduction");
    }

    @Test
    void anEntryPointingAtAnElementStartsThereInsideItsChapter() throws Exception {
        Path file = new EpubBuilder()
                .chapter("ch.xhtml", "<h1>Chapter</h1><p>Opening.</p><h2 id=\"later\">Later</h2><p>Then.</p>"
                        + "<p id=\"end\">Last words.</p>")
                .toc(Toc.of("Chapter", "ch.xhtml", Toc.of("Later on", "ch.xhtml#later"),
                        Toc.of("The end", "ch.xhtml#end")))
                .write(dir.resolve("anchors.epub"));

        Article book = importer.importFile(file);

        assertThat(outline(book)).containsExactly("Chapter", "  Later on", "  The end");
        assertThat(section(book, "Chapter").paragraphs()).containsExactly("Opening.");
        assertThat(section(book, "Later on").paragraphs()).containsExactly("Later", "Then.");
        assertThat(section(book, "The end").paragraphs()).containsExactly("Last words.");
    }

    private Path longBook(String fileName) {
        return TestBooks.longBook(dir.resolve(fileName));
    }

    @Test
    void aLongBookHandsOverItsFirstChaptersBeforeTheWholeOfIt() throws Exception {
        Path file = longBook("long.epub");
        List<Article> beginnings = java.util.Collections.synchronizedList(new ArrayList<>());

        Article whole = importer.open(file, beginnings::add).article();

        assertThat(whole.sections()).hasSize(40);
        assertThat(beginnings).singleElement().satisfies(first -> {
            assertThat(first.id()).isEqualTo(whole.id());
            assertThat(first.title()).isEqualTo(whole.title());
            assertThat(first.byline()).isEqualTo(whole.byline());
            // Whole chapters, as the whole book has them, and enough of them for a few screens.
            assertThat(first.sections()).hasSizeBetween(2, 39);
            assertThat(whole.sections().subList(0, first.sections().size())).isEqualTo(first.sections());
            assertThat(ArticleLayout.of(first).blocks().size()).isGreaterThanOrEqualTo(EpubImporter.BEGINNING_BLOCKS);
            assertThat(first.truncated()).isFalse();
        });
    }

    @Test
    void aShortBookIsReadWholeWithoutABeginning() throws Exception {
        EpubBuilder builder = new EpubBuilder();
        for (int c = 1; c <= 40; c++) {
            builder.chapter("ch" + c + ".xhtml", "<h1>Chapter " + c + "</h1>" + "<p>A short chapter.</p>".repeat(5));
        }
        Path file = builder.write(dir.resolve("short.epub"));
        List<Article> beginnings = java.util.Collections.synchronizedList(new ArrayList<>());

        Article whole = importer.open(file, beginnings::add).article();

        assertThat(whole.sections()).hasSize(40);
        assertThat(beginnings).isEmpty();
    }

    @Test
    void aBookOfSixtyIllustratedChaptersIsLongEnoughForABeginning() throws Exception {
        // As the illustrated book of the start-up measurements: 0.3 MB of XHTML in 60 chapters of ~30 blocks.
        EpubBuilder builder = new EpubBuilder();
        String words = "The keeper climbed the stair and looked out over the <em>grey</em> water. ".repeat(2);
        for (int c = 1; c <= 60; c++) {
            builder.chapter("ch" + c + ".xhtml", "<h1>Chapter " + c + "</h1>" + ("<p>" + words + "</p>").repeat(30));
        }
        Path file = builder.write(dir.resolve("sixty.epub"));
        List<Article> beginnings = java.util.Collections.synchronizedList(new ArrayList<>());

        // Two threads read the chapters; on a loaded machine one can finish every other chapter while the first is
        // still being read, and a book read whole by the time its opening is ready rightly offers no beginning. That
        // race is lost rarely; three times in a row means the book is not taken for a long one.
        Article whole = null;
        for (int attempt = 0; attempt < 3 && beginnings.isEmpty(); attempt++) {
            whole = importer.open(file, beginnings::add).article();
        }

        assertThat(whole.sections()).hasSize(60);
        assertThat(beginnings).hasSize(1);
        List<Section> first = beginnings.get(0).sections();
        assertThat(first.size()).isBetween(2, 59);
        assertThat(whole.sections().subList(0, first.size()).equals(first)).isTrue();
    }

    @Test
    void theRestOfALongBookIsReadOnceItsBeginningIsHandedOver() throws Exception {
        Path file = longBook("long.epub");
        Article expected = importer.importFile(file);
        java.util.concurrent.CountDownLatch handedOver = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);

        java.util.concurrent.CompletableFuture<Article> whole = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return importer.open(file, first -> {
                    handedOver.countDown();
                    try {
                        shown.await(); // as the window's start waits for the beginning's first frame
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).article();
            } catch (ArticleException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, java.util.concurrent.Executors.newSingleThreadExecutor());

        assertThat(handedOver.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(whole).isNotDone();
        shown.countDown();
        assertThat(whole.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
    }

    @Test
    void aBeginningThatCannotBeShownLeavesTheWholeBookAsItIs() throws Exception {
        Path file = longBook("long.epub");
        Article expected = importer.importFile(file);

        Article whole = importer.open(file, first -> {
            throw new IllegalStateException("the window is gone");
        }).article();

        assertThat(whole).isEqualTo(expected);
    }

    @Test
    void aBookOfManyChaptersReadOnTwoThreadsKeepsTheSpinesOrderAndEveryAnchor() throws Exception {
        EpubBuilder builder = new EpubBuilder();
        List<Toc> toc = new ArrayList<>();
        for (int c = 1; c <= 60; c++) {
            builder.chapter("ch" + c + ".xhtml", "<h1>Chapter " + c + "</h1>" + ("<p>Words of chapter " + c
                    + ".</p>").repeat(c % 7 + 1) + "<h2 id=\"n" + c + "\">Night</h2><p>Night " + c + ".</p>");
            toc.add(Toc.of("Chapter " + c, "ch" + c + ".xhtml", Toc.of("Night " + c, "ch" + c + ".xhtml#n" + c)));
        }
        Path file = builder.toc(toc.toArray(Toc[]::new)).write(dir.resolve("many.epub"));

        for (int round = 0; round < 3; round++) {
            Article book = importer.importFile(file);

            assertThat(book.sections()).hasSize(60);
            for (int i = 1; i <= 60; i++) {
                int c = i;
                Section chapter = book.sections().get(c - 1);
                assertThat(chapter.title()).isEqualTo("Chapter " + c);
                assertThat(chapter.paragraphs()).hasSize(c % 7 + 1).allMatch(p -> p.equals("Words of chapter " + c + "."));
                assertThat(chapter.children()).singleElement().satisfies(night -> {
                    assertThat(night.title()).isEqualTo("Night " + c);
                    assertThat(night.paragraphs()).containsExactly("Night", "Night " + c + ".");
                });
            }
        }
    }

    @Test
    void navEntriesPointingAtMissingFilesAreKeptAtTheNextPlaceAndOnlyThoseOutsideTheBookSkipped() throws Exception {
        Path file = new EpubBuilder()
                .chapter("a.xhtml", "<p>Alpha text.</p>")
                .chapter("b.xhtml", "<p>Beta text.</p>")
                .toc(Toc.of("Alpha", "a.xhtml"), Toc.of("Gone", "missing.xhtml", Toc.of("Beta", "b.xhtml")),
                        Toc.of("Outside", "../../etc/passwd"), Toc.of("Web", "https://example.org/"))
                .write(dir.resolve("missing.epub"));

        Article book = importer.importFile(file);

        // Issue 21: an entry whose file is gone stays in the outline (readers keep it), at the next entry's place.
        assertThat(outline(book)).containsExactly("Alpha", "Gone", "  Beta");
        assertThat(section(book, "Beta").paragraphs()).containsExactly("Beta text.");
        assertThat(section(book, "Gone").paragraphs()).isEmpty();
    }

    @Test
    void withoutAUsableTableOfContentsTheChaptersHeadingsMakeTheOutline() throws Exception {
        Path file = new EpubBuilder().epub2()
                .chapter("a.xhtml", "<h1>First</h1><p>One.</p><h2>Inner</h2><p>Two.</p>")
                .chapter("b.xhtml", "<h1>Second</h1><p>Three.</p>")
                .write(dir.resolve("no-toc.epub"));

        Article book = importer.importFile(file);

        assertThat(outline(book)).containsExactly("First", "  Inner", "Second");
    }

    @Test
    void chapterTextLosesScriptsStylesAndHiddenElementsAndKeepsEntities() throws Exception {
        Path file = new EpubBuilder()
                .chapter("a.xhtml", "<h1>Only</h1><script>var x = 1;</script><style>p{}</style>"
                        + "<p>Caf&#233; &amp; cr&#232;me&#160;br&#251;l&#233;e.</p><p hidden=\"hidden\">Secret.</p>"
                        + "<ul><li>Point one</li><li>Point two</li></ul>")
                .toc(Toc.of("Only", "a.xhtml"))
                .write(dir.resolve("clean.epub"));

        Article book = importer.importFile(file);

        assertThat(section(book, "Only").paragraphs())
                .containsExactly("Café & crème brûlée.", "Point one", "Point two");
        assertThat(section(book, "Only").form(1).marker()).isEqualTo("•");
    }

    @Test
    void aNewVersionOfTheSameBookKeepsItsIdAndItsNotesFindTheirWords() throws Exception {
        EpubBuilder first = new EpubBuilder()
                .chapter("a.xhtml", "<h1>Start</h1><p>The keeper wound the clock every evening at six.</p>")
                .toc(Toc.of("Start", "a.xhtml"));
        Article before = importer.importFile(first.write(dir.resolve("v1.epub")));
        Article after = importer.importFile(new EpubBuilder()
                .chapter("a.xhtml", "<h1>Start</h1><p>A new first paragraph.</p>"
                        + "<p>The keeper always wound the clock every evening at six.</p>")
                .toc(Toc.of("Start", "a.xhtml")).write(dir.resolve("v2.epub")));
        String paragraph = before.sections().get(0).paragraphs().get(0);
        int at = paragraph.indexOf("wound the clock");
        Anchor anchor = Anchor.passage(before.sections().get(0).id(), 0, paragraph, at, at + "wound the clock".length());

        Resolution placed = new AnchorResolver(ArticleLayout.of(after)).resolveDetailed(anchor);

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(ContentHash.of(after)).isNotEqualTo(ContentHash.of(before));
        assertThat(placed.isPlaced()).isTrue();
        Placement p = placed.placement();
        assertThat(ArticleLayout.of(after).blocks().get(p.blockIndex()).text().substring(p.start(), p.end()))
                .isEqualTo("wound the clock");
    }

    @Test
    void aCoverTheBookNamesOnlyInItsPackageOpensTheBookOnceAndNotTwice() throws Exception {
        byte[] png = app.margin.ui.TestPictures.png(60, 90);
        Path onlyNamed = new EpubBuilder().title("Covered").cover("images/cover.png", png)
                .chapter("c1.xhtml", "<h1>One</h1><p>Text.</p>").toc(Toc.of("One", "c1.xhtml"))
                .write(dir.resolve("covered.epub"));
        Path alsoShown = new EpubBuilder().title("Shown").cover("images/cover.png", png)
                .chapter("cover.xhtml", "<p><img src=\"images/cover.png\" alt=\"Cover\"/></p>")
                .chapter("c1.xhtml", "<h1>One</h1><p>Text.</p>").toc(Toc.of("One", "c1.xhtml"))
                .write(dir.resolve("shown.epub"));

        Article covered = importer.importFile(onlyNamed);
        Article shown = importer.importFile(alsoShown);

        assertThat(covered.lead()).first().isEqualTo("Cover");
        app.margin.model.Picture picture = covered.leadForm(0).picture();
        assertThat(picture.source()).isEqualTo("OEBPS/images/cover.png");
        assertThat(picture.width()).as("its size from its header").isEqualTo(60);
        assertThat(picture.height()).isEqualTo(90);
        long covers = ArticleLayoutCount.figures(shown);
        assertThat(covers).as("the cover page's picture, not a second one").isEqualTo(1);
    }

    @Test
    void aCoverPageShowingTheCoverWithoutWordsCallsItCoverNotByItsFileName() throws Exception {
        byte[] png = app.margin.ui.TestPictures.png(60, 90);
        String calibreCoverPage = "<div><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 600 800\">"
                + "<image width=\"600\" height=\"800\" xlink:href=\"images/cover.png\"/></svg></div>";
        Path file = new EpubBuilder().title("Quick Start Guide").cover("images/cover.png", png)
                .chapter("titlepage.xhtml", calibreCoverPage)
                .chapter("c1.xhtml", "<h1>One</h1><p><img src=\"images/map.png\"/></p><p>Text.</p>")
                .picture("images/map.png", png).toc(Toc.of("One", "c1.xhtml"))
                .write(dir.resolve("quick-start.epub"));

        Article book = importer.importFile(file);

        assertThat(book.lead()).containsExactly("Cover");
        app.margin.model.Picture cover = book.leadForm(0).picture();
        assertThat(cover.source()).isEqualTo("OEBPS/images/cover.png");
        assertThat(cover.alt()).isEqualTo("Cover");
        assertThat(section(book, "One").paragraphs()).as("only the book's own cover is named so")
                .containsExactly("Picture", "Text.");
    }

    /** Counts an article's figures. */
    static final class ArticleLayoutCount {
        static long figures(Article article) {
            return app.margin.model.ArticleLayout.of(article).blocks().stream()
                    .filter(b -> b.form().picture() != null).count();
        }
    }
}
