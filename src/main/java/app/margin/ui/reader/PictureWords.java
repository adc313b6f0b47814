package app.margin.ui.reader;

import app.margin.model.Picture;
import app.margin.model.WordRule;

/**
 * What a picture says to a screen reader and in its tooltip: its alt text ("Picture" without one) and, for a picture
 * with words drawn inside it ({@link Picture#text()}: a PDF table's cells), those words, read row by row. The
 * accessible text has them all; the tooltip the first {@value #TOOLTIP_ROWS} rows and {@value #TOOLTIP_CHARS}
 * characters at most, cut where a word ends (the one word rule, {@link WordRule}) with an ellipsis.
 */
final class PictureWords {
    static final int TOOLTIP_ROWS = 12;
    static final int TOOLTIP_CHARS = 600;
    static final String CELLS = "  ·  ";

    private PictureWords() {}

    static String name(Picture picture) {
        return picture.alt().isBlank() ? "Picture" : picture.alt();
    }

    /** The name, then the words as spoken: a row's cells separated by commas, rows by semicolons. */
    static String accessible(Picture picture) {
        if (!picture.hasText()) {
            return name(picture);
        }
        return name(picture) + ": " + picture.text().replace("\t", ", ").replace("\n", "; ");
    }

    /** The name, then the words a row a line, cells apart, cut to a tooltip's size. */
    static String tooltip(Picture picture) {
        if (!picture.hasText()) {
            return name(picture);
        }
        String words = picture.text();
        int end = words.length();
        int rows = 0;
        for (int i = 0; i < words.length(); i++) {
            if (words.charAt(i) == '\n' && ++rows == TOOLTIP_ROWS) {
                end = i;
                break;
            }
        }
        boolean cut = end < words.length();
        if (end > TOOLTIP_CHARS) {
            int at = WordRule.boundaryAtOrBefore(words, TOOLTIP_CHARS);
            while (at > 0 && !WordRule.endsWord(words, at)) {
                at = WordRule.boundaryAtOrBefore(words, at - 1);
            }
            end = at > 0 ? at : TOOLTIP_CHARS;
            cut = true;
        }
        String shown = words.substring(0, end).strip().replace("\t", CELLS);
        return name(picture) + "\n" + shown + (cut ? " …" : "");
    }
}
