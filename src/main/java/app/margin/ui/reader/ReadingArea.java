package app.margin.ui.reader;

import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import app.margin.model.ParagraphForm;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.RichTextChange;
import org.reactfx.EventStream;

/**
 * The reading pane's text area: paragraph and text styles are CSS style classes. The paragraph with the
 * {@value #END_SPACE} class has room below it ({@link #setEndRoom}): up to nearly a screen while a jump brings the
 * last section's heading to the top of the pane like any other, else a margin (the wheel stops where End does).
 */
public final class ReadingArea extends GenericStyledArea<ParagraphLook, String, Collection<String>> {

    static final String END_SPACE = "end-space";

    static final String BODY = "body";

    /** A preformatted paragraph (code): a monospace block, its own line spacing rather than the reader's setting. */
    static final String CODE_BLOCK = "code-block";

    private final ObjectProperty<Insets> endSpace;
    /** The most room the last paragraph is given: nearly a screen. */
    private double endRoomCap;
    /** The room last asked for, given as far as the cap allows. */
    private double endRoomWanted;
    private final DoubleProperty bodyLineSpacing;
    /** What the left of each paragraph shows: the annotations' gutter, then a list item's marker. */
    private IntFunction<Node> gutter = index -> null;
    private final Markers markers = new Markers(this);
    private Figures figures = Figures.NONE;
    private final CellGaps.Line tableLine = new CellGaps.Line();
    private final TableFit.Scales tableScales = new TableFit.Scales();
    private final CodeFit.Column codeColumn = new CodeFit.Column();

    public ReadingArea() {
        this(new SimpleObjectProperty<>(Insets.EMPTY), new SimpleDoubleProperty(8), new ReadingArea[1]);
    }

    private ReadingArea(ObjectProperty<Insets> endSpace, DoubleProperty bodyLineSpacing, ReadingArea[] self) {
        super(ParagraphLook.of(), (flow, look) -> {
            if (self[0] != null) {
                self[0].applyParagraphStyle(flow, look);
            } else {
                flow.getStyleClass().addAll(look.classes()); // the empty first paragraph, while the area is made
            }
        }, List.of(), new SimpleEditableStyledDocument<>(ParagraphLook.of(), List.of()), SegmentOps.styledTextOps(),
                false, ReadingArea::nodeOf);
        self[0] = this; // the paragraph style function reaches the area's figures, set after it is made
        this.endSpace = endSpace;
        this.bodyLineSpacing = bodyLineSpacing;
        setParagraphGraphicFactory(this::leftOf);
        // The text is read-only: an undo manager would keep the whole article's text per replace, and it is the
        // one subscriber of multiPlainChanges() that would ask a change for more than its position and lengths.
        setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        // Nothing is typed into the page, so it takes no input method: with one, focusing the page opened the X
        // input method (reading the locale's Compose table) before the first frame, ~6 ms. A note's text field
        // still has it.
        setOnInputMethodTextChanged(null);
        setInputMethodRequests(null);
        addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> TableOpeners.contextMenu(this, e));
        heightProperty().addListener((obs, old, h) -> {
            endRoomCap = Math.max(0, h.doubleValue() * 0.85);
            setEndRoom(endRoomWanted);
        });
    }

    /** The room below the last paragraph now, in pixels. */
    double endRoom() {
        return endSpace.get().getBottom();
    }

    /** Sets the room below the last paragraph, at most nearly a screen. */
    void setEndRoom(double pixels) {
        endRoomWanted = pixels;
        double room = Math.max(0, Math.min(pixels, endRoomCap));
        if (room != endRoom()) {
            endSpace.set(new Insets(0, 0, room, 0));
        }
    }

    /**
     * The area's text changes, as its caret and selection follow them. RichTextFX's own version spells out the
     * whole removed and inserted text of every change, once for each subscriber, to tell a text change from a
     * style-only one: showing a long book built its 18 MB of text twice on the FX thread (57 ms, 56 MB of
     * garbage, a tenth of its first open). Here a change whose lengths differ is a text change without looking at
     * the text, and a change's text is spelled out only when someone asks for it ({@link LazyPlainTextChange}).
     * The caret and selection, this stream's only subscribers (the area has no undo manager), ask for positions and
     * lengths alone.
     */
    @Override
    public EventStream<List<PlainTextChange>> multiPlainChanges() {
        return multiRichChanges()
                .map(changes -> changes.stream()
                        .filter(change -> !sameText(change))
                        .<PlainTextChange>map(LazyPlainTextChange::new)
                        .toList())
                .filter(changes -> !changes.isEmpty());
    }

    static boolean sameText(RichTextChange<?, ?, ?> change) {
        return change.getRemoved().length() == change.getInserted().length() && change.isPlainTextIdentity();
    }

    /** Extra space between the lines of body paragraphs, in pixels (the reader's line-spacing setting). */
    public DoubleProperty bodyLineSpacingProperty() {
        return bodyLineSpacing;
    }

    /**
     * Copies the selection as plain text (the words, table cells split by tabs) and as HTML with its emphasis,
     * code, links, lists and table rows, so a word processor or a notes app keeps them.
     */
    @Override
    public void copy() {
        javafx.scene.control.IndexRange range = getSelection();
        if (range.getLength() == 0) {
            return;
        }
        var start = offsetToPosition(range.getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        var end = offsetToPosition(range.getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward);
        List<SelectionHtml.Part> parts = new java.util.ArrayList<>();
        for (int p = start.getMajor(); p <= end.getMajor(); p++) {
            var paragraph = getParagraph(p);
            int from = p == start.getMajor() ? start.getMinor() : 0;
            int to = p == end.getMajor() ? end.getMinor() : paragraph.length();
            if (to > from) {
                parts.add(new SelectionHtml.Part(paragraph.getText(), paragraph.getParagraphStyle().form(), from, to));
            }
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(getSelectedText());
        content.putHtml(SelectionHtml.of(parts));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * What shows left of the paragraphs: {@code gutter}'s node (bookmarks, section notes) for each index. The area
     * puts a list item's marker after it.
     */
    public void setGutterFactory(IntFunction<Node> gutter) {
        this.gutter = gutter;
        setParagraphGraphicFactory(this::leftOf);
    }

    /**
     * As {@link #setGutterFactory(IntFunction)}, its nodes {@code width} wide: a code block made before any is laid
     * out is fitted to the line less that ({@link CodeFit}).
     */
    public void setGutterFactory(IntFunction<Node> gutter, double width) {
        codeColumn.assumeBeside(width);
        setGutterFactory(gutter);
    }

    /** Who draws figures' pictures; until set, a figure shows its caption only. */
    public void setFigures(Figures figures) {
        this.figures = figures;
    }

    /**
     * Marks pictures with a style class each (a find hit among the words inside them), the others unmarked: those
     * shown now at once, those drawn later as they are drawn.
     */
    public void markPictures(java.util.Map<app.margin.model.Picture, String> marks) {
        figures.mark(marks);
    }

    double fontSize() {
        return markers.fontSize();
    }

    /**
     * Opens the table the caret is in as a grid ({@link TableGrid}), or else the first table showing in the pane
     * (scrolling leaves the caret where it was); false when there is none.
     */
    public boolean openTableAtCaret() {
        return TableOpeners.openAtCaretOrInView(this);
    }

    /** The reader's font size in pixels: list indents follow it. */
    public void setFontSize(double pixels) {
        markers.setFontSize(pixels);
        setParagraphGraphicFactory(this::leftOf);
    }

    private Node leftOf(int index) {
        Node left = gutter.apply(index);
        if (index >= getParagraphs().size()) {
            return left;
        }
        if (left != null && TableOpeners.startsTable(this, index)) {
            return TableOpeners.withOpener(left, this, index); // in the gutter: the row keeps its columns' place
        }
        var paragraph = getParagraph(index);
        Node marker = markers.nodeFor(paragraph.getParagraphStyle().form(), paragraph::getText);
        if (marker == null) {
            return left;
        }
        if (left == null) {
            return marker;
        }
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(left, marker);
        both.setFillHeight(true);
        return both;
    }

    /** A short centred line in the room above the paragraph (a scene break); not part of the text or its layout. */
    private static void ruleAbove(TextFlow flow) {
        javafx.scene.layout.Region rule = new javafx.scene.layout.Region();
        rule.getStyleClass().add("scene-rule");
        rule.setManaged(false);
        Runnable place = () -> rule.resizeRelocate(flow.getWidth() * 0.3,
                Math.max(0, flow.getPadding().getTop() / 2 - 0.5), flow.getWidth() * 0.4, 1);
        flow.widthProperty().addListener((o, a, b) -> place.run());
        flow.paddingProperty().addListener((o, a, b) -> place.run());
        flow.getChildren().add(rule);
        place.run();
    }

    /**
     * A run of text as the page draws it: a table row's tab as the gap to the next cell's column, other text as
     * text with its classes.
     */
    private static Node nodeOf(StyledSegment<String, Collection<String>> segment) {
        if (segment.getStyle().contains(CellGap.STYLE) && segment.getSegment().length() == 1) {
            return new CellGap();
        }
        return StyledTextArea.createStyledTextNode(segment, ReadingArea::applyTextStyle);
    }

    /**
     * A run's classes; a superscript or a note reference is raised and a subscript lowered by a share of its own
     * size (JavaFX text has no baseline shift: the run is moved as drawn, the line keeps its place). The table grid's
     * cells set their runs the same way.
     */
    static void applyTextStyle(javafx.scene.text.Text text, Collection<String> classes) {
        text.getStyleClass().addAll(classes);
        double shift = classes.contains("sup") || classes.contains("noteref") ? -0.45
                : classes.contains("sub") ? 0.25 : 0;
        if (shift != 0) {
            text.translateYProperty().bind(Bindings.createDoubleBinding(
                    () -> text.getFont().getSize() * shift, text.fontProperty()));
        }
    }

    private void applyParagraphStyle(TextFlow flow, ParagraphLook look) {
        flow.getStyleClass().addAll(look.classes());
        if (look.contains(BODY)) {
            flow.lineSpacingProperty().bind(bodyLineSpacing);
        }
        if (look.contains(END_SPACE) && look.contains(CODE_BLOCK)) {
            // A code block keeps its own inset and surface: the room goes below its paragraph's box instead.
            flow.parentProperty().addListener((o, was, box) -> {
                if (box instanceof javafx.scene.layout.Region region) {
                    region.paddingProperty().bind(endSpace);
                }
            });
        } else if (look.contains(END_SPACE)) {
            flow.paddingProperty().bind(endSpace);
        }
        ParagraphForm form = look.form();
        if (form.align() == ParagraphForm.Align.CENTER || form.role() == ParagraphForm.Role.FIGURE) {
            flow.setTextAlignment(TextAlignment.CENTER);
        } else if (form.align() == ParagraphForm.Align.END) {
            flow.setTextAlignment(TextAlignment.RIGHT);
        }
        if (look.columns() != null) {
            CellGaps.attach(flow, look.columns(), form, this::fontSize, tableLine, tableScales);
        }
        if (look.contains(CODE_BLOCK)) {
            CodeFit.attach(flow, form, this::fontSize, () -> getWidth() - snappedLeftInset() - snappedRightInset(),
                    codeColumn);
        }
        if (form.ruleAbove()) {
            ruleAbove(flow);
        }
        if (form.picture() != null && !look.contains(END_SPACE)) {
            figures.show(flow, form.picture());
        }
    }
}
