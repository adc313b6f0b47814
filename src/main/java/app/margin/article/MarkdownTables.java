package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/**
 * A GitHub table's rows as {@link MarkdownBlocks} sets them: a paragraph a row, its cells' text separated by a tab
 * and each cell's alignment from the delimiter row ({@code :--:} centre, {@code --:} end) in its form. A table wider
 * than {@value #MAX_COLUMNS} columns is rows of text, its cells separated by " · ".
 */
final class MarkdownTables {
    static final int MAX_COLUMNS = 256;

    private MarkdownTables() {}

    /** One row: its text and spans, its role (header, row, or the place's when the table is text), its cells. */
    record Row(MarkdownInlines.Inline text, Role role, List<ParagraphForm.Cell> cells) {}

    static List<Row> rows(TableBlock table, MarkdownInlines inlines, Role placeRole) {
        int columns = 0;
        Node firstRow = table.getFirstChild() == null ? null : table.getFirstChild().getFirstChild();
        for (Node cell = firstRow == null ? null : firstRow.getFirstChild(); cell != null; cell = cell.getNext()) {
            columns++;
        }
        boolean grid = columns <= MAX_COLUMNS;
        String separator = grid ? String.valueOf(ParagraphForm.CELL) : " · ";
        List<Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            Role role = !grid ? placeRole : part instanceof TableHead ? Role.TABLE_HEADER : Role.TABLE_ROW;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<MarkdownInlines.Inline> cells = new ArrayList<>();
                List<ParagraphForm.Cell> aligned = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        aligned.add(new ParagraphForm.Cell(alignOf(tableCell), 1));
                        MarkdownInlines.Inline c = inlines.read(cell);
                        // A tab of the cell's own would read as a cell boundary.
                        cells.add(c.text().indexOf(ParagraphForm.CELL) < 0 ? c
                                : new MarkdownInlines.Inline(c.text().replace(ParagraphForm.CELL, ' '), c.spans()));
                    }
                }
                rows.add(new Row(MarkdownInlines.Inline.concat(cells, separator), role, grid ? aligned : List.of()));
            }
        }
        return rows;
    }

    /** A column's alignment as its delimiter row gives it. */
    private static ParagraphForm.Align alignOf(TableCell cell) {
        if (cell.getAlignment() == null) {
            return ParagraphForm.Align.START;
        }
        return switch (cell.getAlignment()) {
            case CENTER -> ParagraphForm.Align.CENTER;
            case RIGHT -> ParagraphForm.Align.END;
            case LEFT -> ParagraphForm.Align.START;
        };
    }
}
