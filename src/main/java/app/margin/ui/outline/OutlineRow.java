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
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
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
        double titleWidth = width - snappedLeftInset() - snappedRightInset() - badgesWidth;
        return snappedTopInset() + snappedBottomInset() + Math.max(title.heightAt(titleWidth), badgesHeight);
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
     * (a long identifier), ellipsised either way. Measured in bold: the section being read is set in bold, and the
     * tree keeps a row's height when only its selection changes, so a title a line longer in bold would be cut.
     */
    static final class Title extends Label {
        private String full = "";

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

        /** Its height at {@code width}: one line, or two when it wraps there. */
        double heightAt(double width) {
            double inner = width - snappedLeftInset() - snappedRightInset();
            double insets = snappedTopInset() + snappedBottomInset();
            Text measure = bold(getText() == null ? "" : getText());
            double one = bold("Ag").getLayoutBounds().getHeight();
            if (inner <= 0 || !wordsFit(inner)) {
                return Math.ceil(one) + insets;
            }
            measure.setWrappingWidth(inner);
            double two = bold("Ag\nAg").getLayoutBounds().getHeight();
            return Math.ceil(Math.min(measure.getLayoutBounds().getHeight(), two)) + insets;
        }

        /** Whether every word of the title fits on a line {@code width} wide, so wrapping never splits one. */
        boolean wordsFit(double width) {
            if (getText() == null) {
                return true;
            }
            for (String word : getText().trim().split("\\s+")) {
                if (bold(word).getLayoutBounds().getWidth() > width) {
                    return false;
                }
            }
            return true;
        }

        private Text bold(String s) {
            Font f = getFont();
            Text t = new Text(s);
            t.setFont(Font.font(f.getFamily(), FontWeight.BOLD,
                    f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("italic")
                            ? FontPosture.ITALIC : FontPosture.REGULAR, f.getSize()));
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
