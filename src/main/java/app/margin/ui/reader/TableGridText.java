package app.margin.ui.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the grid as text: for the clipboard, tab-separated and as an HTML table with its spans and alignments;
 * for the grid's cells, each cell's text in runs of the page's inline styles.
 */
final class TableGridText {

    private TableGridText() {}

    /** Rows {@code [fromRow, toRow)} and columns {@code [fromColumn, toColumn)}; columns a cell spans are empty. */
    static String tsv(TableGridViewModel table, int fromRow, int toRow, int fromColumn, int toColumn) {
        StringBuilder out = new StringBuilder();
        for (int r = fromRow; r < toRow; r++) {
            for (int c = fromColumn; c < toColumn; c++) {
                if (c > fromColumn) {
                    out.append('\t');
                }
                // A cell's own tabs or line breaks would make another cell or row of it.
                out.append(table.cell(r, c).replace('\t', ' ').replace('\n', ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The whole table, header rows as {@code th} cells, a spanning cell with its {@code colspan}, {@code rowspan}. */
    static String html(TableGridViewModel table) {
        StringBuilder out = new StringBuilder("<table>");
        for (int r = 0; r < table.rows().size(); r++) {
            String tag = table.rows().get(r).header() ? "th" : "td";
            out.append("<tr>");
            for (int c = 0; c < table.columns(); c++) {
                int span = table.span(r, c);
                int rows = table.rowSpan(r, c);
                if (span == 0 || rows == 0) {
                    continue; // inside the cell before or above, which spans it
                }
                out.append('<').append(tag).append(span > 1 ? " colspan=\"" + span + "\"" : "")
                        .append(rows > 1 ? " rowspan=\"" + rows + "\"" : "")
                        .append(switch (table.align(r, c)) {
                            case END -> " align=\"right\">";
                            case CENTER -> " align=\"center\">";
                            case START -> ">";
                        })
                        .append(escape(table.cell(r, c))).append("</").append(tag).append('>');
            }
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Cell {@code index} of row {@code r}'s text, {@code cell}, in runs of equal inline styles, as the page draws
     * them; one plain run when it has none.
     */
    static List<TableGridViewModel.Run> runs(TableGridViewModel.Row r, String cell, int index) {
        if (r.form().spans().isEmpty() || cell.isEmpty()) {
            return List.of(new TableGridViewModel.Run(cell, List.of()));
        }
        int start = 0;
        int length = 0;
        for (int c = 0; c < r.cells().size(); c++) {
            if (c < index) {
                start += r.cells().get(c).length() + 1;
            }
            length += r.cells().get(c).length() + (c > 0 ? 1 : 0);
        }
        List<String>[] classes = InlineStyles.perCharacter(r.form(), length);
        if (classes == null) {
            return List.of(new TableGridViewModel.Run(cell, List.of()));
        }
        List<TableGridViewModel.Run> runs = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= cell.length(); i++) {
            if (i == cell.length() || classes[start + i] != classes[start + from]) {
                List<String> these = classes[start + from];
                runs.add(new TableGridViewModel.Run(cell.substring(from, i),
                        these == null ? List.of() : List.copyOf(these)));
                from = i;
            }
        }
        return runs;
    }
}
