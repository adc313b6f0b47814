package app.margin.article.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitHeightDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The document's bookmarks (its outline), nested, each with the page and height it points at. Only a bookmark's
 * destination or a go-to action inside the document is looked at; any other action (a link out, JavaScript, a launch)
 * is neither run nor followed, and such a bookmark is left out. A bookmark tree that loops, or holds more than
 * {@link #MAX_ENTRIES} entries or deeper than {@link #MAX_DEPTH}, is read only up to there.
 */
final class Bookmarks {
    static final int MAX_ENTRIES = 5_000;
    static final int MAX_DEPTH = 12;

    private Bookmarks() {}

    /**
     * @param page  0-based page index
     * @param x     the left end it points at, in points from the page's left edge, or NaN when it names none
     * @param y     the height it points at, in points down from the page's top, or NaN for the page's top
     * @param level 1 for a top-level bookmark
     */
    record Entry(String title, int level, int page, float x, float y) {}

    static List<Entry> read(PDDocument document) {
        List<Entry> out = new ArrayList<>();
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                walk(document, outline, 1, out, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        } catch (IOException | RuntimeException e) {
            // A broken outline is no outline: the headings found in the text stand in for it.
        }
        return out;
    }

    private static void walk(PDDocument document, PDOutlineNode node, int level, List<Entry> out, Set<Object> seen)
            throws IOException {
        if (level > MAX_DEPTH) {
            return;
        }
        PDOutlineItem item = node.getFirstChild();
        while (item != null && out.size() < MAX_ENTRIES && seen.add(item.getCOSObject())) {
            String title = item.getTitle() == null ? "" : Letters.plain(item.getTitle()).strip().replaceAll("\\s+", " ");
            int[] page = place(document, item);
            if (!title.isEmpty() && page != null) {
                var box = document.getPage(page[0]).getCropBox();
                out.add(new Entry(title, level, page[0],
                        page[2] == Integer.MIN_VALUE ? Float.NaN : page[2] - box.getLowerLeftX(),
                        page[1] == Integer.MIN_VALUE ? Float.NaN : box.getUpperRightY() - page[1]));
            }
            walk(document, item, level + 1, out, seen);
            item = item.getNextSibling();
        }
    }

    /** The page index, the top and the left it points at (Integer.MIN_VALUE when none), or null. */
    private static int[] place(PDDocument document, PDOutlineItem item) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null) {
            PDAction action = item.getAction();
            if (action instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            } else {
                return null; // links out, JavaScript, launches: never followed
            }
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (!(destination instanceof PDPageDestination target)) {
            return null;
        }
        int index = target.retrievePageNumber();
        if (index < 0 || index >= document.getNumberOfPages()) {
            return null;
        }
        int top = Integer.MIN_VALUE;
        int left = Integer.MIN_VALUE;
        if (target instanceof PDPageXYZDestination xyz) {
            top = xyz.getTop();
            left = xyz.getLeft() == -1 ? Integer.MIN_VALUE : xyz.getLeft();
        } else if (target instanceof PDPageFitWidthDestination fitWidth) {
            top = fitWidth.getTop();
        } else if (target instanceof PDPageFitRectangleDestination rectangle) {
            top = rectangle.getTop();
        } else if (target instanceof PDPageFitHeightDestination) {
            top = Integer.MIN_VALUE;
        }
        // PDFBox answers -1 for a missing top.
        return new int[] {index, top == -1 ? Integer.MIN_VALUE : top, left};
    }
}
