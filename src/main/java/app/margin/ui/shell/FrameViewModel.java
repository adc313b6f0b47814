package app.margin.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The frame around the page, as state the main window binds to: distraction-free reading (only the page and the
 * status bar), the header peeking in it, which side panes show (and whether the panel floats over the page in a
 * narrow window), and the widths the reader gave them. The panel's state is the reader's choice: in distraction-free
 * reading it says whether the panel comes back when the mode ends.
 */
public final class FrameViewModel {

    /** How near the top edge the pointer shows the header, and how far below it it must go to hide it again. */
    static final double PEEK_EDGE = 4;
    static final double PEEK_MARGIN = 24;

    private final ReadOnlyBooleanWrapper distractionFree = new ReadOnlyBooleanWrapper(this, "distractionFree");
    /** In distraction-free reading: the header shown for now (the pointer at the top edge, the menu open). */
    private final ReadOnlyBooleanWrapper headerPeek = new ReadOnlyBooleanWrapper(this, "headerPeek");
    private final ReadOnlyBooleanWrapper panelOpen = new ReadOnlyBooleanWrapper(this, "panelOpen");
    private final BooleanBinding headerShown = distractionFree.not().or(headerPeek);
    private final BooleanBinding outlineVisible = distractionFree.not();
    private final BooleanBinding panelVisible = Bindings.and(panelOpen, distractionFree.not());
    /** The window is too narrow to dock the panel beside the text at a readable measure ({@link PaneWidths}). */
    private final ReadOnlyBooleanWrapper narrow = new ReadOnlyBooleanWrapper(this, "narrow");
    private final BooleanBinding panelFloating = Bindings.and(panelVisible, narrow);
    private final PaneWidths widths = new PaneWidths();

    public ReadOnlyBooleanProperty distractionFreeProperty() {
        return distractionFree.getReadOnlyProperty();
    }

    public boolean isDistractionFree() {
        return distractionFree.get();
    }

    /** Whether the header is on screen: always, but in distraction-free reading only while it peeks. */
    public BooleanBinding headerShownProperty() {
        return headerShown;
    }

    /** Whether the outline is in the window. */
    public BooleanBinding outlineVisibleProperty() {
        return outlineVisible;
    }

    /** Whether the annotations panel is in the window. */
    public BooleanBinding panelVisibleProperty() {
        return panelVisible;
    }

    /**
     * Whether the panel is in the window floating over the page's right edge, rather than docked beside it: the
     * window is too narrow for the outline, the text at a readable measure and the panel side by side.
     */
    public BooleanBinding panelFloatingProperty() {
        return panelFloating;
    }

    /** The window's content is {@code width} wide now: the panel floats in a narrow one, and docks in a wide one. */
    void setWidth(double width) {
        narrow.set(width > 0 && PaneWidths.panelFloats(width));
    }

    /** Whether the panel is shown, or (in distraction-free reading) will be again when the mode ends. */
    public boolean isPanelShown() {
        return panelOpen.get();
    }

    /** The widths the reader gave the outline and the panel. */
    PaneWidths widths() {
        return widths;
    }

    public void toggleDistractionFree() {
        setDistractionFree(!isDistractionFree());
    }

    /** Hides the header, outline and panel, leaving the page (and the status bar); false brings them back. */
    public void setDistractionFree(boolean on) {
        if (on == isDistractionFree()) {
            return;
        }
        if (on) {
            headerPeek.set(false);
            distractionFree.set(true);
        } else {
            distractionFree.set(false);
            headerPeek.set(false);
        }
    }

    /**
     * Esc: leaves distraction-free reading, or closes the panel floating over the page; false when neither was on
     * (the key is for someone else then).
     */
    public boolean escape() {
        if (panelFloating.get()) {
            setPanelShown(false);
            return true;
        }
        if (!isDistractionFree()) {
            return false;
        }
        setDistractionFree(false);
        return true;
    }

    /** Shows or hides the panel; in distraction-free reading showing it ends the mode, hiding it keeps it hidden. */
    public void setPanelShown(boolean shown) {
        panelOpen.set(shown);
        if (shown && isDistractionFree()) {
            setDistractionFree(false);
        }
    }

    /** Shows or hides the panel; in distraction-free reading it shows it, ending the mode. */
    public void togglePanel() {
        setPanelShown(!isPanelShown() || isDistractionFree());
    }

    /** Shows the header while distraction-free reading goes on (for the menu opened from the keyboard). */
    public void peekHeader(boolean shown) {
        if (isDistractionFree()) {
            headerPeek.set(shown);
        }
    }

    /**
     * The pointer moved to {@code y} in the window: in distraction-free reading the header peeks at the top edge and
     * goes once the pointer is well below it ({@code headerHeight} tall).
     */
    public void pointerAt(double y, double headerHeight) {
        if (!isDistractionFree()) {
            return;
        }
        if (!headerPeek.get() && y <= PEEK_EDGE) {
            headerPeek.set(true);
        } else if (headerPeek.get() && y > headerHeight + PEEK_MARGIN) {
            headerPeek.set(false);
        }
    }
}
