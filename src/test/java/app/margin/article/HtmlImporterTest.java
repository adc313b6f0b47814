package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages: the main text without the page's furniture, headings as a nested outline. */
class HtmlImporterTest {
    /** What "Save Page As…" gives for a news article: nav bar, sidebar, share buttons, comments, footer. */
    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <!-- saved from url=(0046)https://news.example.org/2024/harbour-reopens -->
            <html lang="en"><head><meta charset="utf-8">
            <title>Harbour reopens after winter storms</title>
            <meta property="article:published_time" content="2024-04-02T08:00:00Z">
            <link rel="stylesheet" href="https://cdn.example.org/site.css">
            <script src="https://cdn.example.org/tracker.js"></script>
            <style>body { font-family: serif; }</style>
            </head><body>
            <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
            <header class="site-header"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/login">Sign in</a></li></ul></nav>
              <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
            <main><article class="post">
              <h1>Harbour reopens after winter storms</h1>
              <p class="byline">By <a rel="author" href="/staff/mara">Mara Quinn</a></p>
              <div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a> <span class="views">58 views</span></div>
              <div class="entry-content">
              <p>The harbour at Kelham reopened on Monday after three months in which winter storms kept the fishing fleet tied up and the ferry to the islands cancelled more often than it sailed.</p>
              <p>Engineers spent the winter rebuilding the northern breakwater, which lost almost forty metres of stone in the January gale, the worst the town has seen since records began in 1893.</p>
              <p>The harbour master, Ruth Ellis, said the new wall was built to a higher standard than the old one, with heavier armour stone on the seaward side and a wider crest for maintenance vehicles.</p>
              <h2>What changes for visitors</h2>
              <p>Visitors will find the car park moved to the old railway yard, and the footpath along the harbour wall closed until the summer while the last of the paving is laid and tested.</p>
              <p>The ferry company expects to run its full timetable from next week, with an extra sailing on Saturdays to clear the backlog of freight that built up during the closure.</p>
              <p>Local traders, who lost most of their winter income, have asked the council for a reduction in business rates for the year, and a decision is expected at the May meeting.</p>
              </div>
            </article>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council tax rise approved</a></li>
              <li><a href="/b">New bakery opens on the quay</a></li><li><a href="/c">Lifeboat crew honoured</a></li></ul>
              <div class="ad">Advertisement: Buy the best boots in town at Smith and Sons.</div></aside>
            <section id="comments" class="comments"><h3>Comments (2)</h3>
              <div class="comment"><p>Great news, we missed the ferry!</p></div>
              <div class="comment"><p>About time too, the wall was falling apart.</p></div>
              <form class="comment-form"><textarea>Write a comment</textarea><button>Post</button></form></section>
            </main>
            <footer class="site-footer"><p>© 2024 Kelham News. All rights reserved.</p>
              <ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static List<String> allText(Article article) {
        List<String> text = new ArrayList<>(article.lead());
        List<Section> pending = new ArrayList<>(article.sections());
        while (!pending.isEmpty()) {
            Section s = pending.remove(0);
            text.add(s.title());
            text.addAll(s.paragraphs());
            pending.addAll(0, s.children());
        }
        return text;
    }

    @Test
    void savedNewsPageKeepsItsSixParagraphsAndDropsTheFurniture() throws Exception {
        Imported page = importer.open(write("harbour.html", NEWS_PAGE));
        Article article = page.article();

        assertThat(page.remark()).isEmpty();
        assertThat(article.title()).isEqualTo("Harbour reopens after winter storms");
        assertThat(article.byline()).contains("Mara Quinn");
        assertThat(article.date()).isEqualTo("2024-04-02T08:00:00Z");
        assertThat(article.source()).isEqualTo("https://news.example.org/2024/harbour-reopens");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.lead()).hasSize(3).allSatisfy(p -> assertThat(p).endsWith("."));
        assertThat(article.lead().get(0)).startsWith("The harbour at Kelham reopened on Monday");
        assertThat(article.sections()).extracting(Section::title).containsExactly("What changes for visitors");
        assertThat(article.sections().get(0).paragraphs()).hasSize(3);
        assertThat(String.join("\n", allText(article))).doesNotContain("cookies", "Sign in", "Search", "Share on",
                "58 views", "Most read", "Advertisement", "Great news", "Write a comment", "All rights reserved",
                "Privacy", "font-family", "tracker");
    }

    @Test
    void theSamePageSavedAgainKeepsItsIdFromItsAddress() throws Exception {
        String first = importer.importFile(write("a.html", NEWS_PAGE)).id();
        String edited = importer.importFile(write("b.html", NEWS_PAGE.replace("Monday", "Tuesday"))).id();
        String noAddress = importer.importFile(write("c.html",
                NEWS_PAGE.replace("saved from url=(0046)https://news.example.org/2024/harbour-reopens", ""))).id();

        assertThat(edited).isEqualTo(first).matches("html-[0-9a-f]{16}");
        assertThat(noAddress).isNotEqualTo(first);
    }

    @Test
    void headingsOneToSixNestByLevel() throws Exception {
        StringBuilder body = new StringBuilder("<h1>Guide</h1>");
        String words = "This paragraph has enough words in it to look like the text of a real article to a reader. ";
        body.append("<p>").append(words.repeat(3)).append("</p>");
        for (String h : new String[] {"<h2>Two</h2>", "<h3>Three</h3>", "<h4>Four</h4>", "<h5>Five</h5>",
                "<h6>Six</h6>", "<h2>Two again</h2>"}) {
            body.append(h).append("<p>").append(words).append("</p>");
        }
        Article article = importer.importFile(write("guide.html",
                "<html><head><title>Guide</title></head><body><article>" + body + "</article></body></html>"));

        assertThat(EpubImporterTest.outline(article)).containsExactly("Two", "  Three", "    Four", "      Five",
                "        Six", "Two again");
    }

    @Test
    void listsQuotesPreformattedTextAndTableRowsKeepTheirTextPlainAndTheirShapeInTheirForms() throws Exception {
        String html = """
                <html><head><title>Forms of text</title></head><body>
                <p>Plain &amp; simple &ldquo;quoted&rdquo; text with <em>emphasis</em>, <a href="https://x.org">a link</a> and a&nbsp;space.</p>
                <ul><li>Apples</li><li>Pears<ul><li>Conference</li></ul></li></ul>
                <ol start="3"><li>Third</li><li>Fourth</li></ol>
                <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
                <pre>  indented
                    code();</pre>
                <pre><code>import a from 'a';</code><code>const a = require('a');</code></pre>
                <table><tr><th>Name</th><td>Value</td></tr></table>
                <script>alert('x')</script><noscript>Enable JavaScript</noscript>
                <div style="display: none">Hidden by style</div><span hidden>Hidden attr</span>
                <form><label>Email</label><input value="me@example.org"></form>
                </body></html>""";
        Article article = importer.importFile(write("forms.html", html));

        assertThat(allText(article)).containsSubsequence(
                "Plain & simple “quoted” text with emphasis, a link and a space.", "Apples", "Pears",
                "Conference", "Third", "Fourth", "Quoted one.", "Quoted two.",
                "  indented\n    code();", "import a from 'a';", "const a = require('a');", "Name\tValue");
        assertThat(String.join(" ", allText(article))).doesNotContain("alert", "JavaScript", "Hidden", "Email");
        List<app.margin.model.ParagraphForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < article.lead().size(); i++) {
            forms.add(article.leadForm(i));
        }
        assertThat(forms).extracting(f -> f.role().key() + ":" + f.depth() + ":" + f.marker()).containsSubsequence(
                "item:1:•", "item:1:•", "item:2:◦", "item:1:3.", "item:1:4.", "quote:1:null", "quote:1:null",
                "table-row:0:null");
        assertThat(forms.get(0).spans()).extracting(sp -> sp.style().key() + " " + sp.target())
                .containsExactly("em null", "link https://x.org");
    }

    @Test
    void aPreBlockIsAPreformattedParagraphAndTheTextAroundItIsNot() throws Exception {
        Article article = importer.importFile(write("code.html", """
                <html><head><title>Code</title></head><body><article>
                <h1>Code</h1>
                <p>Before the listing, a paragraph long enough to read as the article's own text.</p>
                <pre><code>for x in xs:
                    print(x)</code></pre>
                <p>After the listing, another paragraph of plain prose to read.</p>
                <pre><code>import a from 'a';</code><code>const a = require('a');</code></pre>
                </article></body></html>"""));

        assertThat(article.lead()).containsExactly(
                "Before the listing, a paragraph long enough to read as the article's own text.",
                "for x in xs:\n    print(x)",
                "After the listing, another paragraph of plain prose to read.",
                "import a from 'a';", "const a = require('a');");
        assertThat(article.leadPreformatted()).containsExactly(1, 3, 4);
    }

    @Test
    void pageWithNoArticleIsShownWholeAndSaysSo() throws Exception {
        Imported page = importer.open(write("links.html",
                "<html><head><title>Links</title></head><body><h1>Links</h1><ul><li>One</li><li>Two</li></ul>"
                        + "</body></html>"));

        assertThat(page.remark()).hasValueSatisfying(r -> assertThat(r).startsWith("links.html: ")
                .contains("found no main article", "shows the whole page"));
        assertThat(allText(page.article())).containsExactly("One", "Two");
        assertThat(page.article().leadForm(0).marker()).isEqualTo("•");
        assertThat(page.article().title()).isEqualTo("Links");
    }

    @Test
    void aManualADocumentationToolMadeIsReadWholeWithoutItsNavigation() throws Exception {
        // As the FHS (DocBook) is set: Readability took its longest chapter and dropped the others.
        StringBuilder chapters = new StringBuilder();
        String[] names = {"Introduction", "The Filesystem", "The Root Filesystem"};
        for (int c = 0; c < names.length; c++) {
            chapters.append("<div class=\"chapter\"><div class=\"titlepage\"><h2 class=\"title\">Chapter ")
                    .append(c + 1).append(". ").append(names[c]).append("</h2></div>");
            for (int sect = 0; sect < (c == 2 ? 6 : 1); sect++) {
                chapters.append("<div class=\"section\"><h3>").append(c + 1).append('.').append(sect + 1)
                        .append(". Part</h3>");
                for (int p = 0; p < 5; p++) {
                    chapters.append("<p>Chapter ").append(c + 1).append(", paragraph ").append(sect * 5 + p + 1)
                            .append(": the filesystem standard says where files go, and why, at some length, with")
                            .append(" commas, clauses, and the reasons, too.</p>");
                }
                chapters.append("</div>");
            }
            if (c == 1) {
                // A chapter that is mostly cross-references, as a manual's are: Readability drops link-dense blocks.
                chapters.append("<div class=\"section\"><ul>");
                for (String dir : new String[] {"bin", "boot", "dev", "etc", "lib", "media", "mnt", "opt"}) {
                    chapters.append("<li><a href=\"#").append(dir).append("\">/").append(dir).append(" directory")
                            .append("</a> (see)</li>");
                }
                chapters.append("</ul></div>");
            }
            chapters.append("</div>");
        }
        Imported page = importer.open(write("fhs.html", "<html><head><title>Filesystem Hierarchy Standard</title>"
                + "<meta name=\"generator\" content=\"DocBook XSL Stylesheets V1.78.1\"></head><body>"
                + "<div class=\"navheader\"><a href=\"#\">Prev</a> Next</div><div class=\"book\">"
                + "<div class=\"toc\"><p><b>Table of Contents</b></p><dl><dt>1. Introduction</dt>"
                + "<dt>2. The Filesystem</dt></dl></div>" + chapters + "</div>"
                + "<div class=\"navfooter\">Home Up</div></body></html>"));

        List<String> text = allText(page.article());
        assertThat(String.join(" ", text)).contains("Chapter 1, paragraph 1", "Chapter 2, paragraph 2",
                "Chapter 3, paragraph 30", "/media directory").doesNotContain("Table of Contents", "Prev", "Home Up");
        assertThat(page.article().sections()).extracting(app.margin.model.Section::title)
                .containsExactly("Chapter 1. Introduction", "Chapter 2. The Filesystem", "Chapter 3. The Root Filesystem");
        assertThat(page.remark()).as("read as it is meant to be, nothing to say").isEmpty();
    }

    @Test
    void aPublicanManualIsReadWholeWithoutItsBannerAndNextPreviousBars() throws Exception {
        // As the Debian Administrator's Handbook is set (Publican, DocBook): Readability left out its short sections
        // ("6.2.1. Initialization"), its tips, and broke a paragraph holding a link at every inline element.
        StringBuilder sections = new StringBuilder();
        String[] names = {"6.2.1. Initialization", "6.2.2. Installing and Removing", "6.2.3. System Upgrade",
            "6.2.4. Configuration Options"};
        for (int c = 0; c < names.length; c++) {
            sections.append("<div class=\"section\"><div class=\"titlepage\"><div><div><h3 class=\"title\">")
                    .append(names[c]).append("</h3></div></div></div>");
            for (int p = 0; p < (c == 1 ? 12 : 1); p++) {
                sections.append("<div class=\"para\">Section ").append(c + 1).append(", paragraph ").append(p + 1)
                        .append(": <code class=\"command\">apt update</code> reads the lists of packages, at some")
                        .append(" length, with commas, clauses and reasons.</div>");
            }
            if (c == 1) {
                sections.append("<div class=\"sidebar\"><div class=\"titlepage\"><div><div><p class=\"title\">")
                        .append("<strong>TIP</strong> Installing the same selection</p></div></div></div>")
                        .append("<div class=\"para\">It can be useful to systematically install the same list.</div>")
                        .append("</div>");
            }
            sections.append("</div>");
        }
        Imported page = importer.open(write("sect.apt-get.html", "<html><head><title>6.2. apt Commands</title>"
                + "<meta name=\"generator\" content=\"publican v4.3.2\"></head><body>"
                + "<div id=\"banner\"><a href=\"http://example.org/get/\"><span>Download the ebook</span></a></div>"
                + "<p id=\"title\"><a href=\"http://example.org\"><img alt=\"Product Site\" src=\"l.png\"></a></p>"
                + "<ul class=\"docnav top\"><li class=\"previous\"><a href=\"apt.html\"><strong>Prev</strong></a>"
                + "</li><li class=\"home\">The Handbook</li></ul>"
                + "<div class=\"section\"><div class=\"titlepage\"><div><div><h2 class=\"title\">6.2. apt Commands"
                + "</h2></div></div></div><div class=\"para\">In this situation, upgrades (<code>upgrade</code> and"
                + " <code>full-upgrade</code>) are done within <em>Stable</em>, as <a class=\"xref\" href=\"#u\">"
                + "Section 6.2.3, \u201cSystem Upgrade\u201d</a> says.</div>" + sections + "</div>"
                + "<ul class=\"docnav\"><li class=\"next\"><a href=\"n.html\"><strong>Next</strong>6.3.</a></li></ul>"
                + "</body></html>"));

        assertThat(page.article().title()).isEqualTo("6.2. apt Commands");
        assertThat(page.article().sections()).extracting(app.margin.model.Section::title).containsExactly(names);
        assertThat(page.article().lead()).containsExactly("In this situation, upgrades (upgrade and full-upgrade) are"
                + " done within Stable, as Section 6.2.3, \u201cSystem Upgrade\u201d says.");
        assertThat(String.join(" ", allText(page.article()))).contains("It can be useful to systematically install",
                "Section 1, paragraph 1", "Section 3, paragraph 1")
                .doesNotContain("Download the ebook", "Product Site", "Prev", "The Handbook", "Next");
    }

    @Test
    void aManualChaptersTitleIsItsHeadingNotTheBrowsersTitle() throws Exception {
        // As Debian Policy's Sphinx chapters are set: the <title> names the manual, the h1 the chapter.
        Imported page = importer.open(write("ch-files.html", "<html><head><title>10. Files — Debian Policy Manual"
                + " v4.6.2.0</title><meta name=\"generator\" content=\"Docutils 0.17.1\"></head><body>"
                + "<div class=\"related\" role=\"navigation\">next | previous | index</div>"
                + "<div class=\"section\"><h1>10. Files<a class=\"headerlink\" href=\"#files\">¶</a></h1>"
                + "<div class=\"section\"><h2>10.1. Binaries</h2><p>Two different packages must not install"
                + " programs with different functionality but with the same filenames.</p></div></div>"
                + "<div class=\"footer\">© Copyright. Created using Sphinx.</div></body></html>"));

        assertThat(page.article().title()).isEqualTo("10. Files");
        assertThat(page.article().sections()).extracting(app.margin.model.Section::title)
                .containsExactly("10.1. Binaries");
        assertThat(String.join(" ", allText(page.article()))).doesNotContain("previous", "Sphinx");
    }

    @Test
    void charsetFromTheMetaTagIsUsed() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body>"
                + "<p>Cr\u00e8me br\u00fbl\u00e9e \u2013 \u201cgood\u201d.</p></body></html>";
        Path file = Files.write(dir.resolve("cp1252.html"), html.getBytes(Charset.forName("windows-1252")));

        Article article = importer.importFile(file);

        assertThat(article.title()).isEqualTo("Café");
        assertThat(allText(article)).contains("Crème brûlée – “good”.");
    }

    @Test
    void xhtmlIsReadAsXmlSoSelfClosingTagsClose() throws Exception {
        String xhtml = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>X</title>"
                + "<script src=\"a.js\"/></head><body><p>One<br/>line.</p><p>Two.</p></body></html>";

        Article article = importer.importFile(write("page.xhtml", xhtml));

        assertThat(allText(article)).containsExactly("One line.", "Two.");
    }

    @Test
    void nothingIsFetchedFromTheNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String html = NEWS_PAGE.replace("</head>", "<link rel=\"stylesheet\" href=\"" + base + "/a.css\">"
                            + "<link rel=\"preload\" as=\"font\" href=\"" + base + "/f.woff2\">"
                            + "<script src=\"" + base + "/s.js\"></script></head>")
                    .replace("<main>", "<main><img src=\"" + base + "/i.png\"><iframe src=\"" + base
                            + "/frame\"></iframe><video src=\"" + base + "/v.mp4\"></video>");

            importer.importFile(write("remote.html", html));

            server.setSoTimeout(300);
            boolean connected;
            try (var socket = server.accept()) {
                connected = socket != null;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected).as("a connection to the page's resources").isFalse();
        }
    }

    @Test
    void aPagesPicturesAndItsCentredLinesSurviveFindingItsArticle() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("<p>Paragraph ").append(i).append(" of the manual explains one step of the installation at "
                    + "length, so that the page has an article for Readability to find.</p>");
        }
        Article article = importer.importFile(write("manual.html", "<html><head><title>Manual</title></head><body>"
                + "<div class='book'><h1>Manual</h1><p style='text-align: center'>Centred line</p>" + text
                + "<div class='figure'><div class='mediaobject'><img src='images/boot.png' alt='Boot screen' "
                + "width='640' height='480'></div><p class='title'><strong>Figure 4.1. Boot screen</strong></p>"
                + "</div>" + text + "</div></body></html>"));

        assertThat(allText(article)).contains("Boot screen", "Centred line");
        app.margin.model.ParagraphForm form = formOf(article, "Boot screen");
        assertThat(form.picture().source()).isEqualTo("images/boot.png");
        assertThat(formOf(article, "Centred line").align())
                .isEqualTo(app.margin.model.ParagraphForm.Align.CENTER);
    }

    /** The form of the article's paragraph with this text. */
    private static app.margin.model.ParagraphForm formOf(Article article, String text) {
        int at = article.lead().indexOf(text);
        if (at >= 0) {
            return article.leadForm(at);
        }
        List<Section> order = new ArrayList<>();
        flatten(article.sections(), order);
        for (Section s : order) {
            if (s.paragraphs().contains(text)) {
                return s.form(s.paragraphs().indexOf(text));
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            flatten(s.children(), out);
        }
    }
}
