package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns a CommonMark document (with GitHub's tables, strikethrough, bare links and footnotes) into an
 * {@link Article} (rules: "Markdown" in {@code docs/article-format.md}). A level-1 heading that is the document's
 * first block is the title; other top-level headings make the outline, nested by level. Each paragraph's text is
 * plain, as it has always been, so notes made on an earlier import keep their words; how it is set goes in its
 * {@link ParagraphForm}: list items (marker and depth, the marker outside the text), quotes, table rows (cells
 * separated by {@link ParagraphForm#CELL}), figures, footnotes, a rule above, and emphasis, code, links and
 * note references as spans ({@link MarkdownInlines}). Code blocks are preformatted paragraphs. HTML blocks are
 * skipped. Instances are immutable and safe to share between threads.
 */
public final class MarkdownImporter extends TextImporter {
    /** A table wider than this is kept as text rows, its cells separated by " · ", rather than as a grid. */
    static final int MAX_TABLE_COLUMNS = 256;
    /** List markers by depth, repeating: •, ◦, ▪. */
    private static final String[] BULLETS = {"•", "◦", "▪"};

    private final Parser parser;

    public MarkdownImporter() {
        this(ArticleReader.Limits.DEFAULTS);
    }

    /**
     * Uses the limits' nesting depth for blocks (lists, quotes: deeper ones read as text) and inlines, and their
     * string length for paragraphs and for a picture's {@code data:} URI.
     */
    public MarkdownImporter(ArticleReader.Limits limits) {
        super(limits);
        // commonmark stops nesting at its limit of open blocks (a list level takes two: the list and its item) and
        // reads deeper markers as the innermost paragraph's text, so no walk below goes deeper than the limit.
        parser = Parser.builder().extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), MarkdownFootnotes.create()))
                .maxOpenBlockParsers(limits.maxNestingDepth())
                .maxInlineNesting(limits.maxNestingDepth())
                .build();
    }

    /** Reads Markdown; with no leading level-1 heading, the file name gives the title. */
    @Override
    Article convert(String markdown, String fileName, String articleId) throws ArticleException {
        Document document = (Document) parser.parse(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
        Node first = document.getFirstChild();
        Heading titleHeading = null;
        String title = null;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            titleHeading = heading;
            title = inlineText(heading);
            first = first.getNext();
        }
        if (title == null || title.isEmpty()) {
            title = titleFromFileName(fileName);
        }
        Walk walk = new Walk(new OutlineBuilder(fileName, limits), fileName,
                new MarkdownTargets(document, titleHeading));
        for (Node node = first; node != null; node = node.getNext()) {
            walk.block(node, Place.TOP);
        }
        walk.notes();
        return walk.outline.build(articleId, title, null);
    }

    /** {@code "my-notes_2024.md"} → {@code "my notes 2024"}: no extension, dashes and underscores as spaces. */
    static String titleFromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String title = base.replaceAll("[-_\\s]+", " ").strip();
        return title.isEmpty() ? "Untitled" : title;
    }

    /** The plain text of a block's inlines (see {@link MarkdownInlines}). */
    static String inlineText(Node block) {
        return MarkdownInlines.plain(block);
    }

    /**
     * Where a block stands: {@code depth} counts the lists and quotes around it, {@code lists} the lists alone (for
     * the bullet), {@code role} is what a paragraph there is.
     */
    private record Place(int depth, int lists, Role role) {
        static final Place TOP = new Place(0, 0, Role.BODY);
        static final Place NOTE = new Place(0, 0, Role.NOTE);
    }

    /** One pass over one document's blocks. */
    private final class Walk {
        private final OutlineBuilder outline;
        private final String fileName;
        private final MarkdownTargets targets;
        private final MarkdownInlines inlines;
        /** Footnote definitions met in the current section: they end it. */
        private final List<MarkdownFootnotes.Definition> notes = new ArrayList<>();
        private final Set<String> notesShown = new HashSet<>();
        /** Element ids for the next paragraph: a footnote's, a heading's that is a paragraph here. */
        private final List<String> ids = new ArrayList<>();
        /** A thematic break was met: the next paragraph has a rule above it. */
        private boolean ruleAbove;

        Walk(OutlineBuilder outline, String fileName, MarkdownTargets targets) {
            this.outline = outline;
            this.fileName = fileName;
            this.targets = targets;
            this.inlines = new MarkdownInlines(targets, limits.maxNestingDepth());
        }

        void block(Node node, Place place) throws ArticleException {
            if (node instanceof Heading heading) {
                heading(heading, place);
            } else if (node instanceof Paragraph paragraph) {
                paragraph(paragraph, place);
            } else if (node instanceof ListBlock list) {
                list(list, enter(place, true));
            } else if (node instanceof BlockQuote quote) {
                Place inner = enter(place, false);
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, inner);
                }
            } else if (node instanceof TableBlock table) {
                table(table, place);
            } else if (node instanceof FencedCodeBlock code) {
                preformatted(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                preformatted(code.getLiteral());
            } else if (node instanceof ThematicBreak) {
                ruleAbove = true;
            } else if (node instanceof MarkdownFootnotes.Definition note) {
                notes.add(note);
            }
            // HTML blocks and link reference definitions have no text to read.
        }

        /** A top-level heading opens a section (after the section's footnotes); elsewhere it is a paragraph. */
        private void heading(Heading heading, Place place) throws ArticleException {
            MarkdownInlines.Inline text = inlines.read(heading);
            if (Place.TOP.equals(place) && !text.isEmpty()) {
                notes();
                ruleAbove = false;
                ids.clear();
                outline.heading(heading.getLevel(), text.text());
                return;
            }
            String id = targets.paragraphId(heading);
            if (id != null && !text.isEmpty()) {
                ids.add(id);
            }
            List<Span> spans = new ArrayList<>(text.spans());
            if (!text.isEmpty()) {
                spans.add(new Span(0, text.text().length(), Span.Style.STRONG));
            }
            emit(new MarkdownInlines.Inline(text.text(), spans), place.role(), place.depth(), null);
        }

        private void paragraph(Paragraph paragraph, Place place) {
            if (figuresOnly(paragraph)) {
                for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Image image) {
                        figure(image, place);
                    }
                }
            } else {
                emit(inlines.read(paragraph), place.role(), place.depth(), null);
            }
        }

        /** Each item is one paragraph, its marker in the form; nested blocks follow it in order. */
        private void list(ListBlock list, Place inner) throws ArticleException {
            boolean ordered = list instanceof OrderedList;
            long number = 1;
            String delimiter = ".";
            if (list instanceof OrderedList o) {
                number = o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
                delimiter = o.getMarkerDelimiter() != null ? o.getMarkerDelimiter() : ".";
            }
            String bullet = BULLETS[(inner.lists() - 1) % BULLETS.length];
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String marker = ordered ? (number++) + delimiter : bullet;
                MarkdownInlines.Inline text = MarkdownInlines.Inline.EMPTY;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph || child instanceof Heading) {
                        MarkdownInlines.Inline more = inlines.read(child);
                        String id = child instanceof Heading h ? targets.paragraphId(h) : null;
                        if (id != null && !more.isEmpty()) {
                            ids.add(id);
                        }
                        if (!more.isEmpty()) {
                            text = text.isEmpty() ? more : text.join(more, " ");
                        }
                    } else {
                        marker = item(marker, text, inner);
                        text = MarkdownInlines.Inline.EMPTY;
                        block(child, inner);
                    }
                }
                item(marker, text, inner);
            }
        }

        /** Emits an item's text gathered so far; the marker goes only on its first paragraph. */
        private String item(String marker, MarkdownInlines.Inline text, Place place) {
            if (text.text().isBlank()) {
                return marker;
            }
            emit(text, Role.LIST_ITEM, place.depth(), marker);
            return null;
        }

        /** A row a paragraph: the header row, then the others, cells separated by a tab. */
        private void table(TableBlock table, Place place) {
            int columns = 0;
            Node firstRow = table.getFirstChild() == null ? null : table.getFirstChild().getFirstChild();
            for (Node cell = firstRow == null ? null : firstRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                columns++;
            }
            boolean grid = columns <= MAX_TABLE_COLUMNS;
            String separator = grid ? String.valueOf(ParagraphForm.CELL) : " · ";
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                Role role = !grid ? place.role() : part instanceof TableHead ? Role.TABLE_HEADER : Role.TABLE_ROW;
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<MarkdownInlines.Inline> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlines.read(cell));
                        }
                    }
                    emit(MarkdownInlines.Inline.concat(cells, separator), role, place.depth(), null);
                }
            }
        }

        /** Whether the paragraph holds images and nothing else but white space. */
        private boolean figuresOnly(Paragraph paragraph) {
            boolean image = false;
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image) {
                    image = true;
                } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                        || child instanceof Text text && text.getLiteral().isBlank())) {
                    return false;
                }
            }
            return image;
        }

        /**
         * A figure: the picture as the Markdown names it, relative to the file, and as text its alt text, else its
         * title, else its file name. A {@code data:} URI longer than the string limit is left out, with a note.
         */
        private void figure(Image image, Place place) {
            String source = image.getDestination() == null ? "" : image.getDestination().strip();
            String alt = inlineText(image);
            String title = image.getTitle() == null ? "" : image.getTitle().strip();
            String text = !alt.isEmpty() ? alt : !title.isEmpty() ? title : fileNameOf(source);
            if (source.isEmpty()) {
                emit(plain("[image: " + text + "]"), place.role(), place.depth(), null);
                return;
            }
            if (source.regionMatches(true, 0, "data:", 0, 5) && source.length() > limits.maxStringLength()) {
                emit(plain("[image: " + text + " — left out: its data: URI is longer than "
                        + String.format("%,d", limits.maxStringLength()) + " characters, the limit]"),
                        place.role(), place.depth(), null);
                return;
            }
            Picture picture = new Picture(source, alt, 0, 0);
            outline.paragraph(text, new ParagraphForm(Role.FIGURE, place.depth(), null, ParagraphForm.Align.START,
                    List.of(), picture, takeIds(), null, takeRule()));
        }

        /** The footnotes met so far, each as paragraphs of role NOTE, the first carrying its id and number. */
        void notes() throws ArticleException {
            while (!notes.isEmpty()) { // a note may hold another's definition, which then follows it
                notesOnce();
            }
        }

        private void notesOnce() throws ArticleException {
            List<MarkdownFootnotes.Definition> due = new ArrayList<>(notes);
            notes.clear();
            for (MarkdownFootnotes.Definition note : due) {
                if (note.getFirstChild() == null) {
                    continue;
                }
                String id = targets.noteId(note.label());
                if (id != null && notesShown.add(id)) {
                    ids.add(id);
                }
                String marker = String.valueOf(targets.noteNumber(note.label()));
                for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph paragraph && !figuresOnly(paragraph)) {
                        MarkdownInlines.Inline text = inlines.read(paragraph);
                        if (!text.text().isBlank()) {
                            emit(text, Role.NOTE, 0, marker);
                            marker = null;
                        }
                    } else {
                        block(child, Place.NOTE);
                    }
                }
                if (id != null && ids.contains(id)) {
                    // Nothing in the note had text (an empty list item, say): its references still land somewhere.
                    emit(plain("[^" + note.label() + "]"), Role.NOTE, 0, marker);
                }
                ids.clear();
            }
        }

        private void preformatted(String code) {
            ruleAbove = false;
            String text = withoutTrailingNewlines(code);
            if (!text.isBlank()) {
                takeIds().forEach(outline::anchor);
                outline.preformatted(text);
            }
        }

        /** A paragraph of this text and spans; a body paragraph has no depth. Blank text is left out. */
        private void emit(MarkdownInlines.Inline text, Role role, int depth, String marker) {
            if (text.text().isBlank()) {
                return;
            }
            int d = role == Role.BODY || role == Role.NOTE ? 0 : depth;
            outline.paragraph(text.text(), new ParagraphForm(role, d, marker, ParagraphForm.Align.START,
                    text.spans(), null, takeIds(), null, takeRule()));
        }

        private List<String> takeIds() {
            if (ids.isEmpty()) {
                return List.of();
            }
            List<String> taken = List.copyOf(ids);
            ids.clear();
            return taken;
        }

        private boolean takeRule() {
            boolean rule = ruleAbove;
            ruleAbove = false;
            return rule;
        }

        private Place enter(Place place, boolean list) throws ArticleException {
            if (place.depth() >= limits.maxNestingDepth()) {
                throw ArticleException.ofFile(fileName, "lists and quotes are nested more than "
                        + limits.maxNestingDepth() + " levels deep, the limit", null);
            }
            return list ? new Place(place.depth() + 1, place.lists() + 1, Role.LIST_ITEM)
                    : new Place(place.depth() + 1, place.lists(), Role.QUOTE);
        }
    }

    private static MarkdownInlines.Inline plain(String text) {
        return new MarkdownInlines.Inline(text, List.of());
    }

    /**
     * The last part of a path or URL, without query or fragment, percent-decoded ("photo%201.jpg" → "photo 1.jpg");
     * "picture" for a {@code data:} URI or none.
     */
    static String fileNameOf(String source) {
        if (source.regionMatches(true, 0, "data:", 0, 5)) {
            return "picture";
        }
        String path = source;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        try {
            name = java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            // a bare '%' in the name: shown as written
        }
        return name.isBlank() ? "picture" : name.strip();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutTrailingNewlines(String code) {
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) {
            end--;
        }
        return code.substring(0, end);
    }
}
