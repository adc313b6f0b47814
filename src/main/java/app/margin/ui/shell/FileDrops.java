package app.margin.ui.shell;

import app.margin.ui.library.LibraryViewModel;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Files dropped on the window open as articles; one dragged over it readies the readers for it. */
final class FileDrops {

    private FileDrops() {
    }

    static void accept(Node target, LibraryViewModel library) {
        target.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles()) {
                library.prepareToOpen();
            }
        });
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                library.openFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
