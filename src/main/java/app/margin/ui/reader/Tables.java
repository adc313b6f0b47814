package app.margin.ui.reader;

import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table's rows are paragraphs whose cells are split by tabs; the rows of one table share tab stops as wide as its
 * widest cell, measured in the page's face, so the columns line up. JavaFX 21 has one tab size a paragraph, counted
 * in spaces of the paragraph's font, and no tab stops of other widths: every column of a table is as wide as its
 * widest cell, a cell wider than {@link #MAX_TAB} spaces pushes the rest of its row one stop on, and a row wider
 * than the line wraps. Such a table reads as a grid one click away ({@link TableGrid}).
 */
final class Tables {
    /** Tab stops, in spaces: the room of the widest cell, and no more than this (about 15 ems). */
    static final int MAX_TAB = 48;
    static final int MIN_TAB = 6;
    /** Room between a column's widest cell and the next column, in spaces (about 0.8 em). */
    static final double GAP = 2.5;
    /** Characters of a cell measured: a longer one is wider than the widest stop anyway. */
    private static final int MEASURED = 200;

    private Tables() {}

    /**
     * The tab size, in spaces of the body face, of the table whose rows include block {@code index}: from the
     * widest cell of all its rows but their last (which moves no column), header cells measured bold.
     */
    static int tabSize(List<Block> blocks, int index) {
        int start = index;
        while (start > 0 && tabular(blocks.get(start - 1))) {
            start--;
        }
        double widest = 0;
        for (int i = start; i < blocks.size() && tabular(blocks.get(i)); i++) {
            Block b = blocks.get(i);
            Widths face = b.form().role() == ParagraphForm.Role.TABLE_HEADER ? Widths.BOLD : Widths.REGULAR;
            String text = b.text();
            int from = 0;
            while (from <= text.length()) {
                int tab = text.indexOf(ParagraphForm.CELL, from);
                if (tab < 0 && from > 0) {
                    break; // a row's last cell stops at no tab: however long, it moves no column (it wraps)
                }
                int end = tab < 0 ? text.length() : tab;
                widest = Math.max(widest, face.of(text, from, Math.min(end, from + MEASURED)));
                if (widest >= MAX_TAB * Widths.REGULAR.space()) {
                    return MAX_TAB;
                }
                from = end + 1;
            }
        }
        int tab = (int) Math.ceil(widest / Widths.REGULAR.space() + GAP);
        return Math.max(MIN_TAB, Math.min(MAX_TAB, tab));
    }

    /**
     * A header row's tab size for a table of tab size {@code tab}: a tab counts in spaces of its run's font, and a
     * bold space is wider (10 % in the page's serif), so the header's stops would drift right of the body's by
     * that much a column. Counted in bold spaces, they land within half a bold space of the body's.
     */
    static int forHeader(int tab) {
        return Math.max(1, (int) Math.round(tab * Widths.REGULAR.space() / Widths.BOLD.space()));
    }

    private static boolean tabular(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.form().role().tabular();
    }

    /**
     * Advances of the page's face at 100 px, a character at a time, measured once each (JavaFX lays text out
     * without kerning, so a cell's width is the sum of its characters'). Measured off the FX thread too: a
     * {@link Text} that is in no scene may be used on any thread.
     */
    enum Widths {
        REGULAR(FontWeight.NORMAL), BOLD(FontWeight.BOLD);

        private final FontWeight weight;
        private final Map<Character, Double> advances = new ConcurrentHashMap<>();
        private volatile Font font;

        Widths(FontWeight weight) {
            this.weight = weight;
        }

        double space() {
            return advance(' ');
        }

        double of(String text, int from, int to) {
            double w = 0;
            for (int i = from; i < to; i++) {
                w += advance(text.charAt(i));
            }
            return w;
        }

        private double advance(char c) {
            Double known = advances.get(c);
            if (known != null) {
                return known;
            }
            if (font == null) {
                font = Font.font("Serif", weight, 100);
            }
            Text probe = new Text(String.valueOf(c));
            probe.setFont(font);
            double w = Character.isSurrogate(c) ? 50 : probe.getLayoutBounds().getWidth();
            advances.put(c, w);
            return w;
        }
    }
}
