package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs {@link MarkdownBlocks} reads, written into an {@link OutlineBuilder}, each with what was met since
 * the one before it and belongs to it: the element ids links point at (a footnote's, a heading's that is a
 * paragraph here) and a thematic break, drawn as a rule above it. A blank paragraph is left out, and what it would
 * have carried goes to the next one; a section's heading drops it.
 */
final class MarkdownParagraphs {
    private final OutlineBuilder outline;
    /** Element ids for the next paragraph: a footnote's, a heading's that is a paragraph here. */
    private final List<String> ids = new ArrayList<>();
    /** A thematic break was met: the next paragraph has a rule above it. */
    private boolean ruleAbove;

    MarkdownParagraphs(OutlineBuilder outline) {
        this.outline = outline;
    }

    /** The article of the paragraphs written. */
    Article build(String articleId, String title) throws ArticleException {
        return outline.build(articleId, title, null);
    }

    /** The next paragraph carries this element id. */
    void id(String id) {
        ids.add(id);
    }

    /** Whether this id still waits for a paragraph to carry it. */
    boolean waiting(String id) {
        return ids.contains(id);
    }

    /** The ids waiting are dropped: nothing will carry them. */
    void dropIds() {
        ids.clear();
    }

    /** The next paragraph has a rule above it. */
    void rule() {
        ruleAbove = true;
    }

    /** A section's heading, its title with its spans; the ids and the rule waiting for a paragraph are dropped. */
    void section(int level, MarkdownInlines.Inline title) {
        ruleAbove = false;
        ids.clear();
        outline.heading(level, title.text(), title.spans());
    }

    /** A paragraph of this text and spans; a body paragraph has no depth. Blank text is left out. */
    void paragraph(MarkdownInlines.Inline text, Role role, int depth, String marker) {
        paragraph(text, role, depth, marker, false);
    }

    void paragraph(MarkdownInlines.Inline text, Role role, int depth, String marker, boolean loose) {
        paragraph(text, role, depth, marker, loose, List.of(), false);
    }

    /**
     * A paragraph as above, a table row's with its cells, and whether it starts its table; whether it was written
     * (not blank).
     */
    boolean paragraph(MarkdownInlines.Inline text, Role role, int depth, String marker, boolean loose,
                      List<ParagraphForm.Cell> cells, boolean tableStart) {
        if (text.text().isBlank()) {
            return false;
        }
        int d = role == Role.BODY ? 0 : depth; // a note's own paragraphs have depth 0, its list items their level
        outline.paragraph(text.text(), new ParagraphForm(role, d, marker, ParagraphForm.Align.START,
                text.spans(), null, takeIds(), null, takeRule(), loose, cells, tableStart));
        return true;
    }

    /** A displayed formula: a centred paragraph of its own, in a list item or a note with its role and depth. */
    void display(MarkdownInlines.Inline formula, Role role, int depth) {
        if (formula.text().isBlank()) {
            return;
        }
        int d = role == Role.BODY ? 0 : depth;
        outline.paragraph(formula.text(), new ParagraphForm(role, d, null, ParagraphForm.Align.CENTER,
                formula.spans(), null, takeIds(), null, takeRule(), false, List.of()));
    }

    /**
     * A paragraph an HTML block in the Markdown gave, set as its form says, with the ids and the rule waiting.
     * Blank text is left out.
     */
    void html(String text, ParagraphForm form) {
        if (text.isBlank()) {
            return;
        }
        List<String> waiting = takeIds();
        List<String> ids = waiting.isEmpty() ? form.ids()
                : java.util.stream.Stream.concat(waiting.stream(), form.ids().stream()).distinct().toList();
        outline.paragraph(text, form.withIds(ids).withRuleAbove(takeRule() || form.ruleAbove()));
    }

    /** A figure: its picture, with this text. */
    void figure(String text, Picture picture, int depth) {
        outline.paragraph(text, new ParagraphForm(Role.FIGURE, depth, null,
                ParagraphForm.Align.START, List.of(), picture, takeIds(), null, takeRule()));
    }

    /**
     * A code block with this role and depth: inside a list item or a quote it is indented with it
     * ({@link ParagraphForm#nestedCode}), carrying the item's marker when the item starts with it. Returns the marker
     * still to place ({@code null} once placed).
     */
    String code(String code, Role role, int depth, String marker) {
        ruleAbove = false;
        String text = withoutTrailingNewlines(code);
        if (text.isBlank()) {
            return marker;
        }
        takeIds().forEach(outline::anchor);
        outline.preformatted(text, ParagraphForm.nestedCode(role, depth, marker));
        return null;
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

    private static String withoutTrailingNewlines(String code) {
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) {
            end--;
        }
        return code.substring(0, end);
    }
}
