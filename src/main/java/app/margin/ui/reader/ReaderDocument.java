package app.margin.ui.reader;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
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
    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> text;

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
    synchronized ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> takeText() {
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> t = text != null ? text
                : textOf(layout.blocks());
        text = null;
        return t;
    }

    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> textOf(List<Block> blocks) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of(), blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<String> classes = i == blocks.size() - 1
                    ? List.of(styleClassOf(b), ReadingArea.END_SPACE) : List.of(styleClassOf(b));
            builder.addParagraph(b.text(), List.of(), classes);
        }
        return builder.build();
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
