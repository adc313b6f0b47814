package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words drawn inside a figure or a table, which leave the running text ({@link FigureRegions}): read row by row
 * from the top, a row's cells (its fragments) from the left, cells separated by a tab and rows by a line break, as
 * a table row's cells are in Margin's text. It travels with the figure's picture ({@code Picture.text}), so find,
 * the library search and a screen reader have it while the page shows it once, in the picture.
 */
final class FigureText {
    private FigureText() {}

    /** The fragments' text, rows by baseline (within 0.4 of the smaller size), cells by their left edge. */
    static String of(List<Fragment> fragments, float body) {
        if (fragments.isEmpty()) {
            return "";
        }
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(Fragment::y));
        List<List<Fragment>> rows = new ArrayList<>();
        for (Fragment f : sorted) {
            List<Fragment> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - f.y()) < 0.4f * Math.min(f.size(), body)) {
                last.add(f);
            } else {
                rows.add(new ArrayList<>(List.of(f)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<Fragment> row : rows) {
            row.sort(Comparator.comparingDouble(Fragment::x0));
            StringBuilder line = new StringBuilder();
            for (Fragment cell : row) {
                String words = cell.text().strip().replaceAll("\\s+", " ");
                if (!words.isEmpty()) {
                    line.append(line.isEmpty() ? "" : "\t").append(words);
                }
            }
            if (!line.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(line);
            }
        }
        return out.toString();
    }
}
