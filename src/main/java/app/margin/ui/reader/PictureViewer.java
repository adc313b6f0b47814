package app.margin.ui.reader;

import app.margin.model.Picture;
import app.margin.ui.queue.Background;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * A picture opened large: fitted to the window first; + and − (or Ctrl and the wheel) zoom, 0 fits again, dragging
 * pans, Esc closes.
 */
final class PictureViewer {
    private final Background background;
    private final String base;
    private final Picture picture;

    PictureViewer(Background background, String base, Picture picture) {
        this.background = background;
        this.base = base;
        this.picture = picture;
    }

    void show(Node owner) {
        Stage stage = PageWindows.over(owner, picture.alt().isBlank() ? "Picture" : picture.alt());
        Label loading = new Label("Opening the picture…");
        StackPane holder = new StackPane(loading);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // What the picture is and how to move it: the window has no other controls.
        String alt = picture.alt().isBlank() ? "" : picture.alt() + "  ·  ";
        Label hint = new Label(alt + "+ and − zoom, 0 fits, drag to pan, Esc closes");
        hint.getStyleClass().add("picture-viewer-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(scroll, null, null, hint, null);
        Scene scene = new Scene(root, 900, 700);
        PageWindows.themed(scene, owner);
        stage.setScene(scene);
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        double[] zoom = {0}; // 0: fit the window
        Runnable apply = () -> {
            Image image = view.getImage();
            if (image == null) {
                return;
            }
            if (zoom[0] <= 0) {
                view.setFitWidth(Math.min(image.getWidth(), scene.getWidth() - 20));
                view.setFitHeight(Math.min(image.getHeight(), scroll.getHeight() - 20));
            } else {
                view.setFitWidth(image.getWidth() * zoom[0]);
                view.setFitHeight(image.getHeight() * zoom[0]);
            }
            scroll.setFitToWidth(zoom[0] <= 0);
            scroll.setFitToHeight(zoom[0] <= 0);
        };
        scene.widthProperty().addListener((o, a, b) -> apply.run());
        scroll.heightProperty().addListener((o, a, b) -> apply.run());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.ESCAPE) {
                stage.close();
            } else if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                zoom[0] = Math.min(8, (zoom[0] <= 0 ? view.getFitWidth() / view.getImage().getWidth() : zoom[0]) * 1.25);
                apply.run();
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoom[0] = Math.max(0.05, (zoom[0] <= 0 ? view.getFitWidth() / view.getImage().getWidth() : zoom[0]) / 1.25);
                apply.run();
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                zoom[0] = 0;
                apply.run();
            } else {
                return;
            }
            e.consume();
        });
        scene.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() && view.getImage() != null) {
                double now = zoom[0] <= 0 ? view.getFitWidth() / view.getImage().getWidth() : zoom[0];
                zoom[0] = Math.max(0.05, Math.min(8, now * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
                apply.run();
                e.consume();
            }
        });
        background.run(() -> PictureFigures.decode(base, picture, 0, 0), image -> {
            view.setImage(image);
            view.setAccessibleText(picture.alt());
            holder.getChildren().setAll(view);
            apply.run();
        }, error -> loading.setText("This picture cannot be shown: " + error.getMessage()));
        stage.show();
    }
}
