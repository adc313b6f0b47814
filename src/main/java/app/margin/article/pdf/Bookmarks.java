package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The document's bookmarks (its outline), nested, each with the page and height it points at. Only a bookmark's
 * destination or a go-to action inside the document is looked at ({@link Destinations} finds where it points); any
 * other action (a link out, JavaScript, a launch) is neither run nor followed, and such a bookmark is left out. A
 * bookmark tree that loops, or holds more than {@link #MAX_ENTRIES} entries or deeper than {@link #MAX_DEPTH}, is read
 * only up to there; one that cannot be read to its end is no outline (the headings found stand in for it).
 */
final class Bookmarks {
    static final int MAX_ENTRIES = 5_000;
    static final int MAX_DEPTH = 12;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param page  0-based page index
     * @param x     the left end it points at, in points from the shown page's left edge, or NaN when it names none
     * @param y     the height it points at, in points down from the shown page's top, or NaN for the page's top
     * @param level 1 for a top-level bookmark
     */
    record Entry(String title, int level, int page, float x, float y) {}

    /** A bookmark found in the outline, its place not looked up yet. */
    private record Item(String title, int level, PDOutlineItem item) {}

    private final Destinations destinations;
    /** The outline's items from the one walked last down to the top level, each as the next to walk at its level. */
    private final List<PDOutlineItem> path = new ArrayList<>();
    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Entry> placed = new ArrayList<>();
    private int walked;
    private boolean broken;

    private Bookmarks(Destinations destinations) {
        this.destinations = destinations;
    }

    /**
     * The document's outline, not walked yet: its bookmarks are read and placed only when asked for, in outline
     * order, because in a large file reading them all costs tens of milliseconds before the first page (the items
     * sit in compressed object streams) and each place may cost more (a destination inside such a stream unpacks
     * the whole stream).
     */
    static Bookmarks of(PDDocument document) {
        return of(document, new Destinations(document));
    }

    /**
     * The same, finding places with {@code destinations}, the one lookup of named destinations the document's links
     * use too: a name both point at is read from the name tree once.
     */
    static Bookmarks of(PDDocument document, Destinations destinations) {
        Bookmarks bookmarks = new Bookmarks(destinations);
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                bookmarks.path.add(outline.getFirstChild());
            }
        } catch (RuntimeException e) {
            bookmarks.broken = true;
        }
        return bookmarks;
    }

    /**
     * The bookmarks placed so far and as many more, in outline order, as it takes to pass {@code pages} pages
     * (outlines run in page order, so a beginning's bookmarks are the outline's first ones). Empty once the outline
     * turned out to be broken.
     */
    List<Entry> through(int pages) {
        while (!broken && (placed.isEmpty() || placed.get(placed.size() - 1).page() < pages)) {
            Item item;
            try {
                item = nextItem();
            } catch (RuntimeException e) {
                broken = true; // a broken outline is no outline: the headings found stand in for it
                break;
            }
            if (item == null) {
                break;
            }
            Destinations.Place place = place(item.item());
            if (place != null) {
                placed.add(new Entry(item.title(), item.level(), place.page(), place.x(), place.y()));
            }
        }
        return broken ? List.of() : List.copyOf(placed);
    }

    List<Entry> all() {
        return through(Integer.MAX_VALUE);
    }

    /**
     * The next item with a title, in outline order (each before its children, its children before its next sibling),
     * or null at the outline's end, after {@link #MAX_ENTRIES} or where it loops.
     */
    private Item nextItem() {
        while (!path.isEmpty() && walked < MAX_ENTRIES) {
            int last = path.size() - 1;
            PDOutlineItem item = path.get(last);
            if (item == null || !seen.add(item.getCOSObject())) {
                path.remove(last); // this level's end, or a loop back
                continue;
            }
            path.set(last, item.getNextSibling());
            if (path.size() < MAX_DEPTH) {
                path.add(item.getFirstChild());
            } else {
                path.add(null); // too deep: its children are left out
            }
            String title = title(item);
            if (!title.isEmpty()) {
                walked++;
                return new Item(title, path.size() - 1, item);
            }
        }
        return null;
    }

    private static String title(PDOutlineItem item) {
        String title = item.getTitle();
        return title == null ? "" : texQuotes(SPACES.matcher(Letters.plain(title).strip()).replaceAll(" "));
    }

    /** Where a bookmark's destination or go-to action points, or null (links out, JavaScript, launches: never). */
    private Destinations.Place place(PDOutlineItem item) {
        try {
            return placeOf(item);
        } catch (RuntimeException e) {
            return null; // a bookmark whose destination cannot be read is left out
        }
    }

    private Destinations.Place placeOf(PDOutlineItem item) {
        COSDictionary dictionary = item.getCOSObject();
        COSBase destination = dictionary.getDictionaryObject(COSName.DEST);
        if (destination == null) {
            if (!(dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action)
                    || !"GoTo".equals(action.getNameAsString(COSName.S))) {
                return null;
            }
            destination = action.getDictionaryObject(COSName.D);
        }
        return destination == null ? null : destinations.of(destination);
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
