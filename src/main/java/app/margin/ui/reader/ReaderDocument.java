package app.margin.ui.reader;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;

/**
 * An article laid out and turned into the reading pane's text, ready to be shown. Making one touches no
 * {@code Node}, so it can be made on any thread: for a long book the layout (its word counts) and the text
 * model are a fifth of a second that the first open no longer spends on the FX thread. The text is handed to the
 * pane once ({@link #takeText()}) and then dropped here, so a kept {@code ReaderDocument} does not hold a second
 * copy of the text's tree.
 */
public final class ReaderDocument {
    private final ArticleLayout layout;
    private ReadOnlyStyledDocument<ParagraphLook, String, Collection<String>> text;

    private ReaderDocument(ArticleLayout layout) {
        this.layout = layout;
        this.text = textOf(layout.blocks());
    }

    /** Lays the article out and builds its text; on any thread. */
    public static ReaderDocument of(Article article) {
        return of(ArticleLayout.of(Objects.requireNonNull(article, "article")));
    }

    /** Builds the layout's text; on any thread. */
    public static ReaderDocument of(ArticleLayout layout) {
        return new ReaderDocument(Objects.requireNonNull(layout, "layout"));
    }

    public ArticleLayout layout() {
        return layout;
    }

    /** The text, the first time it is asked for; then the layout's text built anew (a second showing). */
    synchronized ReadOnlyStyledDocument<ParagraphLook, String, Collection<String>> takeText() {
        ReadOnlyStyledDocument<ParagraphLook, String, Collection<String>> t = text != null ? text
                : textOf(layout.blocks());
        text = null;
        return t;
    }

    static ReadOnlyStyledDocument<ParagraphLook, String, Collection<String>> textOf(List<Block> blocks) {
        ReadOnlyStyledDocumentBuilder<ParagraphLook, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), ParagraphLook.of(), blocks.size());
        TableColumns columns = null;
        // A plain block's look is its kind's alone: one shared look a kind, not a list and a look a block. Built
        // before the first page (52,000 blocks in a 10 MB article), mostly before the JIT has compiled this loop.
        java.util.Map<String, ParagraphLook> plain = new java.util.HashMap<>();
        int lastBlock = blocks.size() - 1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.form() == ParagraphForm.PLAIN && i < lastBlock) {
                String kind = styleClassOf(b);
                ParagraphLook look = plain.get(kind);
                if (look == null) {
                    look = ParagraphLook.of(kind);
                    plain.put(kind, look);
                }
                builder.addParagraph(b.text(), List.of(), look);
                continue;
            }
            List<String> classes = classesOf(b);
            if (i == blocks.size() - 1) {
                classes.add(ReadingArea.END_SPACE);
            }
            boolean row = b.form().role().tabular();
            if (row && (i == blocks.size() - 1 || !Tables.sameTable(b, blocks.get(i + 1)))) {
                classes.add(TABLE_END); // the next paragraph keeps a paragraph's distance from the table
            }
            if (row && (columns == null || !Tables.sameTable(blocks.get(i - 1), b))) {
                columns = Tables.columns(blocks, i); // once a table: its rows share it (once a row was rows x rows)
            }
            ParagraphLook look = new ParagraphLook(classes, b.form(), row ? columns : null);
            if (b.form().spans().isEmpty() && !row) {
                builder.addParagraph(b.text(), List.of(), look);
            } else {
                builder.addParagraph(b.text(), InlineStyles.of(b.form(), b.text()), look);
            }
        }
        return builder.build();
    }

    /** A table's last row: space below its rule, as a paragraph has below it. */
    static final String TABLE_END = "table-end";

    /** The paragraph's classes: its kind, and for a paragraph with a form its role and what else CSS can say. */
    static List<String> classesOf(Block b) {
        List<String> classes = new java.util.ArrayList<>(3);
        classes.add(styleClassOf(b));
        ParagraphForm form = b.form();
        if (b.kind() == Block.Kind.PARAGRAPH && !b.preformatted() && form != ParagraphForm.PLAIN) {
            if (form.role() == ParagraphForm.Role.SUBHEADING) {
                classes.set(0, "heading-" + Math.min(4, Math.max(2, form.depth())));
            } else if (form.role() != ParagraphForm.Role.BODY) {
                classes.add(form.role().key());
            }
            if (form.ruleAbove()) {
                classes.add("rule-above");
            }
            if (form.loose()) {
                classes.add("loose");
            }
        }
        return classes;
    }

    static String styleClassOf(Block b) {
        return switch (b.kind()) {
            case TITLE -> "title";
            case BYLINE -> "byline";
            case HEADING -> "heading-" + Math.min(b.level(), 4);
            case PARAGRAPH -> b.preformatted() ? ReadingArea.CODE_BLOCK : ReadingArea.BODY;
            case SOURCE_ENDS -> "source-ends";
        };
    }
}
