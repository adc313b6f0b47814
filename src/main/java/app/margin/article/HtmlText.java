package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.Locale;
import java.util.Set;
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
 * space, a list item's marker is in its form. Scripts, styles, hidden elements and the rest of
 * {@link DroppedElements} are skipped; formulas and pictures are set by {@link HtmlEmbedded}. The walk is iterative, so
 * nesting depth costs no stack.
 */
final class HtmlText {
    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "hr", "address", "details", "summary", "center",
            "body", "html", "fieldset", "legend", "form", "hgroup", "menu", "li", "h1", "h2", "h3", "h4", "h5", "h6");

    /** Link texts that mark a heading's permalink (Node.js docs: "#", Sphinx: "¶"), not part of its words. */
    private static final Set<String> PERMALINKS = Set.of("#", "¶", "§", "🔗", "link");

    /** Cells a table row keeps apart; more are joined into the last one, so a 10,000-column table reads as text. */
    static final int MAX_COLUMNS = HtmlRow.MAX_COLUMNS;

    private final TextSink sink;
    private final Set<String> wantedIds;
    private final PageLinks links;
    private final HtmlBlock block;
    /**
     * For each element being walked (not skipped), what to undo at its end: the span token it opened plus one (0 for
     * none) in the low bits, {@link #ALIGNED}, {@link #NOTE}, {@link #ADMONITION} and {@link #TITLE} above. An int a
     * frame: a page has hundreds of thousands of elements.
     */
    private int[] frames = new int[64];
    private int walked;
    private static final int ALIGNED = 1 << 30;
    private static final int NOTE = 1 << 29;
    private static final int ADMONITION = 1 << 28;
    private static final int TITLE = 1 << 27;
    private static final int TOKEN = TITLE - 1;

    private HtmlText(TextSink sink, Set<String> wantedIds, PageLinks links) {
        this.sink = sink;
        this.wantedIds = wantedIds;
        this.links = links;
        this.block = new HtmlBlock(sink);
    }

    /** Sends the text of {@code root} and everything in it to {@code sink}, links and pictures kept as in a page. */
    static void walk(Element root, TextSink sink) {
        walk(root, sink, Set.of(), PageLinks.ofPage());
    }

    /** As {@link #walk(Element, TextSink)} for the page in the file {@code fileName}: a link to it by name stays in it. */
    static void walk(Element root, TextSink sink, String fileName) {
        walk(root, sink, Set.of(), PageLinks.ofPage(fileName));
    }

    /**
     * As {@link #walk(Element, TextSink)}, telling the sink where each element with a wanted id starts, with links
     * and pictures named as {@code links} says.
     */
    static void walk(Element root, TextSink sink, Set<String> wantedIds, PageLinks links) {
        HtmlText walk = new HtmlText(sink, wantedIds, links);
        NodeTraversor.filter(walk.new Filter(), root);
        walk.block.flush();
    }

    private final class Filter implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                block.append(textNode);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctypes, XML declarations
            }
            idsOf(element);
            String tag = walkedTag(element);
            if (block.notes > 0 && HtmlElements.isNoteLabel(element, element.normalName())) {
                String label = HtmlElements.noteLabelText(element);
                if (label != null && !block.gathering()) {
                    block.flush();
                    block.marker = label; // the note's number, beside its first paragraph as a list item's
                }
                return FilterResult.SKIP_ENTIRELY; // a footnote's label and backlinks: its id is kept above
            }
            if (tag.equals("img") || (tag.equals("svg") && element.selectFirst("image") != null)) {
                HtmlEmbedded.picture(block, tag.equals("img") ? element : element.selectFirst("image"), links);
                return tag.equals("img") ? enter(element, tag) : FilterResult.SKIP_ENTIRELY;
            }
            if (DroppedElements.isDropped(element, tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (MathMarkup.isMath(tag)) {
                HtmlEmbedded.math(block, element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (block.preDepth > 0 && tag.equals("code") && !block.text.isEmpty()
                    && HtmlElements.isNextListing(element)) {
                block.flush(); // a second listing in one block (Node.js docs: the ES module and CommonJS versions)
            }
            if (tag.equals("br")) {
                block.text.append(block.preDepth > 0 ? '\n' : ' ');
                return enter(element, tag);
            }
            if (tag.equals("a") && isPermalink(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(tag)) {
                if (block.gathering() && !tag.equals("tr")) {
                    block.separate();
                } else if (!(block.holdsLeadIn() && HtmlAdmonitions.leadsInto(tag))) {
                    block.flush();
                }
                block.open(element, tag);
            }
            return enter(element, tag);
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            int frame = frames[--walked];
            boolean leads = (frame & TITLE) != 0 && !block.gathering();
            if (leads) {
                block.endTitle(); // its colon inside its bold
            }
            if ((frame & TOKEN) > 0) {
                block.spans.close((frame & TOKEN) - 1, block.text.length());
            }
            String tag = walkedTag(element);
            if (BLOCKS.contains(tag)) {
                boolean endsFigure = tag.equals("figure") && block.figureDepth == 1 && block.figureHasPicture();
                if (endsFigure && block.figurePicture != null) {
                    HtmlFigures.caption(block.text, block.spans, block.figurePicture);
                }
                if (leads) {
                    block.startLeadIn(); // an admonition's title runs into its first paragraph
                } else if ((!block.gathering() || (tag.equals("tr") && block.row.depth == 1) || endsFigure)
                        && !(block.holdsLeadIn() && HtmlAdmonitions.leadsInto(tag) && (frame & ADMONITION) == 0)) {
                    block.flush();
                }
                block.close(tag);
            }
            if ((frame & ALIGNED) != 0) {
                block.aligns.pop();
            }
            if ((frame & NOTE) != 0) {
                block.notes--;
                block.marker = null; // an empty note's label marks nothing after it
            }
            if ((frame & ADMONITION) != 0) {
                block.admonitions--;
                block.quotes--;
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * Whether a link is a permalink a browser shows only on hover, not a word of the text: a heading's "#", "¶" or
     * "§", and Sphinx's (and MkDocs') {@code a.headerlink} to its own element wherever it stands (a definition's
     * signature, a glossary term, a caption).
     */
    private boolean isPermalink(Element a) {
        if (block.headingLevel == 0 && (a.attributesSize() == 0 || !a.hasClass("headerlink")
                || !a.attr("href").startsWith("#"))) {
            return false;
        }
        return PERMALINKS.contains(a.text().strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The tag an element is walked as: its own, except that a Docutils footnote's table and a DocBook admonition's
     * icon table, and their parts, are plain blocks (a note's paragraphs; an admonition's title and text), and an
     * admonition's title heading is a paragraph ({@link HtmlAdmonitions}). The same answer at its start and its end.
     */
    private String walkedTag(Element element) {
        String tag = element.normalName();
        String inAdmonition = block.admonitions > 0 ? HtmlAdmonitions.walkedAs(element, tag) : null;
        if (inAdmonition != null) {
            return inAdmonition; // inside one, admonitions > 0
        }
        if (!HtmlElements.TABLE_PARTS.contains(tag) || (block.notes == 0 && !tag.equals("table"))) {
            return tag; // a footnote's table is a note: inside it, notes > 0
        }
        return HtmlElements.inFootnoteTable(element) ? "div" : tag;
    }

    /** Starts walking inside an element: its inline style and alignment begin here. */
    private NodeFilter.FilterResult enter(Element element, String tag) {
        int token = -1;
        if (block.preDepth == 0) {
            Span.Style style = HtmlElements.styleOf(element, tag);
            if (HtmlElements.isLink(element, tag)) {
                String target = links.link().apply(element.attr("href"));
                if (target != null) {
                    boolean note = HtmlElements.isNoteRef(element, block.spans.inside(Span.Style.SUPERSCRIPT));
                    style = note ? Span.Style.NOTE_REF : Span.Style.LINK;
                    token = block.spans.open(style, target, block.text.length());
                }
            } else if (style != null) {
                token = block.spans.open(style, null, block.text.length());
            }
        }
        boolean title = block.admonitions > 0 && HtmlAdmonitions.isTitle(element);
        if (title && token < 0 && block.preDepth == 0) {
            token = block.spans.open(Span.Style.STRONG, null, block.text.length()); // "Note", its block's lead-in
        }
        boolean isBlock = BLOCKS.contains(tag);
        boolean attributes = element.attributesSize() > 0;
        boolean admonition = isBlock && attributes && HtmlAdmonitions.isAdmonition(element);
        block.admonitions += admonition ? 1 : 0;
        block.quotes += admonition ? 1 : 0; // its text is set as a quote is
        ParagraphForm.Align align = isBlock && (attributes || tag.equals("center"))
                ? HtmlElements.alignOf(element, tag) : null;
        if (align != null) {
            block.aligns.push(align);
        }
        boolean note = isBlock && attributes && HtmlElements.isNote(element);
        block.notes += note ? 1 : 0;
        if (walked == frames.length) {
            frames = java.util.Arrays.copyOf(frames, walked * 2);
        }
        frames[walked++] = (token + 1) | (align != null ? ALIGNED : 0) | (note ? NOTE : 0)
                | (admonition ? ADMONITION : 0) | (title ? TITLE : 0);
        return NodeFilter.FilterResult.CONTINUE;
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
            block.flush();
            sink.anchor(id);
        }
        if (links.targets().contains(id)) {
            block.ids.add(links.id().apply(id));
        }
    }
}
