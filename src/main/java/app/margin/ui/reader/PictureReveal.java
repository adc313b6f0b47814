package app.margin.ui.reader;

import javafx.geometry.Bounds;

/**
 * Brings a figure's picture into view for a find hit among the words inside it ({@code Picture.text}), which the page
 * shows only in the picture: the caret at its caption's start, nothing selected, and the page moved only when the
 * paragraph, picture and all, does not already show (its top to the pane's top for a picture above its caption, its
 * bottom to the pane's bottom for one below).
 */
final class PictureReveal {
    private PictureReveal() {}

    static void show(ReadingArea area, ScrollAnchor anchor, int block) {
        area.moveTo(block, 0);
        if (shows(area, block)) {
            return;
        }
        var picture = area.getParagraph(block).getParagraphStyle().form().picture();
        if (picture != null && picture.below()) {
            area.showParagraphAtBottom(block);
        } else {
            anchor.showLine(block, 0, 0);
        }
        area.layout(); // the paragraphs now in view are known before the hits are drawn over them
    }

    /** Whether the whole of a paragraph, its picture's room included, is in the pane. */
    private static boolean shows(ReadingArea area, int block) {
        var visible = area.allParToVisibleParIndex(block);
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        if (visible.isEmpty() || pane == null) {
            return false;
        }
        Bounds box = area.getVisibleParagraphBoundsOnScreen(visible.get());
        return box.getMinY() >= pane.getMinY() && box.getMaxY() <= pane.getMinY() + area.getViewportHeight();
    }
}
