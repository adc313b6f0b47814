package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import app.margin.ui.popup.PopupFit;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The pointer on the page's links: a hand and the link's target in the status bar while over one; a click (not a
 * drag that selects) follows it; a note reference opens its note in a popover beside it, with "Go to note".
 */
final class LinkPointer {
    /** A note's popover is as wide as a comfortable line of its text. */
    private static final double NOTE_WIDTH = 420;
    /** The least height a long note's text is given in a small window: three lines or so. */
    private static final double NOTE_LEAST_HEIGHT = 80;
    private final ReadingArea area;
    private final LinksViewModel links;
    private PopOver popOver;
    private java.util.function.Consumer<String> browser = address -> { };
    private double pressX;
    private double pressY;

    LinkPointer(ReadingArea area, LinksViewModel links) {
        this.area = area;
        this.links = links;
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> over(null));
        // A jump, Back or a key moves the page under a pointer that stays still: what it was over is gone (the next
        // move of the pointer says what it is over now).
        area.estimatedScrollYProperty().addListener((obs, old, y) -> {
            if (!links.hoveredProperty().get().isEmpty()) {
                over(null);
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        links.externalRequestProperty().addListener((obs, old, address) -> {
            if (address != null) {
                links.externalRequestProperty().set(null);
                askToOpen(address);
            }
        });
        links.noteRequestProperty().addListener((obs, old, request) -> {
            if (request == null) {
                hideNote();
            } else {
                showNote(request);
            }
        });
    }

    /** Block and offset of the character under the pointer, or {@code null}. */
    private int[] placeAt(double x, double y) {
        var hit = area.hit(x, y);
        if (hit.getCharacterIndex().isEmpty()) {
            return null;
        }
        var position = area.offsetToPosition(hit.getCharacterIndex().getAsInt(), TwoDimensional.Bias.Forward);
        return new int[] {position.getMajor(), position.getMinor()};
    }

    private Span linkAt(double x, double y) {
        int[] place = placeAt(x, y);
        return place == null ? null : links.linkAt(place[0], place[1]);
    }

    private void moved(MouseEvent e) {
        over(linkAt(e.getX(), e.getY()));
    }

    private void over(Span link) {
        links.hover(link);
        area.setCursor(link == null ? Cursor.TEXT : Cursor.HAND);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || e.isShiftDown()
                || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4) {
            return; // a drag selects, a double click selects a word
        }
        int[] place = placeAt(e.getX(), e.getY());
        Span link = place == null ? null : links.linkAt(place[0], place[1]);
        if (link != null && links.follow(place[0], place[1], link)) {
            area.deselect();
            e.consume();
        }
    }

    void setBrowser(java.util.function.Consumer<String> browser) {
        this.browser = browser;
    }

    /** An address outside the book opens only after the reader has seen where it goes and said yes. */
    private void askToOpen(String address) {
        String mail = LinksViewModel.mailAddress(address);
        javafx.scene.control.ButtonType open = new javafx.scene.control.ButtonType(
                mail != null ? "Write E-mail" : "Open in Browser", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.NONE,
                mail != null ? "This link writes an e-mail to " + mail + ".\n\nOpen your mail program with it?"
                        : "This link goes to " + address
                        + "\n\nOpen it in your web browser? Margin itself never goes online.",
                open, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle("Open Link");
        ask.setHeaderText(null);
        if (area.getScene() != null) {
            ask.initOwner(area.getScene().getWindow());
        }
        ask.showAndWait().filter(open::equals).ifPresent(b -> browser.accept(address));
    }

    private void showNote(LinksViewModel.NoteRequest request) {
        VBox text = new VBox(8);
        for (LinksViewModel.NoteParagraph p : request.note()) {
            text.getChildren().add(paragraph(p));
        }
        Button go = new Button("Go to Note");
        go.setOnAction(e -> links.goToNote(request));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> links.closeNote());
        HBox buttons = new HBox(8, go, close);
        VBox box = new VBox(10, scrolling(text), buttons);
        box.getStyleClass().add("note-popover");
        box.setStyle("-fx-padding: 12;");
        box.setPrefWidth(NOTE_WIDTH);
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.getStyleClass().add("margin-popover");
            popOver.setOnHidden(e -> links.closeNote());
        }
        popOver.setContentNode(box);
        int start = area.getAbsolutePosition(request.referenceBlock(), request.referenceOffset());
        var bounds = area.getCharacterBoundsOnScreen(start, Math.min(area.getLength(), start + 1));
        Rectangle2D target = bounds.map(b -> new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()))
                .orElseGet(() -> PopupFit.onScreen(area));
        PopupFit.show(popOver, area, target, Duration.millis(80));
        go.requestFocus();
    }

    /**
     * The note's text, as tall as it is up to half the window, then scrolling: a long note leaves its buttons in
     * sight and its reference uncovered. (Its height follows the text as laid out, in the popover's own font, which
     * is the page's: a height measured before the popover shows would be in another.)
     */
    private ScrollPane scrolling(VBox text) {
        ScrollPane scroll = new ScrollPane(text);
        scroll.getStyleClass().add("popup-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double most = Math.max(NOTE_LEAST_HEIGHT, PopupFit.windowArea(area).getHeight() / 2);
        text.heightProperty().addListener((obs, old, height) ->
                scroll.setPrefViewportHeight(Math.min(most, Math.ceil(height.doubleValue()))));
        return scroll;
    }

    /** A paragraph of a note as the page sets it: a list item's marker before it, its emphasis and code kept. */
    private static TextFlow paragraph(LinksViewModel.NoteParagraph p) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("note-text");
        if (p.code()) {
            flow.getStyleClass().add("note-code");
        }
        if (p.marker() != null) {
            flow.getChildren().add(run(p.marker() + " ", List.of()));
        }
        List<String>[] classes = InlineStyles.perCharacter(ParagraphForm.PLAIN.withSpans(p.spans()), p.text().length());
        String text = p.text();
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || classes != null && classes[i] != classes[from]) {
                flow.getChildren().add(run(text.substring(from, i), classes == null ? List.of() : classes[from]));
                from = i;
            }
        }
        return flow;
    }

    private static Text run(String text, List<String> classes) {
        Text run = new Text(text);
        run.getStyleClass().add("note-run");
        run.getStyleClass().addAll(classes);
        return run;
    }

    private void hideNote() {
        if (popOver != null && popOver.isShowing()) {
            popOver.hide(Duration.ZERO);
        }
    }
}
