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
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

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

    static List<Row> rows(TableBlock table, MarkdownInlines inlines, Role placeRole, boolean withHead) {
        boolean grid = columns(table) <= MAX_COLUMNS;
        String separator = grid ? String.valueOf(ParagraphForm.CELL) : " · ";
        List<Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (!withHead && part instanceof TableHead) {
                continue;
            }
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

    /**
     * The table with its columns: commonmark keeps a table whose header row has no cell (a line of one "|" over a
     * delimiter row of two columns, as TeX Live's gzt README has) as a table of no column and drops every body
     * cell, where GitHub reads the lines as a paragraph. Such a table is read again from its lines under a header
     * of as many empty cells as its delimiter row has, so its rows keep their words. {@code null} when that fails
     * (the caller keeps the lines as text).
     *
     * @param source the document's text, whose block source spans the parser kept
     */
    static TableBlock withColumns(TableBlock table, String source, Parser parser) {
        if (columns(table) > 0) {
            return table;
        }
        List<SourceSpan> spans = table.getSourceSpans();
        if (source == null || parser == null || spans.size() < 2) {
            return null;
        }
        StringBuilder again = new StringBuilder();
        for (int i = 1; i < spans.size(); i++) {
            SourceSpan span = spans.get(i);
            String line = source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
            if (i == 1) {
                // A stand-in header of one word a delimiter cell, left out of the rows (rows(..., false)).
                again.append(line.replaceAll("[-:]+", "h").strip()).append('\n');
            }
            again.append(line).append('\n');
        }
        Node first = parser.parse(again.toString()).getFirstChild();
        return first instanceof TableBlock reread && columns(reread) > 0 ? reread : null;
    }

    /** The table's text as its lines give it, joined by spaces: what GitHub shows of a table it does not read. */
    static String lines(TableBlock table, String source) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : table.getSourceSpans()) {
            String line = source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()).strip();
            if (!line.isEmpty()) {
                text.append(text.length() > 0 ? " " : "").append(line);
            }
        }
        return text.toString();
    }

    private static int columns(TableBlock table) {
        int columns = 0;
        Node firstRow = table.getFirstChild() == null ? null : table.getFirstChild().getFirstChild();
        for (Node cell = firstRow == null ? null : firstRow.getFirstChild(); cell != null; cell = cell.getNext()) {
            columns++;
        }
        return columns;
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
