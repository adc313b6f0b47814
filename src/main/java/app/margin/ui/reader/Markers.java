package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * The room left of a nested paragraph: a list item's marker hangs in it, right-aligned, so wrapped lines line up
 * with the item's first word as in a browser; a quote's room carries a bar. The marker is not part of the text, so
 * a selection or a quote never holds it.
 */
final class Markers {
    /** Room for each level of nesting, in ems of the reader's font. */
    static final double INDENT_EMS = 1.7;
    /** Deeper than this, items line up with the eighth level: a list nested a thousand deep still leaves a page. */
    static final int MAX_DEPTH = 8;

    private final ReadingArea area;
    private double fontSize = 18;

    Markers(ReadingArea area) {
        this.area = area;
    }

    double fontSize() {
        return fontSize;
    }

    void setFontSize(double pixels) {
        this.fontSize = pixels;
    }

    /**
     * The room left of a paragraph of this form and text, with its marker; {@code null} when it has none. A list
     * item's marker hangs there, and a note's number where the note's text does not start with it (Markdown's and
     * Docutils' notes keep it apart from their text, a PDF's in it): else a list of notes read without numbers. The
     * text is asked for only for a note with a marker (a paragraph's text is put together from its runs, and cells
     * are made while scrolling).
     */
    Node nodeFor(ParagraphForm form, java.util.function.Supplier<String> text) {
        double width = roomOf(form, fontSize);
        if (width == 0) {
            return null;
        }
        boolean item = form.role() == ParagraphForm.Role.LIST_ITEM;
        boolean quote = form.role() == ParagraphForm.Role.QUOTE;
        StackPane room = new StackPane();
        room.getStyleClass().add(quote ? "quote-room" : "list-room");
        room.setMinWidth(width);
        room.setPrefWidth(width);
        room.setMaxWidth(width);
        boolean numbered = form.marker() != null
                && (item || form.role() == ParagraphForm.Role.NOTE && !startsWithMark(text.get(), form.marker()));
        if (numbered) {
            Text marker = new Text(form.marker());
            marker.getStyleClass().addAll("text", "list-marker");
            marker.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
            StackPane.setAlignment(marker, Pos.TOP_RIGHT);
            StackPane.setMargin(marker, new javafx.geometry.Insets(0, 0.45 * fontSize, 0, 0));
            room.getChildren().add(marker);
        }
        return room;
    }

    /** The width of the room left of a paragraph of this form at this font size: 0 for one without. */
    static double roomOf(ParagraphForm form, double fontSize) {
        boolean item = form.role() == ParagraphForm.Role.LIST_ITEM;
        boolean quote = form.role() == ParagraphForm.Role.QUOTE;
        boolean indented = form.role() == ParagraphForm.Role.DEFINITION || form.role() == ParagraphForm.Role.NOTE;
        if (!item && !quote && !indented) {
            return 0;
        }
        int depth = Math.min(MAX_DEPTH, form.depth());
        return Math.max(1, indented && depth == 0 ? 1 : depth) * INDENT_EMS * fontSize;
    }

    /** Whether a note's text starts with its mark as a word of its own ("3 Submitted…", not "1984 figures"). */
    static boolean startsWithMark(String text, String mark) {
        return text.startsWith(mark) && (text.length() == mark.length()
                || Character.isWhitespace(text.charAt(mark.length())));
    }
}
