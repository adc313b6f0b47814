package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The grid's columns' alignments where their cells give none of their own: a column whose body cells are all numbers
 * is set to the end, as a browser's stylesheet for figures would, the one alignment the text itself tells. The page
 * ({@link Tables}) tells a number by the same {@link #NUMBER}.
 */
final class TableGridAligns {

    /** A cell that is a number (an amount, a percentage): a column of them is set to the end, here and in the page. */
    static final Pattern NUMBER = Pattern.compile("[-+−]?[$€£¥]?[0-9][0-9,. \u00a0]*%?");

    private TableGridAligns() {
    }

    /** Each grid column's alignment, worked out once when the grid opens. */
    static List<ParagraphForm.Align> of(TableGridViewModel grid) {
        List<ParagraphForm.Align> aligns = new ArrayList<>(grid.columns());
        for (int c = 0; c < grid.columns(); c++) {
            aligns.add(numeric(grid, c) ? ParagraphForm.Align.END : ParagraphForm.Align.START);
        }
        return List.copyOf(aligns);
    }

    private static boolean numeric(TableGridViewModel grid, int column) {
        boolean any = false;
        for (int r = 0; r < grid.rows().size(); r++) {
            if (grid.rows().get(r).header()) {
                continue;
            }
            String c = grid.cell(r, column).strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(c).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
