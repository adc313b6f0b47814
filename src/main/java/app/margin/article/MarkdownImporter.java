package app.margin.article;

import app.margin.model.Article;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;

/**
 * Turns a CommonMark document into an {@link Article} (rules: "Markdown" in {@code docs/article-format.md}). A level-1 heading that is the document's first block is the title;
 * other headings make the outline, nested by level. Paragraphs, list items, quotes and code blocks become
 * plain-text paragraphs, a code block a preformatted one (its line breaks kept); a table becomes a paragraph a row, its cells separated by " · "; an image is marked
 * "[image: alt]" (left out without alt text); formatting is dropped and links keep their text. Thematic breaks and HTML blocks
 * are skipped; inline HTML tags are dropped and the text between them kept. Instances are immutable and
 * safe to share between threads.
 */
public final class MarkdownImporter extends TextImporter {
    private final Parser parser = Parser.builder().extensions(java.util.List.of(TablesExtension.create())).build();

    public MarkdownImporter() {
        this(ArticleReader.Limits.DEFAULTS);
    }

    /** Uses the limits' nesting depth for lists and quotes and their string length for paragraphs. */
    public MarkdownImporter(ArticleReader.Limits limits) {
        super(limits);
    }

    /** Reads Markdown; with no leading level-1 heading, the file name gives the title. */
    @Override
    Article convert(String markdown, String fileName, String articleId) throws ArticleException {
        Node document = parser.parse(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
        Node first = document.getFirstChild();
        String title = null;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            title = inlineText(heading);
            first = first.getNext();
        }
        if (title == null || title.isEmpty()) {
            title = titleFromFileName(fileName);
        }
        Walk walk = new Walk(new OutlineBuilder(fileName, limits), fileName);
        for (Node node = first; node != null; node = node.getNext()) {
            walk.block(node, 0);
        }
        return walk.outline.build(articleId, title, null);
    }

    /** {@code "my-notes_2024.md"} → {@code "my notes 2024"}: no extension, dashes and underscores as spaces. */
    static String titleFromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String title = base.replaceAll("[-_\\s]+", " ").strip();
        return title.isEmpty() ? "Untitled" : title;
    }

    /** One pass over one document's blocks. */
    private final class Walk {
        private final OutlineBuilder outline;
        private final String fileName;

        Walk(OutlineBuilder outline, String fileName) {
            this.outline = outline;
            this.fileName = fileName;
        }

        /** {@code depth} counts the lists and quotes around the block; only top-level headings make sections. */
        void block(Node node, int depth) throws ArticleException {
            if (node instanceof Heading heading) {
                String text = inlineText(heading);
                if (depth == 0 && !text.isEmpty()) {
                    outline.heading(heading.getLevel(), text);
                } else {
                    outline.paragraph(text);
                }
            } else if (node instanceof Paragraph paragraph) {
                outline.paragraph(inlineText(paragraph));
            } else if (node instanceof ListBlock list) {
                list(list, enter(depth));
            } else if (node instanceof BlockQuote quote) {
                int inner = enter(depth);
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, inner);
                }
            } else if (node instanceof TableBlock table) {
                table(table);
            } else if (node instanceof FencedCodeBlock code) {
                outline.preformatted(withoutTrailingNewlines(code.getLiteral()));
            } else if (node instanceof IndentedCodeBlock code) {
                outline.preformatted(withoutTrailingNewlines(code.getLiteral()));
            }
            // Thematic breaks, HTML blocks and link reference definitions have no text to read.
        }

        /** Each item is one paragraph with its marker; nested lists follow it, flattened, with their own markers. */
        private void list(ListBlock list, int depth) throws ArticleException {
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber()
                    : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
                StringBuilder text = new StringBuilder();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Paragraph || child instanceof Heading) {
                        String inline = inlineText(child);
                        if (!inline.isEmpty()) {
                            text.append(text.isEmpty() ? "" : " ").append(inline);
                        }
                    } else {
                        marker = flush(marker, text);
                        block(child, depth);
                    }
                }
                flush(marker, text);
            }
        }

        /** A table, a row a paragraph, its cells separated by " · " (the header row first, like the others). */
        private void table(TableBlock table) {
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    java.util.List<String> cells = new java.util.ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            String text = inlineText(cell);
                            cells.add(text.isEmpty() ? "–" : text);
                        }
                    }
                    if (cells.stream().anyMatch(c -> !c.equals("–"))) {
                        outline.paragraph(String.join(" · ", cells));
                    }
                }
            }
        }

        /** Emits the item's text gathered so far; the marker goes only on the item's first paragraph. */
        private String flush(String marker, StringBuilder text) {
            if (text.isEmpty()) {
                return marker;
            }
            outline.paragraph(marker + text);
            text.setLength(0);
            return "";
        }

        private int enter(int depth) throws ArticleException {
            if (depth >= limits.maxNestingDepth()) {
                throw ArticleException.ofFile(fileName, "lists and quotes are nested more than "
                        + limits.maxNestingDepth() + " levels deep, the limit", null);
            }
            return depth + 1;
        }
    }

    /**
     * The plain text of a block's inlines: text and code as written, line breaks as spaces, formatting and
     * inline HTML tags dropped, links by their text, images as "[image: alt]". Iterative, so deep emphasis cannot overflow
     * the stack.
     */
    static String inlineText(Node block) {
        StringBuilder text = new StringBuilder();
        Node node = block.getFirstChild();
        while (node != null) {
            if (node instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (node instanceof Image image) {
                // An image cannot be shown: it is marked by its alt text, or left out when it has none.
                String alt = inlineText(image);
                if (!alt.isEmpty()) {
                    text.append("[image: ").append(alt).append(']');
                }
            }
            if (node.getFirstChild() != null && !(node instanceof Image)) {
                node = node.getFirstChild();
                continue;
            }
            while (node != block && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == block ? null : node.getNext();
        }
        return text.toString().strip();
    }

    private static String withoutTrailingNewlines(String code) {
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) {
            end--;
        }
        return code.substring(0, end);
    }
}
