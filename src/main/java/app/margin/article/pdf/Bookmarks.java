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


    /**
     * @param page  0-based page index
     * @param x     the left end it points at, in points from the page's left edge, or NaN when it names none
     * @param y     the height it points at, in points down from the page's top, or NaN for the page's top
     * @param level 1 for a top-level bookmark
     */
    record Entry(String title, int level, int page, float x, float y) {}

    /** A bookmark found in the outline, its place not looked up yet. */
    private record Item(String title, int level, PDOutlineItem item) {}

    private final List<Item> items = new ArrayList<>();
    private final List<Entry> placed = new ArrayList<>();
    private Pages pages;
    private int next;

    /**
     * The document's outline, walked now (titles and levels); each bookmark's place is looked up only when asked
     * for, in outline order, because in a large file each lookup may cost milliseconds (a destination inside a
     * compressed object stream unpacks the whole stream).
     */
    static Bookmarks of(PDDocument document) {
        Bookmarks bookmarks = new Bookmarks();
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                bookmarks.pages = new Pages(document);
                walk(outline, 1, bookmarks.items, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        } catch (RuntimeException e) {
            bookmarks.items.clear(); // a broken outline is no outline: the headings found stand in for it
        }
        return bookmarks;
    }

    /**
     * The bookmarks placed so far and as many more, in outline order, as it takes to pass {@code pages} pages
     * (outlines run in page order, so a beginning's bookmarks are the outline's first ones).
     */
    List<Entry> through(int pages) {
        while (next < items.size() && (placed.isEmpty() || placed.get(placed.size() - 1).page() < pages)) {
            Item item = items.get(next++);
            try {
                int[] page = place(this.pages, item.item());
                if (page != null) {
                    var box = this.pages.document.getPage(page[0]).getCropBox();
                    placed.add(new Entry(item.title(), item.level(), page[0],
                            page[2] == Integer.MIN_VALUE ? Float.NaN : page[2] - box.getLowerLeftX(),
                            page[1] == Integer.MIN_VALUE ? Float.NaN : box.getUpperRightY() - page[1]));
                }
            } catch (IOException | RuntimeException e) {
                // A bookmark whose destination cannot be read is left out.
            }
        }
        return List.copyOf(placed);
    }

    List<Entry> all() {
        return through(Integer.MAX_VALUE);
    }

    /** The document's pages by their dictionaries, as destinations name them. */
    private static final class Pages {
        final PDDocument document;
        final java.util.Map<org.apache.pdfbox.cos.COSDictionary, Integer> index = new IdentityHashMap<>();

        /**
         * A named destination's target, looked up in the document's name tree by its limits, dereferencing only the
         * nodes on the way and the one value (PDFBox's own lookup makes every destination of each leaf it passes,
         * seconds for a manual with thousands of names), then in its older /Dests dictionary.
         */
        PDPageDestination named(PDNamedDestination destination) throws IOException {
            String name = destination.getNamedDestination();
            if (name == null) {
                return null;
            }
            org.apache.pdfbox.cos.COSBase value = null;
            var names = document.getDocumentCatalog().getNames();
            if (names != null && names.getDests() != null) {
                value = find(names.getDests().getCOSObject(), name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
            }
            if (value instanceof org.apache.pdfbox.cos.COSDictionary holder) {
                value = holder.getDictionaryObject(org.apache.pdfbox.cos.COSName.D);
            }
            if (value != null) {
                PDDestination found = PDDestination.create(value);
                return found instanceof PDPageDestination page ? page : null;
            }
            if (document.getDocumentCatalog().getDests() != null) {
                PDDestination old = document.getDocumentCatalog().getDests().getDestination(name);
                return old instanceof PDPageDestination page ? page : null;
            }
            return null;
        }

        private static org.apache.pdfbox.cos.COSBase find(org.apache.pdfbox.cos.COSDictionary node, byte[] name,
                int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            org.apache.pdfbox.cos.COSArray leaves = node.getCOSArray(org.apache.pdfbox.cos.COSName.NAMES);
            if (leaves != null) {
                for (int i = 0; i + 1 < leaves.size(); i += 2) {
                    if (leaves.getObject(i) instanceof org.apache.pdfbox.cos.COSString key
                            && java.util.Arrays.equals(key.getBytes(), name)) {
                        return leaves.getObject(i + 1);
                    }
                }
                return null;
            }
            org.apache.pdfbox.cos.COSArray kids = node.getCOSArray(org.apache.pdfbox.cos.COSName.KIDS);
            if (kids == null) {
                return null;
            }
            for (int i = 0; i < kids.size(); i++) {
                if (!(kids.getObject(i) instanceof org.apache.pdfbox.cos.COSDictionary kid)) {
                    continue;
                }
                org.apache.pdfbox.cos.COSArray limits = kid.getCOSArray(org.apache.pdfbox.cos.COSName.LIMITS);
                if (limits != null && limits.size() == 2
                        && limits.getObject(0) instanceof org.apache.pdfbox.cos.COSString low
                        && limits.getObject(1) instanceof org.apache.pdfbox.cos.COSString high
                        && (java.util.Arrays.compareUnsigned(name, low.getBytes()) < 0
                                || java.util.Arrays.compareUnsigned(name, high.getBytes()) > 0)) {
                    continue;
                }
                org.apache.pdfbox.cos.COSBase found = find(kid, name, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        Pages(PDDocument document) {
            this.document = document;
        }

        /** The page's index, found through its parents' page counts (not by visiting every page), or -1. */
        int indexOf(org.apache.pdfbox.pdmodel.PDPage page) {
            return index.computeIfAbsent(page.getCOSObject(), key -> document.getPages().indexOf(page));
        }
    }

    private static void walk(PDOutlineNode node, int level, List<Item> out, Set<Object> seen) {
        if (level > MAX_DEPTH) {
            return;
        }
        PDOutlineItem item = node.getFirstChild();
        while (item != null && out.size() < MAX_ENTRIES && seen.add(item.getCOSObject())) {
            String title = item.getTitle() == null ? "" : texQuotes(Letters.plain(item.getTitle()).strip()
                    .replaceAll("\\s+", " "));
            if (!title.isEmpty()) {
                out.add(new Item(title, level, item));
            }
            walk(item, level + 1, out, seen);
            item = item.getNextSibling();
        }
    }

    /** The page index, the top and the left it points at (Integer.MIN_VALUE when none), or null. */
    private static int[] place(Pages pages, PDOutlineItem item) throws IOException {
        PDDocument document = pages.document;
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
            destination = pages.named(named);
        }
        if (!(destination instanceof PDPageDestination target)) {
            return null;
        }
        int index = target.getPage() != null ? pages.indexOf(target.getPage()) : target.getPageNumber();
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

    /**
     * TeX's quotes as hyperref leaves them in a bookmark written from the source: ``Teaser Figure'' is “Teaser
     * Figure” (a new user read the raw marks in the outline). A lone ' stays an apostrophe, and '' without a `` before
     * it a double prime.
     */
    static String texQuotes(String title) {
        // Only where a `` opens a quotation: '' alone is also a double prime ("f''").
        return title.indexOf("``") < 0 ? title : title.replace("``", "\u201C").replace("''", "\u201D");
    }
}
