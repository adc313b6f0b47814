package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.List;

/**
 * Where a document's text goes, block by block in reading order: {@link OutlineBuilder} makes sections of it,
 * {@code SpineText} keeps it flat until an EPUB's table of contents says where its sections start.
 */
interface TextSink {
    /** A heading of level 1 (largest) to 6. */
    void heading(int level, String text);

    /**
     * A heading with its inline spans (emphasis, code, links), offsets into {@code text}; a sink that keeps only
     * words takes it as {@link #heading(int, String)}. A section's title keeps them beside its plain text.
     */
    default void heading(int level, String text, List<Span> spans) {
        heading(level, text);
    }

    /** One paragraph of plain text. */
    void paragraph(String text);

    /**
     * One paragraph set as {@code form} says (a list item, a table row, a figure, with emphasis and links); a sink
     * that keeps only words takes its text as a paragraph.
     */
    default void paragraph(String text, ParagraphForm form) {
        paragraph(text);
    }

    /**
     * One paragraph of preformatted text (code), its line breaks and spaces kept; a sink that does not tell them
     * apart takes it as a paragraph.
     */
    default void preformatted(String text) {
        paragraph(text);
    }

    /**
     * One paragraph of preformatted text nested as {@code form} says (a code block inside a list item or a quote: its
     * role and depth, no spans); a sink that does not keep forms takes it as {@link #preformatted(String)}.
     */
    default void preformatted(String text, ParagraphForm form) {
        preformatted(text);
    }

    /** An element with this id starts here, before the next block; most sinks do not care. */
    default void anchor(String id) {}

    /**
     * An element id at a heading (the heading's own, the section's it opens, an empty anchor just before it): the
     * place another file of a manual links to ("ch-docs.html#s-changelogs"), so it is kept though no link of this page
     * points at it. It still goes with the paragraph after the heading, as the heading's other ids do.
     */
    default void headingAnchor(String id) {}
}
