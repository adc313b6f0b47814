package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The panel's filters folded into one menu button beside the search field (kind, colour, tag as radio items), and
 * a line under them that says which filters are on, with a way to clear them.
 */
final class PanelFilters {

    private final AnnotationsPanelViewModel viewModel;
    private final MenuButton filterButton = new MenuButton();
    private final HBox filterLine;

    PanelFilters(AnnotationsPanelViewModel viewModel) {
        this.viewModel = viewModel;
        filterButton.getStyleClass().add("filter-button");
        Region funnel = new Region();
        funnel.getStyleClass().add("filter-glyph");
        filterButton.setGraphic(funnel);
        filterButton.setAccessibleText("Filter annotations by kind, colour and tag");
        filterButton.setOnShowing(e -> fillFilterMenu());
        fillFilterMenu();

        Label filters = new Label();
        filters.getStyleClass().add("filter-summary");
        filters.setWrapText(true);
        javafx.scene.control.Hyperlink clear = new javafx.scene.control.Hyperlink("Clear");
        clear.getStyleClass().add("filter-clear");
        clear.setOnAction(e -> clearFilters());
        filterLine = new HBox(6, filters, clear);
        filterLine.setAlignment(Pos.CENTER_LEFT);
        filterLine.managedProperty().bind(filterLine.visibleProperty());
        Runnable showFilters = () -> {
            String summary = filterSummary();
            filters.setText(summary);
            filterLine.setVisible(!summary.isEmpty());
            filterButton.pseudoClassStateChanged(ACTIVE, !summary.isEmpty());
            filterButton.setTooltip(new javafx.scene.control.Tooltip(summary.isEmpty()
                    ? "Filter by kind, colour and tag" : summary));
        };
        for (javafx.beans.Observable o : java.util.List.of(viewModel.kindProperty(), viewModel.colourProperty(),
                viewModel.tagProperty())) {
            o.addListener(x -> showFilters.run());
        }
        showFilters.run();
    }

    MenuButton button() {
        return filterButton;
    }

    /** "Showing Highlights · Yellow · #war  Clear", shown only while a filter is on. */
    HBox summaryLine() {
        return filterLine;
    }

    private static final javafx.css.PseudoClass ACTIVE = javafx.css.PseudoClass.getPseudoClass("active");

    /** The filter menu: kind, colour and tag as radio items, the tags as they are now. */
    private void fillFilterMenu() {
        filterButton.getItems().clear();
        ToggleGroup kinds = new ToggleGroup();
        filterButton.getItems().add(heading("Show"));
        for (AnnotationsPanelViewModel.KindFilter k : AnnotationsPanelViewModel.KindFilter.values()) {
            filterButton.getItems().add(radio(k.toString(), kinds, viewModel.kindProperty().get() == k,
                    () -> viewModel.kindProperty().set(k)));
        }
        filterButton.getItems().addAll(new SeparatorMenuItem(), heading("Colour"));
        ToggleGroup colours = new ToggleGroup();
        filterButton.getItems().add(radio("Any colour", colours, viewModel.colourProperty().get() == null,
                () -> viewModel.colourProperty().set(null)));
        for (HighlightColor c : HighlightColor.values()) {
            filterButton.getItems().add(radio(colourName(c), colours, viewModel.colourProperty().get() == c,
                    () -> viewModel.colourProperty().set(c)));
        }
        filterButton.getItems().addAll(new SeparatorMenuItem(), heading("Tag"));
        ToggleGroup tags = new ToggleGroup();
        String tag = viewModel.tagProperty().get();
        filterButton.getItems().add(radio("Any tag", tags, tag.isBlank(), () -> viewModel.tagProperty().set("")));
        for (String t : viewModel.allTags()) {
            filterButton.getItems().add(radio("#" + t, tags, t.equals(tag), () -> viewModel.tagProperty().set(t)));
        }
        MenuItem clear = new MenuItem("Clear Filters");
        clear.setOnAction(e -> clearFilters());
        filterButton.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static MenuItem heading(String text) {
        MenuItem h = new MenuItem(text);
        h.setDisable(true);
        h.getStyleClass().add("filter-heading");
        return h;
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem r = new RadioMenuItem(text);
        r.setToggleGroup(group);
        r.setSelected(selected);
        r.setOnAction(e -> action.run());
        return r;
    }

    private static String colourName(HighlightColor c) {
        return c.key().substring(0, 1).toUpperCase(Locale.ROOT) + c.key().substring(1);
    }

    private void clearFilters() {
        viewModel.kindProperty().set(AnnotationsPanelViewModel.KindFilter.ALL);
        viewModel.colourProperty().set(null);
        viewModel.tagProperty().set("");
    }

    /** "Highlights · Yellow · #war", or empty when nothing but the text search narrows the list. */
    private String filterSummary() {
        List<String> parts = new ArrayList<>();
        if (viewModel.kindProperty().get() != AnnotationsPanelViewModel.KindFilter.ALL) {
            parts.add(viewModel.kindProperty().get().toString());
        }
        if (viewModel.colourProperty().get() != null) {
            parts.add(colourName(viewModel.colourProperty().get()));
        }
        String tag = viewModel.tagProperty().get();
        if (!tag.isBlank()) {
            parts.add(tag.startsWith("#") ? tag : "#" + tag);
        }
        return parts.isEmpty() ? "" : "Showing " + String.join(" · ", parts);
    }

}
