package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
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
 * are headings; paragraphs, list items, block quotes' paragraphs, preformatted blocks (as written, sent as
 * {@link TextSink#preformatted}), table rows, figures, definition terms and descriptions are paragraphs, each with
 * a {@link ParagraphForm} saying what it is (a list item's marker and depth, a quote, a table row whose cells are
 * split by {@link ParagraphForm#CELL}, a figure's picture with its caption as text, a footnote) and its inline
 * spans (emphasis, code, links, note references, sub- and superscript). The text stays plain: {@code <br>} is a
 * space, a list item's marker is in its form. Scripts, styles, embedded objects, form controls and hidden elements
 * ({@code hidden}, {@code aria-hidden="true"}, {@code display:none}, {@code visibility:hidden}) are dropped, and so are
 * forms, except one that wraps a whole page's text (ASP.NET pages do). The walk is iterative, so nesting depth costs
 * no stack.
 */
final class HtmlText {
    /** Elements whose content is never reading text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "source", "map", "head", "title", "link", "meta",
            "button", "input", "select", "textarea", "option", "datalist", "dialog", "frameset", "frame");

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "hr", "address", "details", "summary", "center",
            "body", "html", "fieldset", "legend", "form", "hgroup", "menu", "li", "h1", "h2", "h3", "h4", "h5", "h6");

    /** Link texts that mark a heading's permalink (Node.js docs: "#", Sphinx: "¶"), not part of its words. */
    private static final Set<String> PERMALINKS = Set.of("#", "¶", "§", "🔗", "link");

    /** Cells a table row keeps apart; more are joined into the last one, so a 10,000-column table reads as text. */
    static final int MAX_COLUMNS = 64;

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final TextSink sink;
    private final Set<String> wantedIds;
    private final PageLinks links;
    private final StringBuilder text = new StringBuilder();
    private final InlineSpans spans = new InlineSpans();
    /**
     * For each element being walked (not skipped), what to undo at its end: the span token it opened plus one (0 for
     * none) in the low bits, {@link #ALIGNED} and {@link #NOTE} above. An int a frame: a page has hundreds of
     * thousands of elements.
     */
    private int[] frames = new int[64];
    private int walked;
    private static final int ALIGNED = 1 << 30;
    private static final int NOTE = 1 << 29;
    private static final int TOKEN = NOTE - 1;
    /** For each open list: its next number, or -1 for a bulleted list. */
    private final Deque<int[]> lists = new ArrayDeque<>();
    private final Deque<ParagraphForm.Align> aligns = new ArrayDeque<>();
    private final List<String> ids = new ArrayList<>();
    private String marker;
    private int preDepth;
    private int headingLevel;
    private int items;
    private int quotes;
    private int notes;
    private int terms;
    private int definitions;
    private int captions;
    /** Inside a table row: blocks inside its cells do not end the row, and each cell starts with a tab. */
    private int rowDepth;
    private int cells;
    private boolean headerRow;
    private int headDepth;
    private int figureDepth;
    /** For each open figure: whether it holds a picture (one without is its blocks, a listing say). */
    private final Deque<Boolean> figures = new ArrayDeque<>();
    private Picture figurePicture;
    private boolean ruleAbove;

    private HtmlText(TextSink sink, Set<String> wantedIds, PageLinks links) {
        this.sink = sink;
        this.wantedIds = wantedIds;
        this.links = links;
    }

    /** Sends the text of {@code root} and everything in it to {@code sink}, links and pictures kept as in a page. */
    static void walk(Element root, TextSink sink) {
        walk(root, sink, Set.of(), PageLinks.ofPage());
    }

    /**
     * As {@link #walk(Element, TextSink)}, telling the sink where each element with a wanted id starts, with links
     * and pictures named as {@code links} says.
     */
    static void walk(Element root, TextSink sink, Set<String> wantedIds, PageLinks links) {
        HtmlText walk = new HtmlText(sink, wantedIds, links);
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
            idsOf(element);
            String tag = element.normalName();
            if (tag.equals("img") || (tag.equals("svg") && element.selectFirst("image") != null)) {
                picture(tag.equals("img") ? element : element.selectFirst("image"));
                return tag.equals("img") ? enter(element, tag) : FilterResult.SKIP_ENTIRELY;
            }
            if (isDropped(element, tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (preDepth > 0 && tag.equals("code") && !text.isEmpty()) {
                flush(); // a second listing in one block (Node.js docs: the ES module and CommonJS versions)
            }
            if (tag.equals("br")) {
                text.append(preDepth > 0 ? '\n' : ' ');
                return enter(element, tag);
            }
            if (headingLevel > 0 && tag.equals("a") && PERMALINKS.contains(element.text().strip().toLowerCase(Locale.ROOT))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                if (gathering() && !tag.equals("tr")) {
                    separate();
                } else {
                    flush();
                }
                open(element, tag);
            }
            return enter(element, tag);
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            int frame = frames[--walked];
            if ((frame & TOKEN) > 0) {
                spans.close((frame & TOKEN) - 1, text.length());
            }
            String tag = element.normalName();
            if (BLOCKS.contains(tag)) {
                boolean endsFigure = tag.equals("figure") && figureDepth == 1 && Boolean.TRUE.equals(figures.peek());
                if (!gathering() || (tag.equals("tr") && rowDepth == 1) || endsFigure) {
                    flush();
                }
                close(tag);
            }
            if ((frame & ALIGNED) != 0) {
                aligns.pop();
            }
            notes -= (frame & NOTE) != 0 ? 1 : 0;
            return FilterResult.CONTINUE;
        }
    }

    /** Starts walking inside an element: its inline style and alignment begin here. */
    private NodeFilter.FilterResult enter(Element element, String tag) {
        int token = -1;
        if (preDepth == 0 && headingLevel == 0) {
            Span.Style style = HtmlElements.styleOf(element, tag);
            if (HtmlElements.isLink(element, tag)) {
                String target = links.link().apply(element.attr("href"));
                if (target != null) {
                    boolean note = HtmlElements.isNoteRef(element, spans.inside(Span.Style.SUPERSCRIPT));
                    style = note ? Span.Style.NOTE_REF : Span.Style.LINK;
                    token = spans.open(style, target, text.length());
                }
            } else if (style != null) {
                token = spans.open(style, null, text.length());
            }
        }
        boolean block = BLOCKS.contains(tag);
        boolean attributes = element.attributesSize() > 0;
        ParagraphForm.Align align = block && (attributes || tag.equals("center"))
                ? HtmlElements.alignOf(element, tag) : null;
        if (align != null) {
            aligns.push(align);
        }
        boolean note = block && attributes && HtmlElements.isNote(element);
        notes += note ? 1 : 0;
        if (walked == frames.length) {
            frames = java.util.Arrays.copyOf(frames, walked * 2);
        }
        frames[walked++] = (token + 1) | (align != null ? ALIGNED : 0) | (note ? NOTE : 0);
        return NodeFilter.FilterResult.CONTINUE;
    }

    private boolean gathering() {
        return rowDepth > 0 || figureDepth > 0;
    }

    /** Inside a gathered block (a row's cell, a figure's caption) a block boundary is a space between words. */
    private void separate() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != ParagraphForm.CELL) {
            text.append(' ');
        }
    }

    private void idsOf(Element element) {
        if (element.attributesSize() == 0) {
            return; // most elements: nothing to look up
        }
        String id = element.id();
        if (id.isEmpty() && element.normalName().equals("a")) {
            id = element.attr("name");
        }
        if (id.isEmpty()) {
            return;
        }
        if (wantedIds.contains(id)) {
            flush();
            sink.anchor(id);
        }
        if (links.targets().contains(id)) {
            ids.add(links.id().apply(id));
        }
    }

    private void picture(Element img) {
        Picture picture = HtmlElements.pictureOf(img, links);
        if (picture == null || rowDepth > 0 || headingLevel > 0 || preDepth > 0) {
            return;
        }
        if (figureDepth > 0) {
            if (figurePicture == null) {
                figurePicture = picture;
            }
            return;
        }
        if (HtmlElements.isIcon(picture)) {
            return;
        }
        flush();
        figurePicture = picture;
        text.append(figureText(picture));
        flush();
    }

    private static String figureText(Picture picture) {
        if (!picture.alt().isBlank()) {
            return picture.alt().strip();
        }
        String source = picture.source();
        int query = source.indexOf('?');
        String path = query >= 0 ? source.substring(0, query) : source;
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() || source.startsWith("data:") ? "Picture" : name;
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
            case "li" -> {
                items++;
                marker = markerFor(element);
            }
            case "blockquote" -> quotes++;
            case "dt" -> terms++;
            case "dd" -> definitions++;
            case "figcaption", "caption" -> captions++;
            case "thead" -> headDepth++;
            case "tr" -> {
                rowDepth++;
                cells = 0;
                headerRow = headDepth > 0 || element.select("> td").isEmpty() && !element.select("> th").isEmpty();
            }
            case "td", "th" -> {
                if (rowDepth == 1) {
                    if (cells > 0 && cells < MAX_COLUMNS) {
                        trimEnd();
                        text.append(ParagraphForm.CELL);
                    }
                    cells++;
                }
            }
            case "figure" -> {
                boolean pictured = element.selectFirst("img, image") != null;
                figures.push(pictured);
                figureDepth += pictured ? 1 : 0;
            }
            case "hr" -> ruleAbove = true;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
            default -> { }
        }
    }

    private void close(String tag) {
        switch (tag) {
            case "pre" -> preDepth = Math.max(0, preDepth - 1);
            case "ul", "menu", "ol" -> lists.poll();
            case "li" -> {
                items--;
                marker = null;
            }
            case "blockquote" -> quotes--;
            case "dt" -> terms--;
            case "dd" -> definitions--;
            case "figcaption", "caption" -> captions--;
            case "thead" -> headDepth--;
            case "tr" -> rowDepth--;
            case "figure" -> {
                if (Boolean.TRUE.equals(figures.poll())) {
                    figureDepth--;
                }
                if (figureDepth == 0) {
                    figurePicture = null;
                }
            }
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
            return switch (lists.size()) {
                case 0, 1 -> "•";
                case 2 -> "◦";
                default -> "▪";
            };
        }
        String value = item.attr("value").strip();
        if (!value.isEmpty()) {
            try {
                list[0] = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                // keep counting
            }
        }
        return (list[0]++) + ".";
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
            boolean afterSpace = endsInSpace();
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
                if (words.charAt(i) != '\u0000' && !endsInSpace()) {
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

    private boolean endsInSpace() {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == ParagraphForm.CELL;
    }

    /** Drops the spaces at the end of the text gathered so far (before a table cell's tab). */
    private void trimEnd() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
    }

    /** Ends the block being gathered: a heading inside {@code h1}–{@code h6}, else a paragraph with its form. */
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
        while (rowDepth > 0 && end > begin && (text.charAt(end - 1) == ParagraphForm.CELL || text.charAt(end - 1) == ' ')) {
            end--; // empty cells at a row's end
        }
        String block = preDepth > 0 ? withoutBlankEnds(text) : text.substring(begin, end);
        List<Span> blockSpans = spans.take(begin, end);
        text.setLength(0);
        if (block.isEmpty() || (rowDepth > 0 && block.chars().allMatch(c -> c == ParagraphForm.CELL))) {
            return;
        }
        if (headingLevel > 0) {
            sink.heading(headingLevel, block.replace('\n', ' ').replace(ParagraphForm.CELL, ' '));
            return; // its ids go with the next paragraph
        }
        if (preDepth > 0) {
            for (String id : ids) {
                sink.anchor(id);
            }
            ids.clear();
            sink.preformatted(block);
            marker = null;
            return;
        }
        ParagraphForm.Role role = role();
        ParagraphForm form = role == ParagraphForm.Role.BODY && blockSpans.isEmpty() && ids.isEmpty() && !ruleAbove
                && aligns.isEmpty() && quotes == 0 ? ParagraphForm.PLAIN // most paragraphs: nothing to make
                : new ParagraphForm(role, depth(), marker, aligns.isEmpty() ? ParagraphForm.Align.START
                        : aligns.peek(), blockSpans, figurePicture, List.copyOf(ids), null, ruleAbove);
        marker = null;
        ruleAbove = false;
        ids.clear();
        if (figureDepth == 0) {
            figurePicture = null;
        }
        sink.paragraph(form.role().tabular() ? block : block.replace(ParagraphForm.CELL, ' '), form);
    }

    private ParagraphForm.Role role() {
        if (figurePicture != null) {
            return ParagraphForm.Role.FIGURE;
        }
        if (rowDepth > 0) {
            return headerRow ? ParagraphForm.Role.TABLE_HEADER : ParagraphForm.Role.TABLE_ROW;
        }
        if (notes > 0) {
            return ParagraphForm.Role.NOTE;
        }
        if (captions > 0) {
            return ParagraphForm.Role.CAPTION;
        }
        if (terms > 0) {
            return ParagraphForm.Role.TERM;
        }
        if (definitions > 0) {
            return ParagraphForm.Role.DEFINITION;
        }
        if (items > 0) {
            return ParagraphForm.Role.LIST_ITEM;
        }
        return quotes > 0 ? ParagraphForm.Role.QUOTE : ParagraphForm.Role.BODY;
    }

    private int depth() {
        if (items > 0 && notes == 0) {
            return Math.max(1, lists.size());
        }
        return quotes;
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
