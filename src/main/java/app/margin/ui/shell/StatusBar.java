package app.margin.ui.shell;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The status bar: the section being read, then opening, whether notes are saved, time left and progress. */
final class StatusBar extends HBox {

    StatusBar(MainViewModel viewModel) {
        super(16);
        Label section = new Label();
        var hovered = viewModel.reader().links().hoveredProperty();
        section.textProperty().bind(Bindings.when(hovered.isEmpty()).then(viewModel.statusSectionProperty())
                .otherwise(hovered));
        section.setAccessibleHelp("The section being read");
        Label saved = new Label();
        saved.textProperty().bind(viewModel.saveStatusProperty());
        saved.getStyleClass().add("save-state");
        saved.setAccessibleHelp("Whether your notes are saved");
        Label timeLeft = new Label();
        timeLeft.textProperty().bind(viewModel.statusTimeLeftProperty());
        timeLeft.setAccessibleHelp("Reading time left");
        Label progress = new Label();
        progress.textProperty().bind(viewModel.statusProgressProperty());
        progress.setAccessibleHelp("How far through the article");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(section, spacer, opening(viewModel), saved, timeLeft, progress);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    /**
     * "Opening…" with a spinner while a file is read in the background, shown only when that takes longer than a
     * moment (a long book or a big page), so quick opens do not flicker; "Reading the rest…" while a long book's
     * first chapters are shown and the rest of it is read. What it says is the view model's
     * ({@link MainViewModel#openingStatusProperty()}); the listener hangs on that property itself, which the view
     * model holds for the window's life. (A binding made here and held by nothing, as before, was collected at the
     * first garbage collection: the label then kept whatever it showed, "Opening…" over a book long open.)
     */
    private static Region opening(MainViewModel viewModel) {
        ReadOnlyStringProperty status = viewModel.openingStatusProperty();
        Label label = new Label();
        label.getStyleClass().add("opening");
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().bind(status);
        PauseTransition moment = new PauseTransition(Duration.millis(300));
        moment.setOnFinished(e -> {
            if (label.getGraphic() == null) {
                // Made the first time it shows: a spinner's skin and animation are not for the first frame.
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(14, 14);
                label.setGraphic(spinner);
            }
            label.setVisible(!status.get().isEmpty());
        });
        status.addListener((obs, was, now) -> {
            if (now.isEmpty()) {
                moment.stop();
                label.setVisible(false);
            } else if (was.isEmpty()) {
                moment.playFromStart();
            }
        });
        if (!status.get().isEmpty()) {
            moment.playFromStart();
        }
        return label;
    }
}
