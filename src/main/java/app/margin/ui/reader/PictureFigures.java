package app.margin.ui.reader;

import app.margin.article.PictureFiles;
import app.margin.model.Picture;
import app.margin.ui.queue.Background;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;

/**
 * Draws figures' pictures above their captions (below them when the source puts the caption first). The room a
 * picture takes is known from its size before it is decoded (the markup's or its file header's,
 * {@link app.margin.model.Picture}), so the page never moves when it arrives; pictures are read and decoded on a
 * worker thread at the size they are shown, and kept in a bounded cache. A picture that cannot be shown (on the
 * network, missing, damaged, too large) is a placeholder saying why, with its alt text. A click opens it large
 * ({@link PictureViewer}).
 */
public final class PictureFigures implements Figures {
    /** Room for a picture whose size is unknown, as a share of the column's width. */
    static final double UNKNOWN_RATIO = 0.6;
    static final double UNKNOWN_WIDTH = 360;
    static final double GAP_BELOW_PICTURE = 8;
    static final double BELOW_FIGURE = 20;
    /** Decoded pixels the cache keeps: about 100 MB. */
    static final long CACHE_PIXELS = 25_000_000L;

    /** The frame's property naming the picture and width it shows, so a late decode of an older width is not used. */
    private static final String KEY = "margin-picture-key";

    private final Background background;
    private final Supplier<String> base;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, String> failures = new java.util.HashMap<>();
    private long cachedPixels;
    /** The frames drawn, to mark a find's hits in their pictures; a frame the page has let go of leaves by itself. */
    private final Map<StackPane, Picture> frames = new java.util.WeakHashMap<>();
    /** Each marked picture's style class ({@link #mark(Map)}). */
    private Map<Picture, String> marks = Map.of();
    /** The mark classes a frame may have. */
    private static final String[] MARKS = {"picture-find-hit", "picture-find-current"};
    static final double TOOLTIP_WIDTH = 480;

    /** @param base where the shown article's pictures are ({@link app.margin.model.Article#pictureBase()}) */
    public PictureFigures(Background background, Supplier<String> base) {
        this.background = background;
        this.base = base;
    }

    /** The width and height a picture is shown at in a column {@code column} pixels wide. */
    static double[] shownSize(Picture picture, double column) {
        double room = Math.max(40, column);
        if (!picture.sized()) {
            double w = Math.min(room, UNKNOWN_WIDTH);
            return new double[] {w, Math.round(w * UNKNOWN_RATIO)};
        }
        double w = Math.min(room, picture.width());
        return new double[] {Math.round(w), Math.round(w * picture.height() / picture.width())};
    }

    @Override
    public void show(TextFlow flow, Picture picture) {
        StackPane frame = new StackPane();
        frame.setManaged(false);
        frame.getStyleClass().add("picture-frame");
        frame.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        frame.setAccessibleText(PictureWords.accessible(picture)); // a table's cells too, as its words
        Tooltip tip = new Tooltip(PictureWords.tooltip(picture));
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        Tooltip.install(frame, tip);
        frames.put(frame, picture);
        mark(frame, marks.get(picture));
        flow.paddingProperty().bind(Bindings.createObjectBinding(() -> {
            double room = shownSize(picture, inner(flow))[1] + GAP_BELOW_PICTURE;
            return picture.below() ? new Insets(0, 0, room + BELOW_FIGURE, 0) : new Insets(room, 0, BELOW_FIGURE, 0);
        }, flow.widthProperty()));
        flow.widthProperty().addListener((obs, old, w) -> place(flow, frame, picture));
        if (picture.below()) {
            // Under the text: its place follows the caption's height as the column re-wraps it.
            flow.heightProperty().addListener((obs, old, h) -> place(flow, frame, picture));
        }
        flow.getChildren().add(frame);
        place(flow, frame, picture);
        frame.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 1 && e.isStillSincePress()) {
                new PictureViewer(background, base.get(), picture).show(flow);
                e.consume();
            }
        });
        frame.setCursor(javafx.scene.Cursor.HAND);
    }

    /** Marks pictures as {@link Figures#mark}: a find's "find-hit" and "find-current" as picture-find-hit, -current. */
    @Override
    public void mark(Map<Picture, String> marks) {
        this.marks = Map.copyOf(marks);
        frames.forEach((frame, picture) -> mark(frame, this.marks.get(picture)));
    }

    private static void mark(StackPane frame, String style) {
        String wanted = style == null ? null : "picture-" + style;
        for (String m : MARKS) {
            if (!m.equals(wanted)) {
                frame.getStyleClass().remove(m);
            }
        }
        if (wanted != null && !frame.getStyleClass().contains(wanted)) {
            frame.getStyleClass().add(wanted);
        }
    }

    private static double inner(TextFlow flow) {
        return flow.getWidth();
    }

    private void place(TextFlow flow, StackPane frame, Picture picture) {
        if (inner(flow) <= 0) {
            // A paragraph not laid out yet (a cell just made): its width's change places the picture. Placed now, it
            // was decoded for a 40-pixel column, read and decoded whole on a worker thread to be thrown away.
            return;
        }
        double[] size = shownSize(picture, inner(flow));
        double top = picture.below() ? Math.max(0, flow.getHeight() - size[1] - BELOW_FIGURE) : 0;
        frame.resizeRelocate(Math.max(0, (inner(flow) - size[0]) / 2), top, size[0], size[1]);
        String key = key(picture, size[0]);
        if (key.equals(frame.getProperties().get(KEY))) {
            return; // only moved (the caption re-wrapped): the picture shown is the right one
        }
        frame.getProperties().put(KEY, key);
        Image image = cache.get(key);
        if (image != null) {
            view(frame, image, size);
            return;
        }
        String failure = failures.get(picture.source());
        if (failure != null) {
            placeholder(frame, picture, failure);
            return;
        }
        placeholder(frame, picture, null);
        if (size[0] < 2) {
            return; // not laid out yet: the width's change places it again
        }
        String from = base.get();
        double scale = flow.getScene() != null && flow.getScene().getWindow() != null
                ? flow.getScene().getWindow().getOutputScaleX() : 1;
        background.run(() -> decode(from, picture, size[0] * scale, size[1] * scale), decoded -> {
            remember(key, decoded);
            if (key.equals(frame.getProperties().get(KEY))) { // not placed again at another width meanwhile
                view(frame, decoded, size);
            }
        }, error -> {
            String why = error.getMessage() == null ? "it cannot be read" : error.getMessage();
            failures.put(picture.source(), why);
            placeholder(frame, picture, why);
        });
    }

    private static String key(Picture picture, double width) {
        return Math.round(width) + " " + picture.source();
    }

    /**
     * Reads and decodes a picture at the size it is shown (0 × 0: its own size); on a worker thread. An SVG picture
     * is drawn by {@link SvgPictures}, named only here, so JSVG loads only when a page has one.
     */
    static Image decode(String base, Picture picture, double width, double height) throws Exception {
        byte[] bytes = PictureFiles.read(base, picture);
        if (PictureFiles.isSvg(picture.source(), bytes)) {
            return SvgPictures.draw(bytes, width, height);
        }
        PictureFiles.checkSize(PictureFiles.size(bytes));
        Image image = new Image(new ByteArrayInputStream(bytes), width, height, true, true);
        if (image.isError()) {
            throw new PictureFiles.PictureException("damaged or in a format Margin cannot draw");
        }
        return image;
    }

    private void remember(String key, Image image) {
        cache.put(key, image);
        cachedPixels += pixels(image);
        var oldest = cache.entrySet().iterator();
        while (cachedPixels > CACHE_PIXELS && oldest.hasNext()) {
            var e = oldest.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            cachedPixels -= pixels(e.getValue());
            oldest.remove();
        }
    }

    private static long pixels(Image image) {
        return (long) image.getWidth() * (long) image.getHeight();
    }

    private static void view(StackPane frame, Image image, double[] size) {
        ImageView view = new ImageView(image);
        view.setFitWidth(size[0]);
        view.setFitHeight(size[1]);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        frame.getChildren().setAll(view);
        frame.getStyleClass().remove("picture-placeholder");
    }

    private static void placeholder(StackPane frame, Picture picture, String why) {
        String alt = PictureWords.name(picture);
        Label label = new Label(why == null ? alt : alt + "\n(" + why + ")");
        label.setWrapText(true);
        label.getStyleClass().add("label");
        frame.getChildren().setAll(label);
        if (!frame.getStyleClass().contains("picture-placeholder")) {
            frame.getStyleClass().add("picture-placeholder");
        }
    }
}
