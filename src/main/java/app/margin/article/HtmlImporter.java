package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Turns a saved web page into an {@link Article} (rules: "Web pages" in {@code docs/article-format.md}).
 * jsoup parses the bytes (charset from the byte order mark or {@code <meta charset>}, else UTF-8) and
 * Readability4J, a port of the extractor behind Firefox's Reader View, finds the main text, its title and byline;
 * when it finds none the whole {@code <body>} is read and {@link Imported#remark()} says so. {@link HtmlText} turns
 * the chosen element into headings and paragraphs. Nothing is fetched: both libraries work on the parsed document
 * only, and links, images, fonts and stylesheets are never followed. Instances are immutable and thread-safe.
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
            HtmlText.removeDropped(page.body());
        }
        int elements = page.getAllElements().size();
        String remark = null;
        if (elements <= MAX_ELEMENTS_FOR_READABILITY) {
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
        String title = titleOf(pageTitle, body, fileName);
        OutlineBuilder outline = new OutlineBuilder(fileName, limits);
        HtmlText.walk(body, new TitleDropper(outline, title));
        return new Imported(outline.build(articleId, title, null, source, date, language), Optional.of(remark));
    }

    /** The article Readability finds, or {@code null} when it finds none worth the name. */
    private Imported mainText(Document page, byte[] bytes, boolean xhtml, String fileName, String articleId,
                              String pageTitle, String source, String date, String language)
            throws ArticleException {
        net.dankito.readability4j.Article found;
        try {
            try {
                found = readability(new QuietPage(page)).parse();
            } catch (QuietPage.RetryNeeded retry) {
                // Readability found too little and wants the page back to look again with other rules: it gets the
                // page as it would have without QuietPage, a fresh parse, and does exactly what it always did.
                Document again = parse(bytes, fileName, xhtml);
                if (again.body() != null) {
                    HtmlText.removeDropped(again.body());
                }
                found = readability(again).parse();
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
        HtmlText.walk(content, new TitleDropper(outline, title));
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

    static Readability4J readability(Document page) {
        keepPictures(page);
        ReadabilityOptions options = new ReadabilityOptions();
        RegExUtil regEx = new QuickRegExUtil();
        return new Readability4J("", page, options, regEx, new QuietPreprocessor(regEx), new MetadataParser(regEx),
                new QuietGrabber(options, regEx), new TextOnly());
    }

    /** Short text around a picture: its container is a figure, not a sidebar. */
    private static final int FIGURE_TEXT = 300;

    /**
     * Readability scores an element down by its class names and removes it when they look like clutter ("media",
     * "foot", "banner"): DocBook's {@code <div class="mediaobject">} around every figure of a manual went, picture
     * and all. A picture's own containers, up to where the text around it grows past a caption's length, lose their
     * class names before Readability reads the page, so they are judged by what they hold.
     */
    static void keepPictures(Document page) {
        // Readability drops "align" and "style": an alignment that carries meaning goes where it does not look.
        for (Element aligned : page.select("[align], [style*=text-align], center")) {
            app.margin.model.ParagraphForm.Align align = HtmlElements.alignOf(aligned, aligned.normalName());
            if (align != null) {
                aligned.attr(HtmlElements.KEPT_ALIGN, align.name());
            }
        }
        for (Element img : page.select("img")) {
            Element e = img.parent();
            for (int up = 0; e != null && up < 4 && !e.normalName().equals("body"); up++, e = e.parent()) {
                if (e.text().length() > FIGURE_TEXT) {
                    break;
                }
                e.removeAttr("class");
            }
        }
    }

    /**
     * Readability describes every element it removes as HTML for its debug log, whether or not anything is logged
     * (the text is built before the logger is asked): a page's worth of serialising that Margin never reads.
     */
    private static final class QuietGrabber extends ArticleGrabber {
        QuietGrabber(ReadabilityOptions options, RegExUtil regEx) {
            super(options, regEx);
        }

        @Override
        protected void logNodeInfo(Node node, String reason) {
            // not logged
        }
    }

    /** As {@link QuietGrabber}, for Readability's first pass over the page. */
    private static final class QuietPreprocessor extends Preprocessor {
        QuietPreprocessor(RegExUtil regEx) {
            super(regEx);
        }

        @Override
        protected void logNodeInfo(Node node, String reason) {
            // not logged
        }
    }

    /**
     * The parsed page as Readability reads it, without the copies of it as HTML that Readability makes and Margin
     * never reads: it serialises the whole page before it starts (to restore it if it must look again) and its
     * article three times over for a debug log that is built whether or not anything is logged. On a 2 MB page
     * that was a fifth of the time to find the article. Here the page's HTML is a placeholder and the elements
     * Readability makes (the article among them) print as nothing; should Readability want the page back, it
     * gets {@link RetryNeeded} instead, and the caller runs it again the usual way. The parsed document's nodes
     * move into this one.
     */
    static final class QuietPage extends Document {
        private static final String NOT_KEPT = "<!-- the page as HTML: not kept -->";

        QuietPage(Document parsed) {
            super(parsed.parser().defaultNamespace(), parsed.location());
            parser(parsed.parser());
            outputSettings(parsed.outputSettings());
            quirksMode(parsed.quirksMode());
            appendChildren(detachChildren(parsed));
            Element body = body();
            if (body != null) {
                Element guarded = new GuardedBody(body);
                guarded.appendChildren(detachChildren(body));
                body.replaceWith(guarded);
            }
        }

        /** The element's children, taken out of it at once (one at a time costs a re-index each). */
        private static List<Node> detachChildren(Element element) {
            List<Node> children = new ArrayList<>(element.childNodes());
            element.empty();
            return children;
        }

        @Override
        public String html() {
            return NOT_KEPT;
        }

        @Override
        public Element createElement(String tagName) {
            return new Unprinted(parser().tagSet().valueOf(tagName, parser().defaultNamespace(),
                    ParseSettings.preserveCase), baseUri());
        }

        /** An element Readability made: its HTML is only ever wanted for Readability's debug log. */
        private static final class Unprinted extends Element {
            Unprinted(Tag tag, String baseUri) {
                super(tag, baseUri);
            }

            @Override
            public String html() {
                return "";
            }
        }

        /** The page's body, which Readability would restore from the placeholder: that is the signal to retry. */
        private static final class GuardedBody extends Element {
            GuardedBody(Element body) {
                super(body.tag(), body.baseUri(), body.attributes().clone());
            }

            @Override
            public Element html(String html) {
                if (NOT_KEPT.equals(html)) {
                    throw new RetryNeeded();
                }
                return super.html(html);
            }
        }

        /** Readability wants to look at the page again with other rules. */
        static final class RetryNeeded extends RuntimeException {
            RetryNeeded() {
                super("Readability looks again", null, false, false);
            }
        }
    }

    /**
     * Readability's last step makes link and image addresses absolute and strips class names: work for a browser
     * that will show the HTML. Margin reads only the words, so the step is skipped.
     */
    private static final class TextOnly extends Postprocessor {
        @Override
        public void postProcessContent(Document document, Element content, String uri,
                                       java.util.Collection<String> classesToPreserve) {
            // nothing to do for plain text
        }
    }

    /**
     * Readability normalises whitespace with a regular expression on every element's text, a large part of its
     * time on a long page; a loop that copies nothing when there is nothing to do gives the same result.
     */
    private static final class QuickRegExUtil extends RegExUtil {
        QuickRegExUtil() {
            super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
                    NegativeDefaultPattern, ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern,
                    NormalizeDefaultPattern, VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern,
                    WhitespaceDefaultPattern, HasContentDefaultPattern);
        }

        @Override
        public String normalize(String text) {
            return collapseSpaces(text);
        }
    }

    /** Runs of two or more whitespace characters become one space, as Readability's {@code \s{2,}} does. */
    static String collapseSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i + 1 < n && !(Character.isWhitespace(text.charAt(i)) && Character.isWhitespace(text.charAt(i + 1)))) {
            i++;
        }
        if (i + 1 >= n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    int j = i + 1;
                    out.append(j < n && Character.isWhitespace(text.charAt(j)) ? ' ' : c);
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    static Document parse(byte[] bytes, String fileName, boolean xhtml) throws ArticleException {
        Parser parser = (xhtml ? Parser.xmlParser() : Parser.htmlParser()).setMaxDepth(MAX_DEPTH);
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
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

    /** Drops a heading that opens the text and repeats the title, as the reader shows the title anyway. */
    static final class TitleDropper implements TextSink {
        private final TextSink next;
        private final String title;
        private boolean first = true;

        TitleDropper(TextSink next, String title) {
            this.next = next;
            this.title = title;
        }

        @Override
        public void heading(int level, String text) {
            heading(level, text, List.of());
        }

        @Override
        public void heading(int level, String text, List<app.margin.model.Span> spans) {
            boolean repeat = first && text.strip().equalsIgnoreCase(title.strip());
            first = false;
            if (!repeat) {
                next.heading(level, text, spans);
            }
        }

        @Override
        public void paragraph(String text) {
            first = false;
            next.paragraph(text);
        }

        @Override
        public void paragraph(String text, ParagraphForm form) {
            first = false;
            next.paragraph(text, form);
        }

        @Override
        public void preformatted(String text) {
            first = false;
            next.preformatted(text);
        }

        @Override
        public void preformatted(String text, ParagraphForm form) {
            first = false;
            next.preformatted(text, form);
        }

        @Override
        public void anchor(String id) {
            next.anchor(id);
        }
    }
}
