package app.margin.article;

import app.margin.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Turns a saved web page into an {@link Article} (rules: "Web pages" in {@code docs/article-format.md}).
 * jsoup parses the bytes (charset from the byte order mark or {@code <meta charset>}, else UTF-8) and
 * Readability4J, a port of the extractor behind Firefox's Reader View ({@link QuietReadability} sets it up), finds
 * the main text, its title and byline; when it finds none the whole {@code <body>} is read and
 * {@link Imported#remark()} says so. {@link HtmlText} turns the chosen element into headings and paragraphs. Nothing
 * is fetched: both libraries work on the parsed document only, and links, images, fonts and stylesheets are never
 * followed. Instances are immutable and thread-safe.
 */
final class HtmlImporter {
    /** Above this many elements the page is read whole: finding the article would take seconds. */
    static final int MAX_ELEMENTS_FOR_READABILITY = 60_000;
    /** Readability's result is taken when it has at least this many characters of text. */
    private static final int MIN_ARTICLE_CHARS = 200;
    /** jsoup's own limit, kept explicit: deeper elements are closed, so a page nested 100,000 deep reads flat. */
    private static final int MAX_DEPTH = 512;

    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

    private final ArticleReader.Limits limits;

    HtmlImporter(ArticleReader.Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a web page.
     *
     * @param xhtml whether the page is XHTML ({@code .xhtml}), parsed as XML so {@code <br/>}-style tags close
     * @param id    makes the article id from the page's address when it names one, else from its bytes
     */
    Imported read(byte[] bytes, String fileName, boolean xhtml, IdMaker id) throws ArticleException {
        Document page = parse(bytes, fileName, xhtml);
        String source = sourceOf(page);
        String date = dateOf(page);
        String language = languageOf(page);
        String articleId = id.make(source);
        String pageTitle = page.title().strip();
        if (page.body() != null) {
            DroppedElements.removeFrom(page.body());
        }
        int elements = page.getAllElements().size();
        boolean manual = ManualPages.isManual(page);
        String remark = null;
        if (manual) {
            // A manual's page is its text and the generator's navigation: read whole, the navigation left out.
        } else if (elements <= MAX_ELEMENTS_FOR_READABILITY) {
            Imported main = mainText(page, bytes, xhtml, fileName, articleId, pageTitle, source, date, language);
            if (main != null) {
                return main;
            }
            remark = fileName + ": Margin found no main article on this page, so it shows the whole page.";
        } else {
            remark = fileName + ": the page is too large (" + elements
                    + " elements) to look for its main article, so Margin shows the whole page.";
        }
        // Readability changes the document it reads, so the whole page comes from a fresh parse.
        Document whole = parse(bytes, fileName, xhtml);
        Element body = whole.body() != null ? whole.body() : whole;
        if (manual) {
            ManualPages.dropNavigation(body);
        }
        String title = manual ? ManualPages.title(pageTitle, body) : null;
        if (title == null) {
            title = titleOf(pageTitle, body, fileName);
        }
        OutlineBuilder outline = new OutlineBuilder(fileName, limits);
        HtmlText.walk(body, new TitleDropper(outline, title), fileName);
        return new Imported(outline.build(articleId, title, null, source, date, language),
                Optional.ofNullable(remark));
    }

    /** The article Readability finds, or {@code null} when it finds none worth the name. */
    private Imported mainText(Document page, byte[] bytes, boolean xhtml, String fileName, String articleId,
                              String pageTitle, String source, String date, String language)
            throws ArticleException {
        net.dankito.readability4j.Article found;
        try {
            try {
                found = QuietReadability.of(new QuietPage(page)).parse();
            } catch (QuietPage.RetryNeeded retry) {
                // Readability found too little and wants the page back to look again with other rules: it gets the
                // page as it would have without QuietPage, a fresh parse, and does exactly what it always did.
                Document again = parse(bytes, fileName, xhtml);
                if (again.body() != null) {
                    DroppedElements.removeFrom(again.body());
                }
                found = QuietReadability.of(again).parse();
            }
        } catch (RuntimeException | StackOverflowError e) {
            return null; // a page Readability cannot take apart is read whole
        }
        Element content = found.getArticleContent();
        if (content == null || !hasText(content, MIN_ARTICLE_CHARS)) {
            return null;
        }
        String title = blankToNull(found.getTitle());
        if (title == null) {
            title = titleOf(pageTitle, content, fileName);
        }
        OutlineBuilder outline = new OutlineBuilder(fileName, limits);
        HtmlText.walk(content, new TitleDropper(outline, title), fileName);
        return Imported.of(outline.build(articleId, title, blankToNull(found.getByline()), source, date, language));
    }

    /** Whether the element has at least {@code chars} characters of text, without building all of it. */
    private static boolean hasText(Element element, int chars) {
        int[] seen = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode text) {
                    seen[0] += text.text().strip().length();
                }
                return seen[0] >= chars ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return seen[0] >= chars;
    }

    static Document parse(byte[] bytes, String fileName, boolean xhtml) throws ArticleException {
        Parser parser = (xhtml ? Parser.xmlParser() : Parser.htmlParser()).setMaxDepth(MAX_DEPTH);
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(bytes), MarkupCharset.of(bytes, xhtml).name(), "",
                    parser);
            // Readability serialises the page (and logs the article as HTML even when nothing is logged): plain
            // UTF-8 output is the cheapest jsoup has.
            document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
            return document;
        } catch (IOException | RuntimeException e) {
            throw ArticleException.ofFile(fileName, "the page could not be read as HTML (" + e.getMessage() + ")", e);
        }
    }

    /** The page's own address: its canonical link, its Open Graph URL, or the browser's "saved from" note. */
    static String sourceOf(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isWebAddress(canonical.attr("href"))) {
            return canonical.attr("href").strip();
        }
        Element og = page.selectFirst("meta[property=og:url][content]");
        if (og != null && isWebAddress(og.attr("content"))) {
            return og.attr("content").strip();
        }
        for (Node node = page.firstChild(); node != null; node = node.nextSibling()) {
            if (node instanceof Comment comment) {
                Matcher m = SAVED_FROM.matcher(comment.getData());
                if (m.find() && isWebAddress(m.group(1))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static boolean isWebAddress(String text) {
        String t = text.strip();
        return (t.startsWith("http://") || t.startsWith("https://")) && t.length() > 8 && t.length() <= 2000;
    }

    /** The {@code lang} (or {@code xml:lang}) of the page's root element. */
    private static String languageOf(Document page) {
        Element root = page.firstElementChild();
        if (root == null) {
            return null;
        }
        String lang = root.hasAttr("lang") ? root.attr("lang") : root.attr("xml:lang");
        return lang.isBlank() || lang.length() > 35 ? null : lang.strip();
    }

    private static String dateOf(Document page) {
        for (String query : new String[] {"meta[property=article:published_time][content]",
                "meta[name=date][content]", "meta[name=dc.date][content]", "meta[name=DC.date][content]",
                "meta[itemprop=datePublished][content]"}) {
            Element meta = page.selectFirst(query);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time != null && !time.attr("datetime").isBlank() ? time.attr("datetime").strip() : null;
    }

    private static String titleOf(String pageTitle, Element content, String fileName) {
        if (!pageTitle.isBlank()) {
            return pageTitle;
        }
        Element h1 = content.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return MarkdownImporter.titleFromFileName(fileName);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Makes an article id once the page's address, if any, is known. */
    interface IdMaker {
        String make(String source);
    }
}
