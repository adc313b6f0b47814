package app.margin.ui.reader;

import app.margin.exchange.SheetColours;
import app.margin.model.HighlightColor;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.BlendMode;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window with a PDF's original page ({@link OriginalPageViewModel}): the page as the PDF draws it, the reader's
 * highlights laid over their words in the light theme's highlight colours (read from the stylesheet, multiplied into
 * the paper as a marker would), Page Up and Page Down for the other pages, + and − (or Ctrl, ⌘ on macOS, and the
 * wheel) to zoom, 0 for the printed size, Esc to close. It opens scrolled to the passage the reader was at, a light
 * band behind its lines ({@link OriginalPageLanding}). The reading pane behind it stays where it was.
 */
public final class OriginalPageView extends BorderPane {
    private final OriginalPageViewModel viewModel;
    private final ImageView page = new ImageView();
    /** The marks multiplied into the page, in one layer (each blended layer costs a pass over the page's pixels). */
    private final Pane marks = new Pane();
    /** The highlights' rectangles, in {@link #marks}. */
    private final Group highlights = new Group();
    /** The bands behind the reader's passage, in {@link #marks} under the highlights. */
    private final Group passage = new Group();
    private final Label status = new Label();
    private final Map<HighlightColor, Color> colours = new EnumMap<>(HighlightColor.class);
    private ScrollPane scroll;
    /** The scroll with Ctrl held not yet made a zoom step, in pixels. */
    private double wheel;
    /** How far one notch of a mouse wheel scrolls in JavaFX: one zoom step. */
    private static final double WHEEL_NOTCH = 40;

    public OriginalPageView(OriginalPageViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    /** How far from the view's edge a passage too long for the view starts, in pixels. */
    private static final double SCROLL_MARGIN = 24;

    /** Opens the window over {@code owner}, showing the page of {@code passage} scrolled to it. */
    public static Stage show(Window owner, OriginalPageViewModel viewModel, OriginalPagePassage passage,
                             String title) {
        OriginalPageView view = new OriginalPageView(viewModel);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(840, screen.getWidth() * 0.9), screen.getHeight() * 0.9);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Original Page — " + title);
        stage.setScene(scene);
        stage.setOnHidden(e -> viewModel.close());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.show();
        // A scroll pane keeps its viewport as a cached picture (ScrollPaneSkin), so the page would be drawn twice in
        // the window's first frame, into the cache and from it; a picture moved as it is scrolled needs no cache.
        javafx.scene.Node viewport = view.getCenter().lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
        // The keys go to the page from the start (Page Down turns it): without a focus owner they reached only the
        // scene, where Esc is handled, and Page Down did nothing until a click on the page.
        view.requestFocus();
        viewModel.open(passage);
        return stage;
    }

    private void createView() {
        getStyleClass().add("original-page");
        marks.setBlendMode(BlendMode.MULTIPLY);
        marks.setMouseTransparent(true);
        marks.getChildren().setAll(passage, highlights); // tints of the paper: the print stays as dark as it is
        page.getStyleClass().add("original-page-image");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane sheet = new StackPane(page, marks);
        sheet.getStyleClass().add("original-page-sheet");
        // Centred across the view when narrower than it (the view's width is the holder's least width).
        scroll = new ScrollPane(new StackPane(new Group(sheet)));
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        setCenter(scroll);
        status.getStyleClass().add("original-page-status");
        status.setPadding(new javafx.geometry.Insets(4, 10, 4, 10));
        setBottom(status);
        try {
            Map<String, String> tokens = SheetColours.light();
            for (HighlightColor c : HighlightColor.values()) {
                String hex = tokens.get("-margin-highlight-" + c.key());
                colours.put(c, hex == null ? Color.TRANSPARENT : Color.web(hex));
            }
        } catch (IOException e) {
            // No stylesheet: the page without its highlights' colours.
        }
        // Page Up and Page Down turn pages; the scroll pane would otherwise take them. + − 0 zoom, with Ctrl or not.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case PAGE_DOWN -> viewModel.next();
                case PAGE_UP -> viewModel.previous();
                case PLUS, ADD, EQUALS -> viewModel.zoomIn();
                case MINUS, SUBTRACT -> viewModel.zoomOut();
                case DIGIT0, NUMPAD0 -> viewModel.zoomReset();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                // A step a wheel's notch: a touchpad's many small scrolls add up to one, not a step each.
                wheel = Math.signum(wheel) == Math.signum(e.getDeltaY()) ? wheel + e.getDeltaY() : e.getDeltaY();
                if (Math.abs(wheel) >= WHEEL_NOTCH) {
                    if (wheel > 0) {
                        viewModel.zoomIn();
                    } else {
                        viewModel.zoomOut();
                    }
                    wheel = 0;
                }
                e.consume();
            }
        });
    }

    private void initListeners() {
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.imageProperty().addListener((obs, old, image) -> {
            page.setImage(image);
            fit();
            if (old == null && image != null) {
                whenLaidOut(() -> viewModel.fitSmallPage(scroll.getViewportBounds().getWidth()));
            }
        });
        viewModel.viewScaleProperty().addListener((obs, old, now) -> {
            fit();
            drawMarks();
            drawPassage();
        });
        viewModel.marks().addListener((ListChangeListener<OriginalPageViewModel.Mark>) c -> drawMarks());
        viewModel.landing().bands().addListener((ListChangeListener<OriginalPageLanding.Band>) c -> drawPassage());
        viewModel.landing().scrollProperty().addListener((obs, old, to) -> {
            if (to != null) {
                scrollTo(to);
            }
        });
    }

    /** Runs {@code action} now if the view has its size, else once it has it (the window is still opening). */
    private void whenLaidOut(Runnable action) {
        scroll.applyCss();
        scroll.layout();
        if (scroll.getViewportBounds().getHeight() > 0) {
            action.run();
            return;
        }
        scroll.viewportBoundsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o,
                                javafx.geometry.Bounds old, javafx.geometry.Bounds now) {
                if (now.getHeight() > 0) {
                    scroll.viewportBoundsProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Brings the passage into view (its first line a quarter of the way down), once the view has its size. */
    private void scrollTo(OriginalPageLanding.ScrollTo to) {
        whenLaidOut(() -> scrollInto(to));
    }

    private void scrollInto(OriginalPageLanding.ScrollTo to) {
        javafx.geometry.Bounds view = scroll.getViewportBounds();
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        double k = viewModel.viewScaleProperty().get();
        scroll.setVvalue(OriginalPageLanding.scrollValue(to.top() * k, to.bottom() * k, content.getHeight(),
                view.getHeight(), SCROLL_MARGIN));
        scroll.setHvalue(OriginalPageLanding.scrollValueAcross(to.left() * k, to.right() * k, content.getWidth(),
                view.getWidth(), SCROLL_MARGIN));
    }

    /** The bands behind the passage's lines, a little wider than its words; their colour from the stylesheet. */
    private void drawPassage() {
        passage.getChildren().clear();
        double k = viewModel.viewScaleProperty().get();
        double pad = 3 * k;
        for (OriginalPageLanding.Band b : viewModel.landing().bands()) {
            Rectangle r = new Rectangle(b.x() * k - pad, b.y() * k, b.width() * k + 2 * pad, b.height() * k);
            r.setArcWidth(2 * pad);
            r.setArcHeight(2 * pad);
            r.setFill(Color.TRANSPARENT); // the stylesheet's tint, when there is one
            r.getStyleClass().add("original-page-passage");
            passage.getChildren().add(r);
        }
    }

    /** The page's picture and its marks' layer at the size the zoom asks for. */
    private void fit() {
        javafx.scene.image.Image image = page.getImage();
        if (image != null) {
            double k = viewModel.viewScaleProperty().get();
            double before = marks.getPrefWidth();
            double[] centre = before > 0 && Math.abs(before - image.getWidth() * k) > 0.5 ? centre() : null;
            page.setFitWidth(image.getWidth() * k);
            marks.setPrefSize(image.getWidth() * k, image.getHeight() * k);
            if (centre != null) {
                keepCentre(centre);
            }
        }
    }

    /** The point of the page at the middle of the view, as fractions of the page's width and height. */
    private double[] centre() {
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        javafx.geometry.Bounds view = scroll.getViewportBounds();
        double x = (scroll.getHvalue() * Math.max(0, content.getWidth() - view.getWidth()) + view.getWidth() / 2)
                / Math.max(1, content.getWidth());
        double y = (scroll.getVvalue() * Math.max(0, content.getHeight() - view.getHeight()) + view.getHeight() / 2)
                / Math.max(1, content.getHeight());
        return new double[] {x, y};
    }

    /** Zoomed, the point that was in the middle of the view stays there (as a viewer's zoom keeps it). */
    private void keepCentre(double[] centre) {
        scroll.applyCss();
        scroll.layout();
        javafx.geometry.Bounds content = scroll.getContent().getLayoutBounds();
        javafx.geometry.Bounds view = scroll.getViewportBounds();
        double spareX = content.getWidth() - view.getWidth();
        double spareY = content.getHeight() - view.getHeight();
        if (spareX > 0) {
            scroll.setHvalue(Math.max(0, Math.min(1, (centre[0] * content.getWidth() - view.getWidth() / 2) / spareX)));
        }
        if (spareY > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (centre[1] * content.getHeight() - view.getHeight() / 2)
                    / spareY)));
        }
    }

    private void drawMarks() {
        highlights.getChildren().clear();
        double k = viewModel.viewScaleProperty().get();
        for (OriginalPageViewModel.Mark m : viewModel.marks()) {
            Rectangle r = new Rectangle(m.x() * k, m.y() * k, m.width() * k, m.height() * k);
            r.setFill(colours.getOrDefault(m.color(), Color.TRANSPARENT));
            r.getStyleClass().addAll("original-page-mark", "hl-" + m.color().key());
            highlights.getChildren().add(r);
        }
    }

    /** The page's picture as shown (for tests). */
    ImageView pageView() {
        return page;
    }

    /** The highlights' rectangles as shown (for tests). */
    Pane marksPane() {
        return marks;
    }
}
