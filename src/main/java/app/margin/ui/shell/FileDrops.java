package app.margin.ui.shell;

import app.margin.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/**
 * Files dropped on the window open as articles; one dragged over it readies the readers for it. A file named as
 * other readers name their highlights (My Clippings.txt, a KOReader sidecar, calibre's export, W3C JSON-LD) is
 * imported as annotations instead.
 */
final class FileDrops {

    private FileDrops() {
    }

    static void accept(Node target, LibraryViewModel library, Consumer<Path> annotations) {
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
                Path file = e.getDragboard().getFiles().get(0).toPath();
                if (annotationsByName(file)) {
                    annotations.accept(file);
                } else {
                    library.openFile(file);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Whether the file's name is one other readers give their highlights. */
    static boolean annotationsByName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.equals("my clippings.txt") || name.endsWith(".lua") || name.endsWith(".calibre_highlights")
                || name.endsWith(".jsonld");
    }
}
