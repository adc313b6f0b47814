package app.margin.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The reading text of an HTML element, block by block, for web pages and EPUB chapters alike. {@code h1}–{@code h6}
 * are headings; paragraphs, list items (with "• " or their number), block quotes' paragraphs, preformatted blocks
 * (as written, sent as {@link TextSink#preformatted}), table cells, definition terms and descriptions are paragraphs of plain text. Inline markup keeps its
 * words and loses its formatting; links keep their text; {@code <br>} is a space. Scripts, styles, embedded objects,
 * form controls, images and hidden elements ({@code hidden}, {@code aria-hidden="true"}, {@code display:none},
 * {@code visibility:hidden}) are dropped, and so are forms, except one that wraps a whole page's text (ASP.NET pages
 * do). The walk is iterative, so nesting depth costs no stack.
 */
final class HtmlText {
    /** Elements whose content is never reading text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "picture", "img", "map", "head", "title", "link", "meta",
            "button", "input", "select", "textarea", "option", "datalist", "dialog", "frameset", "frame");

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "hr", "address", "details", "summary", "center",
            "body", "html", "fieldset", "legend", "form", "hgroup", "menu", "li", "h1", "h2", "h3", "h4", "h5", "h6");

    /** Link texts that mark a heading's permalink (Node.js docs: "#", Sphinx: "¶"), not part of its words. */
    private static final Set<String> PERMALINKS = Set.of("#", "¶", "§", "🔗", "link");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final TextSink sink;
    private final Set<String> wantedIds;
    private final StringBuilder text = new StringBuilder();
    /** For each open list: its next number, or -1 for a bulleted list. */
    private final Deque<int[]> lists = new ArrayDeque<>();
    private String marker = "";
    private int preDepth;
    private int headingLevel;

    /**
     * @param wantedIds element ids the sink is told about with {@link TextSink#anchor}; empty for none
     */
    private HtmlText(TextSink sink, Set<String> wantedIds) {
        this.sink = sink;
        this.wantedIds = wantedIds;
    }

    /** Sends the text of {@code root} and everything in it to {@code sink}. */
    static void walk(Element root, TextSink sink) {
        walk(root, sink, Set.of());
    }

    /** As {@link #walk(Element, TextSink)}, telling the sink where each element with a wanted id starts. */
    static void walk(Element root, TextSink sink, Set<String> wantedIds) {
        HtmlText walk = new HtmlText(sink, wantedIds);
        NodeTraversor.filter(walk.new Filter(), root);
        walk.flush();
    }

    private final class Filter implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctypes, XML declarations
            }
            if (!wantedIds.isEmpty()) {
                anchorOf(element);
            }
            String tag = element.normalName();
            if (isDropped(element, tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (preDepth > 0 && tag.equals("code") && !text.isEmpty()) {
                flush(); // a second listing in one block (Node.js docs: the ES module and CommonJS versions)
            }
            if (tag.equals("br")) {
                text.append(preDepth > 0 ? '\n' : ' ');
                return FilterResult.CONTINUE;
            }
            if (headingLevel > 0 && tag.equals("a") && PERMALINKS.contains(element.text().strip().toLowerCase(Locale.ROOT))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                flush();
                open(element, tag);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
                close(element.normalName());
            }
            return FilterResult.CONTINUE;
        }
    }

    private void anchorOf(Element element) {
        String id = element.id();
        if (id.isEmpty() && element.normalName().equals("a")) {
            id = element.attr("name");
        }
        if (!id.isEmpty() && wantedIds.contains(id)) {
            flush();
            sink.anchor(id);
        }
    }

    /**
     * Removes from {@code root} what {@link #walk} would skip, so a library that reads the element after (Readability)
     * never sees it either: it drops style attributes and would keep text hidden by them.
     */
    static void removeDropped(Element root) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != root && isDropped(element, element.normalName())) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : doomed) {
            element.remove();
        }
    }

    private static boolean isDropped(Element element, String tag) {
        if (DROPPED.contains(tag)) {
            return true;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        // A search box or comment form goes; a form around a whole page (ASP.NET) keeps its text.
        return tag.equals("form") && element.selectFirst("p, h1, h2, h3, h4, h5, h6, article") == null;
    }

    private void open(Element element, String tag) {
        switch (tag) {
            case "pre" -> preDepth++;
            case "ul", "menu" -> lists.push(new int[] {-1});
            case "ol" -> lists.push(new int[] {startOf(element)});
            case "li" -> marker = markerFor(element);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
            default -> { }
        }
    }

    private void close(String tag) {
        switch (tag) {
            case "pre" -> preDepth = Math.max(0, preDepth - 1);
            case "ul", "menu", "ol" -> lists.poll();
            case "li" -> marker = "";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = 0;
            default -> { }
        }
    }

    private static int startOf(Element list) {
        try {
            return Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String markerFor(Element item) {
        int[] list = lists.peek();
        if (list == null || list[0] < 0) {
            return "• ";
        }
        String value = item.attr("value").strip();
        if (!value.isEmpty()) {
            try {
                list[0] = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                // keep counting
            }
        }
        return (list[0]++) + ". ";
    }

    private void append(TextNode node) {
        String words = node.getWholeText();
        if (preDepth > 0) {
            text.append(words);
            return;
        }
        // Runs of text that need no change (word characters and single spaces between them) are copied whole:
        // a character at a time, and then a word at a time, were most of a long book's walk on the installed app's
        // C1-only runtime. Any other whitespace, a space after a space, and NUL go through the slow path below.
        int n = words.length();
        int i = 0;
        while (i < n) {
            int start = i;
            boolean afterSpace = text.isEmpty() || text.charAt(text.length() - 1) == ' ';
            while (i < n) {
                char c = words.charAt(i);
                if (c == ' ') {
                    if (afterSpace) {
                        break;
                    }
                    afterSpace = true;
                } else if ((c > ' ' && c < '\u007F') || isWordChar(c)) {
                    afterSpace = false;
                } else {
                    break;
                }
                i++;
            }
            if (i > start) {
                text.append(words, start, i);
            }
            if (i < n) {
                if (words.charAt(i) != '\u0000' && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                i++;
            }
        }
    }

    /** Not whitespace, no-break space or NUL; the ASCII letters and punctuation that make up most text are quick. */
    static boolean isWordChar(char c) {
        if (c > ' ' && c < '\u007F') {
            return true;
        }
        return c != ' ' && c != '\u0000' && c != '\u00A0' && !Character.isWhitespace(c);
    }

    /** Ends the block being gathered: a heading inside {@code h1}–{@code h6}, else a paragraph. */
    private void flush() {
        // Outside preformatted text the only whitespace gathered is spaces: strip() without a second copy.
        int begin = 0;
        int end = text.length();
        while (preDepth == 0 && begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (preDepth == 0 && end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        String block = preDepth > 0 ? withoutBlankEnds(text) : text.substring(begin, end);
        text.setLength(0);
        if (block.isEmpty()) {
            return;
        }
        if (headingLevel > 0) {
            sink.heading(headingLevel, block.replace('\n', ' '));
        } else if (preDepth > 0) {
            sink.preformatted(marker + block);
            marker = "";
        } else {
            sink.paragraph(marker + block);
            marker = "";
        }
    }

    /** Preformatted text as written, without the blank lines and spaces at its ends. */
    private static String withoutBlankEnds(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String block = text.subSequence(start, end).toString();
        return block.isBlank() ? "" : block;
    }
}
