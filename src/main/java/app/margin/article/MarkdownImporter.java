package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Turns a CommonMark document (with GitHub's tables, strikethrough, bare links and footnotes) into an
 * {@link Article} (rules: "Markdown" in {@code docs/article-format.md}). A level-1 heading that is the document's
 * first block is the title; other top-level headings make the outline, nested by level. Each paragraph's text is
 * plain, as it has always been, so notes made on an earlier import keep their words; how it is set goes in its
 * {@link ParagraphForm}: list items (marker and depth, the marker outside the text), quotes, table rows (cells
 * separated by {@link ParagraphForm#CELL}), figures, footnotes, a rule above, and emphasis, code, links and
 * note references as spans ({@link MarkdownInlines}). TeX math ({@code $…$}, {@code $$…$$}, a {@code math} fence)
 * reads as MathML does ({@link MarkdownMath}), a displayed formula a centred paragraph. Code blocks are preformatted
 * paragraphs. HTML blocks are skipped. Instances are immutable and safe to share between threads.
 */
public final class MarkdownImporter extends TextImporter {
    private final Parser parser;

    public MarkdownImporter() {
        this(ArticleReader.Limits.DEFAULTS);
    }

    /**
     * Uses the limits' nesting depth for blocks (lists, quotes: deeper ones read as text) and inlines, and their
     * string length for paragraphs.
     */
    public MarkdownImporter(ArticleReader.Limits limits) {
        super(limits);
        // commonmark stops nesting at its limit of open blocks (a list level takes two: the list and its item) and
        // reads deeper markers as the innermost paragraph's text, so no walk below goes deeper than the limit.
        parser = Parser.builder().extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), MarkdownFootnotes.create(), MarkdownMath.create()))
                .maxOpenBlockParsers(limits.maxNestingDepth())
                .maxInlineNesting(limits.maxNestingDepth())
                .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS) // a table read without columns
                .build();
    }

    /** Reads Markdown; with no leading level-1 heading, the file name gives the title. */
    @Override
    Article convert(String markdown, String fileName, String articleId) throws ArticleException {
        String source = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        Document document = (Document) parser.parse(source);
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
        MarkdownBlocks blocks = new MarkdownBlocks(fileName, new MarkdownTargets(document, titleHeading, fileName),
                limits);
        blocks.readFrom(source, parser);
        for (Node node = first; node != null; node = node.getNext()) {
            blocks.block(node, MarkdownBlocks.Place.TOP);
        }
        return blocks.finish(articleId, title);
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
}
