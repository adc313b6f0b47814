package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The block {@link HtmlText} is gathering: its text as it grows (whitespace folded by {@link HtmlWhitespace}), its
 * inline spans and ids, and what the elements around it make it (a list item at some depth, a quote, a table row, a
 * figure…); {@link #flush} sends it to the sink as a heading, a preformatted block or a paragraph with its form. The
 * walk opens and closes the elements; this class says what the block is.
 */
final class HtmlBlock {
    /** A figure's picture; parsed once (a selector given as text is parsed at each call). */
    private static final org.jsoup.select.Evaluator PICTURES = org.jsoup.select.QueryParser.parse("img, image");
    private final TextSink sink;
    final StringBuilder text = new StringBuilder();
    final InlineSpans spans = new InlineSpans();
    /** For each open list: its next number, or -1 for a bulleted list. */
    final Deque<int[]> lists = new ArrayDeque<>();
    final Deque<ParagraphForm.Align> aligns = new ArrayDeque<>();
    final List<String> ids = new ArrayList<>();
    String marker;
    int preDepth;
    int headingLevel;
    int items;
    int quotes;
    int notes;
    /** How many admonitions ("Note", "Tip"…, {@link HtmlAdmonitions}) the walk is in. */
    int admonitions;
    /** Where an admonition's title ends in the text, and where the words after it start; -1 when none waits. */
    private int titleEnd = -1;
    private int leadIn = -1;
    int terms;
    int definitions;
    int captions;
    /** The table row being gathered, if any. */
    final HtmlRow row = new HtmlRow();
    int figureDepth;
    Picture figurePicture;
    boolean ruleAbove;

    /** For each open list item: whether it holds {@code p} blocks (a loose list's item, spaced as paragraphs). */
    private final Deque<Boolean> looseItems = new ArrayDeque<>();
    /** For each open figure: whether it holds a picture (one without is its blocks, a listing say). */
    private final Deque<Boolean> figures = new ArrayDeque<>();

    HtmlBlock(TextSink sink) {
        this.sink = sink;
    }

    boolean gathering() {
        return row.depth > 0 || figureDepth > 0;
    }

    /** Inside a gathered block (a row's cell, a figure's caption) a block boundary is a space between words. */
    void separate() {
        if (!HtmlWhitespace.endsInSpace(text)) {
            text.append(' ');
        }
    }

    /** An admonition's title is gathered: a colon ends it, unless it ends in its own stop ("Warning!"). */
    void endTitle() {
        HtmlWhitespace.trimEnd(text, 0);
        titleEnd = text.length();
        if (titleEnd > 0 && ".:!?".indexOf(text.charAt(titleEnd - 1)) < 0) {
            text.append(':');
        }
    }

    /**
     * After {@link #endTitle}: the title leads the paragraph that follows ("Note: Never share…"); if a block other
     * than a paragraph comes first, or none, it stands alone, without its colon.
     */
    void startLeadIn() {
        if (titleEnd > 0) {
            text.append(' ');
            leadIn = text.length();
        }
    }

    /** Whether an admonition's title waits for the words it leads, none of which have come yet. */
    boolean holdsLeadIn() {
        return leadIn >= 0 && text.length() == leadIn;
    }

    /** A text node's words: folded as a browser folds them ({@link HtmlWhitespace}), except in preformatted text. */
    void append(TextNode node) {
        String words = node.getWholeText();
        if (preDepth > 0) {
            text.append(words);
            return;
        }
        HtmlWhitespace.appendFolded(text, words);
    }

    /** Ends the block being gathered: a heading inside {@code h1}–{@code h6}, else a paragraph with its form. */
    void flush() {
        if (leadIn >= 0) {
            if (text.length() == leadIn) {
                text.setLength(titleEnd); // nothing followed it: the title stands alone, without its colon
            }
            leadIn = -1;
        }
        // Outside preformatted text the only whitespace gathered is spaces: strip() without a second copy.
        int begin = 0;
        int end = text.length();
        while (preDepth == 0 && begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (preDepth == 0 && end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        while (row.depth > 0 && end > begin && (text.charAt(end - 1) == ParagraphForm.CELL || text.charAt(end - 1) == ' ')) {
            end--; // empty cells at a row's end
        }
        String block = preDepth > 0 ? HtmlWhitespace.withoutBlankEnds(text) : text.substring(begin, end);
        List<Span> blockSpans = spans.take(begin, end);
        text.setLength(0);
        if (block.isEmpty() || (row.depth > 0 && block.chars().allMatch(c -> c == ParagraphForm.CELL))) {
            return;
        }
        if (headingLevel > 0) {
            sink.heading(headingLevel, block.replace('\n', ' ').replace(ParagraphForm.CELL, ' '), blockSpans);
            for (String id : ids) {
                sink.headingAnchor(id);
            }
            return; // its ids go with the next paragraph
        }
        if (preDepth > 0) {
            for (String id : ids) {
                sink.anchor(id);
            }
            ids.clear();
            sink.preformatted(block, ParagraphForm.nestedCode(role(), depth(), marker));
            marker = null;
            return;
        }
        ParagraphForm.Role role = role();
        ParagraphForm form = role == ParagraphForm.Role.BODY && blockSpans.isEmpty() && ids.isEmpty() && !ruleAbove
                && aligns.isEmpty() && quotes == 0 ? ParagraphForm.PLAIN // most paragraphs: nothing to make
                : new ParagraphForm(role, depth(), marker, aligns.isEmpty() ? ParagraphForm.Align.START
                        : aligns.peek(), blockSpans, figurePicture, List.copyOf(ids), null, ruleAbove,
                        role == ParagraphForm.Role.LIST_ITEM && Boolean.TRUE.equals(looseItems.peek()),
                        role.tabular() ? row.take(block) : List.of(), role.tabular() && row.takeStart());
        marker = null;
        ruleAbove = false;
        ids.clear();
        if (figureDepth == 0) {
            figurePicture = null;
        }
        sink.paragraph(form.role().tabular() ? block : block.replace(ParagraphForm.CELL, ' '), form);
    }

    ParagraphForm.Role role() {
        if (figurePicture != null) {
            return ParagraphForm.Role.FIGURE;
        }
        if (row.depth > 0) {
            return row.header ? ParagraphForm.Role.TABLE_HEADER : ParagraphForm.Role.TABLE_ROW;
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

    int depth() {
        if (items > 0 && notes == 0) {
            return Math.max(1, lists.size());
        }
        return quotes;
    }

    /** Whether the figure being closed holds a picture. */
    boolean figureHasPicture() {
        return Boolean.TRUE.equals(figures.peek());
    }

    void open(Element element, String tag) {
        switch (tag) {
            case "pre" -> preDepth++;
            case "ul", "menu" -> lists.push(new int[] {-1});
            case "ol" -> lists.push(new int[] {HtmlElements.startOf(element)});
            case "li" -> {
                items++;
                marker = markerFor(element);
                looseItems.push(HtmlElements.holdsParagraphs(element));
            }
            case "blockquote" -> quotes++;
            case "dt" -> terms++;
            case "dd" -> definitions++;
            case "figcaption", "caption" -> captions++;
            case "thead" -> row.openHead();
            case "tr" -> row.open(element);
            case "td", "th" -> {
                int separators = row.openCell(element, tag);
                if (separators > 0) {
                    HtmlWhitespace.trimEnd(text, 0);
                    text.append(String.valueOf(ParagraphForm.CELL).repeat(separators));
                }
            }
            case "figure" -> {
                boolean pictured = element.selectFirst(PICTURES) != null;
                figures.push(pictured);
                figureDepth += pictured ? 1 : 0;
            }
            case "hr" -> ruleAbove = true;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
            default -> { }
        }
    }

    void close(String tag) {
        switch (tag) {
            case "pre" -> preDepth = Math.max(0, preDepth - 1);
            case "ul", "menu", "ol" -> lists.poll();
            case "li" -> {
                items--;
                marker = null;
                looseItems.poll();
            }
            case "blockquote" -> quotes--;
            case "dt" -> terms--;
            case "dd" -> definitions--;
            case "figcaption", "caption" -> captions--;
            case "thead" -> row.closeHead();
            case "tr" -> row.close();
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
}
