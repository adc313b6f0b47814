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
 * A picture opened large: fitted to the window first (a small one enlarged up to {@link #MOST_FIT} times, as it was
 * clicked to be seen large); + and − (or Ctrl and the wheel) zoom, 0 fits again, dragging pans, Esc closes. A picture
 * smaller than the window stays in its middle.
 */
final class PictureViewer {
    /** Fitting the window enlarges a picture at most this much. */
    static final double MOST_FIT = 4;
    /** Room left around a fitted picture, in pixels. */
    private static final double MARGIN = 20;
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
        // At least the window's size: a picture smaller than it is centred, not pinned to the top left (a new user
        // zoomed a flowchart and found it in a corner with empty room below).
        holder.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        holder.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.setPannable(true);
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
                double scale = fitScale(image.getWidth(), image.getHeight(), scene.getWidth() - MARGIN,
                        scroll.getHeight() - MARGIN);
                view.setFitWidth(image.getWidth() * scale);
                view.setFitHeight(image.getHeight() * scale);
            } else {
                view.setFitWidth(image.getWidth() * zoom[0]);
                view.setFitHeight(image.getHeight() * zoom[0]);
            }
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

    /** How much a picture of this size is scaled to fit the room: down to fit, up to {@link #MOST_FIT} times. */
    static double fitScale(double width, double height, double roomWidth, double roomHeight) {
        if (width <= 0 || height <= 0 || roomWidth <= 0 || roomHeight <= 0) {
            return 1;
        }
        return Math.min(MOST_FIT, Math.min(roomWidth / width, roomHeight / height));
    }
}
