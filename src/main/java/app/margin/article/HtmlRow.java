package app.margin.article;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The table row {@link HtmlBlock} is gathering, if any: a row is one paragraph whose cells are separated by
 * {@link ParagraphForm#CELL}; blocks inside its cells do not end it. Keeps whether it is a header row, and each cell's
 * alignment and span for the row's form. Past {@value #MAX_COLUMNS} cells the rest are joined into the last one, so
 * a 10,000-column table reads as text.
 */
final class HtmlRow {
    /** Cells a table row keeps apart. */
    static final int MAX_COLUMNS = 64;

    /** Open {@code tr} elements (a table nested in a cell opens a second one). */
    int depth;
    boolean header;
    private int headDepth;
    private int cells;
    /** The open row's cells' alignments and spans, in the order of its text's cells. */
    private final List<ParagraphForm.Cell> forms = new ArrayList<>();

    void openHead() {
        headDepth++;
    }

    void closeHead() {
        headDepth--;
    }

    void open(Element tr) {
        depth++;
        cells = 0;
        if (depth == 1) {
            forms.clear();
        }
        header = headDepth > 0 || tr.select("> td").isEmpty() && !tr.select("> th").isEmpty();
    }

    void close() {
        depth--;
    }

    /**
     * A cell of the outermost row begins: true when a separator goes before it (it is not the row's first, and the
     * row keeps it apart).
     */
    boolean openCell(Element cell, String tag) {
        if (depth != 1) {
            return false;
        }
        boolean separate = cells > 0 && cells < MAX_COLUMNS;
        if (cells < MAX_COLUMNS) {
            forms.add(HtmlElements.cellOf(cell, tag));
        }
        cells++;
        return separate;
    }

    /** The row's cells' forms for a row whose text holds {@code text}'s cells; the next row starts afresh. */
    List<ParagraphForm.Cell> take(String text) {
        List<ParagraphForm.Cell> taken = List.copyOf(forms.subList(0, Math.min(forms.size(),
                ParagraphForm.cellCount(text))));
        forms.clear();
        return taken;
    }
}
