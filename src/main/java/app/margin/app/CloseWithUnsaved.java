package app.margin.app;

import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Closing the window while changes are waiting to be saved (saving fails: a full disk, a read-only folder) asks
 * first, and says where those changes will go; closing with everything saved asks nothing.
 */
final class CloseWithUnsaved {

    private final AnnotationsViewModel annotations;
    private final Path unsavedFolder;

    CloseWithUnsaved(AnnotationsViewModel annotations, Path unsavedFolder) {
        this.annotations = annotations;
        this.unsavedFolder = unsavedFolder;
    }

    void install(Stage stage) {
        stage.setOnCloseRequest(request -> {
            if (!mayClose(stage)) {
                request.consume();
            }
        });
    }

    /** On the FX thread: true to close; asks the reader first when changes are waiting to be saved. */
    boolean mayClose(Stage owner) {
        int waiting = annotations.unsavedChanges();
        SaveState state = annotations.saveStateProperty().get();
        if (waiting == 0 || state.kind() != SaveState.Kind.FAILED) {
            return true;
        }
        ButtonType close = new ButtonType("Close and Keep Them in a File", ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType("Keep Margin Open", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, message(state.message()), close, stay);
        alert.setTitle("Unsaved changes — Margin");
        alert.setHeaderText((waiting == 1 ? "One change has" : waiting + " changes have") + " not been saved yet");
        alert.initOwner(owner);
        return alert.showAndWait().orElse(stay) == close;
    }

    String message(String why) {
        // The save state's message already says why and that Margin keeps trying; only what closing does is added.
        return (why == null || why.isBlank() ? "Margin keeps trying to save while it is open. " : why + " ")
                + "If you close now, all annotations of this article are written to a file in " + unsavedFolder
                + " (or, if that disk is full, in your temp or home folder), and File → Import Annotations reads "
                + "them back.";
    }
}
