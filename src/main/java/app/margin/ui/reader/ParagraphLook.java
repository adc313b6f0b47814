package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.Objects;

/**
 * A reading-pane paragraph's style: its CSS classes (what kind of block it is) and its form (list marker, depth,
 * alignment, picture), which the pane reads where CSS cannot say it; a table row's columns ({@code null} for others).
 */
public record ParagraphLook(List<String> classes, ParagraphForm form, TableColumns columns) {

    public ParagraphLook {
        classes = List.copyOf(classes);
        Objects.requireNonNull(form, "form");
    }

    /** The look of a paragraph with nothing but classes. */
    public static ParagraphLook of(String... classes) {
        return new ParagraphLook(List.of(classes), ParagraphForm.PLAIN, null);
    }

    /**
     * Looks are shared (one a kind for plain blocks) and RichTextFX compares paragraph styles as it takes text in: the
     * same look is equal at once, without comparing its class list and form component by component.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ParagraphLook other && Objects.equals(columns, other.columns) && classes.equals(other.classes)
                && form.equals(other.form);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(classes, form, columns);
    }

    public boolean contains(String styleClass) {
        return classes.contains(styleClass);
    }

    /** This look with one class more (the end space after the last paragraph). */
    ParagraphLook with(String styleClass) {
        List<String> more = new java.util.ArrayList<>(classes);
        more.add(styleClass);
        return new ParagraphLook(more, form, columns);
    }

    /** This look without a class. */
    ParagraphLook without(String styleClass) {
        return new ParagraphLook(classes.stream().filter(c -> !c.equals(styleClass)).toList(), form, columns);
    }
}
