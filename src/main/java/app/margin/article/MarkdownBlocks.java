package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * One pass over one Markdown document's blocks, in reading order, into an {@link OutlineBuilder} by way of
 * {@link MarkdownParagraphs}: what {@link MarkdownImporter} describes. Each paragraph's text is plain; its
 * {@link ParagraphForm} says how it is set. Recursive over nested lists and quotes, which commonmark stops nesting
 * at the limit (see the importer).
 */
final class MarkdownBlocks {
    /** A table wider than this is kept as text rows, its cells separated by " · ", rather than as a grid. */
    static final int MAX_TABLE_COLUMNS = MarkdownTables.MAX_COLUMNS;
    /** List markers by depth, repeating: •, ◦, ▪. */
    private static final String[] BULLETS = {"•", "◦", "▪"};

    /**
     * Where a block stands: {@code depth} counts the lists and quotes around it, {@code lists} the lists alone (for
     * the bullet), {@code role} is what a paragraph there is.
     */
    record Place(int depth, int lists, Role role) {
        static final Place TOP = new Place(0, 0, Role.BODY);
        static final Place NOTE = new Place(0, 0, Role.NOTE);
    }

    private final MarkdownParagraphs paragraphs;
    private final String fileName;
    private final ArticleReader.Limits limits;
    private final MarkdownTargets targets;
    private final MarkdownInlines inlines;
    /** Footnote definitions met in the current section: they end it. */
    private final List<MarkdownFootnotes.Definition> notes = new ArrayList<>();
    private final Set<String> notesShown = new HashSet<>();

    MarkdownBlocks(String fileName, MarkdownTargets targets, ArticleReader.Limits limits) {
        this.paragraphs = new MarkdownParagraphs(new OutlineBuilder(fileName, limits));
        this.fileName = fileName;
        this.targets = targets;
        this.limits = limits;
        this.inlines = new MarkdownInlines(targets, limits.maxNestingDepth());
    }

    /** The document's text and its parser, to read again a table the parser read without columns. */
    private String source;
    private org.commonmark.parser.Parser parser;

    /** Gives the blocks the document's text (parsed with block source spans) and the parser that read it. */
    void readFrom(String source, org.commonmark.parser.Parser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** The article of the blocks read: the last section's footnotes end it. */
    Article finish(String articleId, String title) throws ArticleException {
        notes();
        return paragraphs.build(articleId, title);
    }

    /** Reads one block standing at {@code place} ({@link Place#TOP} for the document's own). */
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
        } else if (node instanceof MarkdownMath.Display display) {
            paragraphs.display(formula(display.line()), place.role(), place.depth());
        } else if (node instanceof FencedCodeBlock fenced && MarkdownMath.isFence(fenced)) {
            paragraphs.display(formula(MarkdownMath.fence(fenced)), place.role(), place.depth());
        } else if (code(node) != null) {
            paragraphs.code(code(node), place.role(), place.depth(), null);
        } else if (node instanceof ThematicBreak) {
            paragraphs.rule();
        } else if (node instanceof MarkdownFootnotes.Definition note) {
            notes.add(note);
        } else if (node instanceof org.commonmark.node.HtmlBlock html) {
            MarkdownHtml.read(html.getLiteral(), paragraphs);
        }
        // Link reference definitions have no text to read.
    }

    /**
     * A top-level heading opens a section (after the section's footnotes), titled by its plain text as
     * {@link MarkdownTargets} reads it, so the section id is the one links were pointed at, with its emphasis and code
     * beside it; elsewhere it is a paragraph.
     */
    private void heading(Heading heading, Place place) throws ArticleException {
        if (Place.TOP.equals(place)) {
            MarkdownInlines.Inline title = MarkdownInlines.title(heading, limits.maxNestingDepth());
            if (!title.isEmpty()) {
                notes();
                paragraphs.section(heading.getLevel(), title);
                return;
            }
        }
        MarkdownInlines.Inline text = inlines.read(heading);
        String id = targets.paragraphId(heading);
        if (id != null && !text.isEmpty()) {
            paragraphs.id(id);
        }
        List<Span> spans = new ArrayList<>(text.spans());
        if (!text.isEmpty()) {
            spans.add(new Span(0, text.text().length(), Span.Style.STRONG));
        }
        paragraphs.paragraph(new MarkdownInlines.Inline(text.text(), spans), place.role(), place.depth(), null);
    }

    private void paragraph(Paragraph paragraph, Place place) {
        if (MarkdownFigures.only(paragraph)) {
            for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Image image) {
                    figure(image, place);
                }
            }
        } else {
            paragraphs.paragraph(inlines.read(paragraph), place.role(), place.depth(), null);
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
        boolean loose = !list.isTight();
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
                        paragraphs.id(id);
                    }
                    if (!more.isEmpty()) {
                        text = text.isEmpty() ? more : text.join(more, " ");
                    }
                } else {
                    marker = item(marker, text, inner, loose);
                    text = MarkdownInlines.Inline.EMPTY;
                    if (code(child) != null) {
                        marker = paragraphs.code(code(child), inner.role(), inner.depth(), marker); // starts with code
                    } else {
                        block(child, inner);
                    }
                }
            }
            item(marker, text, inner, loose);
        }
    }

    /**
     * Emits an item's text gathered so far; the marker goes only on its first paragraph. A loose list's items (blank
     * lines between them) are spaced as paragraphs.
     */
    private String item(String marker, MarkdownInlines.Inline text, Place place, boolean loose) {
        if (text.text().isBlank()) {
            return marker;
        }
        paragraphs.paragraph(text, place.role() == Role.NOTE ? Role.NOTE : Role.LIST_ITEM, place.depth(), marker,
                loose);
        return null;
    }

    /** A row a paragraph: the header row, then the others, cells separated by a tab. */
    private void table(TableBlock parsed, Place place) {
        TableBlock table = MarkdownTables.withColumns(parsed, source, parser);
        if (table == null) {
            if (source != null) {
                paragraphs.paragraph(plain(MarkdownTables.lines(parsed, source)), place.role(), place.depth(), null);
            }
            return;
        }
        boolean start = true; // its first row written starts it: a table right after another is its own
        for (MarkdownTables.Row row : MarkdownTables.rows(table, inlines, place.role(), table == parsed)) {
            start &= !paragraphs.paragraph(row.text(), row.role(), place.depth(), null, false, row.cells(), start);
        }
    }

    /** A figure a paragraph, or its text alone when the picture cannot be kept. */
    private void figure(Image image, Place place) {
        MarkdownFigures.Figure figure = MarkdownFigures.of(image);
        if (figure.picture() == null) {
            paragraphs.paragraph(plain(figure.text()), place.role(), place.depth(), null);
            return;
        }
        paragraphs.figure(figure.text(), figure.picture(), place.depth());
    }

    /** The footnotes met so far, each as paragraphs of role NOTE, the first carrying its id and number. */
    private void notes() throws ArticleException {
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
                paragraphs.id(id);
            }
            String marker = String.valueOf(targets.noteNumber(note.label()));
            for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph && !MarkdownFigures.only(paragraph)) {
                    MarkdownInlines.Inline text = inlines.read(paragraph);
                    if (!text.text().isBlank()) {
                        paragraphs.paragraph(text, Role.NOTE, 0, marker);
                        marker = null;
                    }
                } else {
                    block(child, Place.NOTE);
                }
            }
            if (id != null && paragraphs.waiting(id)) {
                // Nothing in the note had text (an empty list item, say): its references still land somewhere.
                paragraphs.paragraph(plain("[^" + note.label() + "]"), Role.NOTE, 0, marker);
            }
            paragraphs.dropIds();
        }
    }

    /** A code block's text, or {@code null} when the node is not one (a {@code math} fence is a formula). */
    private static String code(Node node) {
        return node instanceof FencedCodeBlock fenced ? MarkdownMath.isFence(fenced) ? null : fenced.getLiteral()
                : node instanceof IndentedCodeBlock indented ? indented.getLiteral() : null;
    }

    /** A displayed formula's line as a paragraph's text, its scripts as spans. */
    private static MarkdownInlines.Inline formula(MathText.Linear line) {
        return new MarkdownInlines.Inline(line.text(), line.spans());
    }

    private Place enter(Place place, boolean list) throws ArticleException {
        if (place.depth() >= limits.maxNestingDepth()) {
            throw ArticleException.ofFile(fileName, "lists and quotes are nested more than "
                    + limits.maxNestingDepth() + " levels deep, the limit", null);
        }
        // Inside a footnote every block stays a note paragraph (with its marker and depth), as an HTML note's do, so
        // the note runs on to its end and its popover shows it whole.
        boolean note = place.role() == Role.NOTE;
        return list ? new Place(place.depth() + 1, place.lists() + 1, note ? Role.NOTE : Role.LIST_ITEM)
                : new Place(place.depth() + 1, place.lists(), note ? Role.NOTE : Role.QUOTE);
    }

    private static MarkdownInlines.Inline plain(String text) {
        return new MarkdownInlines.Inline(text, List.of());
    }
}
