package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.annotations.AnnotationsPanelViewModel;
import app.margin.ui.reader.ReaderViewModel;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** Going through the article a step at a time: the next or previous section, bookmark, highlight or section note. */
final class SectionSteps {

    private final ReaderViewModel reader;
    private final AnnotationsPanelViewModel panel;
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;

    SectionSteps(ReaderViewModel reader, AnnotationsPanelViewModel panel) {
        this.reader = reader;
        this.panel = panel;
        hasNext = Bindings.createBooleanBinding(() -> sectionStep(1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
        hasPrevious = Bindings.createBooleanBinding(() -> sectionStep(-1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
    }

    BooleanBinding hasNextProperty() {
        return hasNext;
    }

    BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    /** Goes {@code step} sections on (1) or back (-1); nothing past either end. */
    void section(int step) {
        String id = sectionStep(step);
        if (id != null) {
            reader.jumpToSection(id);
        }
    }

    /** Goes to the next (or previous) bookmark, highlight or section note after the paragraph being read. */
    void annotation(int direction) {
        ArticleLayout layout = reader.getLayout();
        if (layout == null) {
            return;
        }
        int here = reader.readingBlockProperty().get();
        List<AnnotationItem> placed = panel.allItems().stream().filter(AnnotationItem::placed)
                .sorted(Comparator.comparingInt((AnnotationItem i) -> i.placement().blockIndex())
                        .thenComparingInt(i -> i.placement().start()))
                .toList();
        AnnotationItem target = null;
        for (AnnotationItem i : placed) {
            int b = i.placement().blockIndex();
            if (direction > 0 && b > here && target == null) {
                target = i;
            } else if (direction < 0 && b < here) {
                target = i;
            }
        }
        if (target != null) {
            panel.jumpTo(target);
        }
    }

    private String sectionStep(int step) {
        ArticleLayout layout = reader.getLayout();
        String current = reader.currentSectionIdProperty().get();
        if (layout == null || current == null) {
            return null;
        }
        List<String> order = layout.sectionOrder();
        int next = order.indexOf(current) + step;
        return next >= 0 && next < order.size() ? order.get(next) : null;
    }
}
