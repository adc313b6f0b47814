package app.margin.ui.outline;

import app.margin.ui.popup.Tooltips;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What an outline row shows: the section's title, and its badges (a glyph and a count for each of section notes,
 * highlights and bookmarks) compact at the right. The title keeps to one or two lines and ellipsises the rest (its
 * whole text is its tooltip); it wraps only between words, so a long identifier ("allowedNodeEnvironmentFlags")
 * stays on one line rather than breaking mid-word.
 */
final class OutlineRow extends HBox {

    private final Title title = new Title();
    private final BiConsumer<Node, String> openSectionNotes;
    private Label badges;
    private String sectionId;

    /** @param openSectionNotes what clicking the note badge does: opens the section's notes, anchored at the badge */
    OutlineRow(BiConsumer<Node, String> openSectionNotes) {
        this.openSectionNotes = openSectionNotes;
        getStyleClass().add("outline-row");
        setAlignment(Pos.CENTER_LEFT);
        setFillHeight(false);
        HBox.setHgrow(title, Priority.ALWAYS);
        getChildren().add(title);
    }

    void show(String sectionTitle, String section, SectionMarks marks) {
        this.sectionId = section;
        title.show(sectionTitle);
        if (badges != null) {
            getChildren().remove(badges);
            badges = null;
        }
        if (!marks.isEmpty()) {
            badges = badges(marks);
            getChildren().add(badges);
        }
    }

    /** As wide as the cell lets it be: the badges then sit at the row's right, whatever the title's length. */
    @Override
    protected double computePrefWidth(double height) {
        return 10_000;
    }

    /** How tall the row is at {@code width}: the title's one or two lines, or the badges if they are taller. */
    double heightAt(double width) {
        double badgesWidth = badges == null ? 0 : badges.prefWidth(-1) + getSpacing();
        double badgesHeight = badges == null ? 0 : badges.prefHeight(-1);
        double room = width - snappedLeftInset() - snappedRightInset();
        if (stacked(room)) {
            return snappedTopInset() + snappedBottomInset() + title.heightAt(room) + badgesHeight;
        }
        return snappedTopInset() + snappedBottomInset() + Math.max(title.heightAt(room - badgesWidth), badgesHeight);
    }

    /** The least room a title keeps beside its badges, in ems: less, and the badges go under it. */
    static final double LEAST_TITLE_EMS = 6;

    /**
     * Whether the badges go under the title: a deep section in a narrow outline left its title a few letters beside
     * them ("De…", found by a new user).
     */
    boolean stacked(double room) {
        return badges != null
                && room - badges.prefWidth(-1) - getSpacing() < LEAST_TITLE_EMS * title.getFont().getSize();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double room = getWidth() - left - snappedRightInset();
        if (!stacked(room)) {
            super.layoutChildren();
            return;
        }
        double top = snappedTopInset();
        double titleHeight = title.heightAt(room);
        title.resizeRelocate(left, top, room, titleHeight);
        double w = badges.prefWidth(-1);
        badges.resizeRelocate(left + room - w, top + titleHeight, w, badges.prefHeight(-1));
    }

    private Label badges(SectionMarks marks) {
        HBox box = new HBox();
        box.getStyleClass().add("outline-marks");
        box.setAlignment(Pos.CENTER_RIGHT);
        if (marks.sectionNotes() > 0) {
            Label notes = badge("badge-note", marks.sectionNotes());
            notes.setOnMouseClicked(e -> {
                openSectionNotes.accept(notes, sectionId);
                e.consume();
            });
            box.getChildren().add(notes);
        }
        if (marks.highlights() > 0) {
            box.getChildren().add(badge("badge-highlight", marks.highlights()));
        }
        if (marks.bookmarks() > 0) {
            box.getChildren().add(badge("badge-bookmark", marks.bookmarks()));
        }
        Label all = new Label(null, box);
        all.getStyleClass().add("outline-badges");
        all.setMinWidth(USE_PREF_SIZE);
        Tooltips.install(all, OutlineView.summary(marks));
        return all;
    }

    private static Label badge(String kind, int count) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("badge-glyph", kind);
        Label l = new Label(Integer.toString(count), glyph);
        l.getStyleClass().add("outline-badge");
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    /**
     * The title: wrapped between words into at most two lines, or on one line when a word is wider than the line
     * (a long identifier), ellipsised either way. Measured in its own font: the section being read is marked by a bar
     * and a background, not by bold type, so selecting a row never changes how long its title is. (Measured in bold,
     * as it was while the current row was bold, a title that fits a line only in regular type got a two-line row with
     * one line in it: uneven gaps down the outline of a book with long titles.)
     */
    static final class Title extends Label {
        private String full = "";
        // Measuring makes Text nodes and looks up a font: a tree of 2,000 rows asks for heights often, so the last
        // answers are kept, and a title that fits whole is measured once (181 measures cost ~370 ms in the 10 MB
        // benchmark, and the jump to its last section had become ~25 ms slower).
        private String heightText;
        private Font heightFont;
        private double heightWidth = Double.NaN;
        private double height;
        private String fitText;
        private Font fitFont;
        private double fitWidth = Double.NaN;
        private boolean fits;
        private Font linesOf;
        private double oneLine;
        private double twoLines;

        Title() {
            getStyleClass().add("outline-title");
            setMinWidth(0);
            setMaxWidth(Double.MAX_VALUE);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setWrapText(true);
            Tooltips.install(this, () -> full);
        }

        void show(String text) {
            full = text;
            setText(text);
            if (getTooltip() != null) {
                getTooltip().setText(text);
            }
        }

        /** Its height at {@code width}: one line, or two when it wraps there (remembered for the last text and width). */
        double heightAt(double width) {
            if (width == heightWidth && getFont() == heightFont && java.util.Objects.equals(getText(), heightText)) {
                return height;
            }
            height = measureHeight(width);
            heightWidth = width;
            heightFont = getFont();
            heightText = getText();
            return height;
        }

        private double measureHeight(double width) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            double insets = snappedTopInset() + snappedBottomInset();
            String text = getText() == null ? "" : getText();
            if (getFont() != linesOf) {
                oneLine = height("Ag");
                twoLines = height("Ag\nAg");
                linesOf = getFont();
            }
            double one = oneLine;
            // Most titles fit on one line: one measure of the whole title says so.
            if (inner <= 0 || width(text) <= inner || !wordsFit(inner)) {
                return Math.ceil(one) + insets;
            }
            Text measure = text(text);
            measure.setWrappingWidth(inner);
            double two = twoLines;
            return Math.ceil(Math.min(measure.getLayoutBounds().getHeight(), two)) + insets;
        }

        private double width(String s) {
            return text(s).getLayoutBounds().getWidth();
        }

        private double height(String s) {
            return text(s).getLayoutBounds().getHeight();
        }

        /** Whether every word of the title fits on a line {@code width} wide, so wrapping never splits one. */
        boolean wordsFit(double width) {
            if (getText() == null) {
                return true;
            }
            if (width == fitWidth && getFont() == fitFont && getText().equals(fitText)) {
                return fits;
            }
            fits = measureFit(width);
            fitWidth = width;
            fitFont = getFont();
            fitText = getText();
            return fits;
        }

        private boolean measureFit(double width) {
            if (width(getText()) <= width) {
                return true; // the whole title fits, so each word does
            }
            for (String word : getText().trim().split("\\s+")) {
                if (width(word) > width) {
                    return false;
                }
            }
            return true;
        }

        private Text text(String s) {
            Text t = new Text(s);
            t.setFont(getFont());
            return t;
        }

        /** Its height depends on its width, wrapped or not: the row asks for it at the width it gives. */
        @Override
        public javafx.geometry.Orientation getContentBias() {
            return javafx.geometry.Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            return heightAt(width >= 0 ? width : getWidth());
        }

        @Override
        protected double computeMaxHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            boolean wrap = wordsFit(getWidth() - snappedLeftInset() - snappedRightInset());
            if (wrap != isWrapText()) {
                setWrapText(wrap);
            }
            super.layoutChildren();
        }
    }
}
