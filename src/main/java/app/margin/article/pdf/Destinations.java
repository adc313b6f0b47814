package app.margin.article.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Where a destination inside the document points, as a page and a place on it: an explicit one ({@code [page /XYZ
 * left top zoom]}, {@code /FitH top}, {@code /FitR …}, {@code /Fit}…), or a named one looked up in the catalog's
 * name tree ({@code /Names /Dests}) or its older {@code /Dests} dictionary. Nothing else is read: a destination is a
 * place, never an action. A name is looked up in the tree when it is first asked for, reading only the nodes on its
 * way; a tree that loops, nests deeper than {@link #MAX_DEPTH}, holds more than {@link #MAX_NAMES} names in a node or
 * more than {@link #MAX_NODES} nodes is read up to there, and all the names asked for read no more than
 * {@link #MAX_READS} nodes together. Pages are found by walking the page tree once, as far as the page asked for. Not
 * thread-safe: one document, one reader.
 */
final class Destinations {
    static final int MAX_DEPTH = 32;
    static final int MAX_NAMES = 200_000;
    static final int MAX_NODES = 50_000;
    static final int MAX_READS = 1_000_000;

    /**
     * A place in the document.
     *
     * @param page the 0-based page index
     * @param x    its left, in points from the shown page's left edge, or NaN when it names none
     * @param y    its top, in points down from the shown page's top edge, or NaN when it names none (the page's top)
     */
    record Place(int page, float x, float y) {}

    private final PDDocument document;
    /** The name tree of destinations, an empty one when the document has none; null until a name is asked for. */
    private COSDictionary tree;
    /** The name tree's nodes read for all the names asked for: a hostile tree is read only so far. */
    private int nodesRead;
    private final Map<String, Place> named = new HashMap<>();
    private final Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
    private PageWalk walk;
    private int walked;

    Destinations(PDDocument document) {
        this.document = document;
    }

    /** Where a destination (an array, a name, a string, or a dictionary holding one as /D) points, or null. */
    Place of(COSBase destination) {
        try {
            COSBase d = plain(destination);
            if (d instanceof COSDictionary holder) {
                d = plain(holder.getItem(COSName.D));
            }
            if (d instanceof COSArray explicit) {
                return explicit(explicit);
            }
            if (d instanceof COSName name) {
                return named(name.getName(), true);
            }
            if (d instanceof COSString string) {
                return named(new String(string.getBytes(), StandardCharsets.ISO_8859_1), false);
            }
        } catch (RuntimeException e) {
            // A damaged destination leads nowhere.
        }
        return null;
    }

    private Place named(String name, boolean asName) {
        if (named.containsKey(name)) {
            return named.get(name);
        }
        COSBase value = lookUp(name);
        if (value == null || asName) {
            COSBase old = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.DESTS);
            if (old instanceof COSDictionary dests) {
                COSBase found = dests.getDictionaryObject(COSName.getPDFName(name));
                value = found != null ? found : value;
            }
        }
        value = plain(value);
        if (value instanceof COSDictionary holder) {
            value = plain(holder.getItem(COSName.D));
        }
        Place place = value instanceof COSArray explicit ? explicit(explicit) : null;
        named.put(name, place);
        return place;
    }

    /**
     * A name's value in the document's name tree of destinations, found by the nodes' limits: only the nodes on the
     * way are read, and the one value (reading the whole tree of a manual with thousands of names costs a tenth of
     * a second). Names are compared as bytes; a node whose limits do not hold the name is passed over, one without
     * limits is looked into.
     */
    private COSBase lookUp(String name) {
        try {
            if (tree == null) {
                COSBase root = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.NAMES);
                tree = root instanceof COSDictionary names && names.getDictionaryObject(COSName.DESTS) instanceof
                        COSDictionary dests ? dests : new COSDictionary();
            }
            return find(tree, name.getBytes(StandardCharsets.ISO_8859_1), 0,
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        } catch (RuntimeException e) {
            return null; // a damaged tree: the name is not in it
        }
    }

    private COSBase find(COSDictionary node, byte[] name, int depth, Set<COSDictionary> seen) {
        if (depth > MAX_DEPTH || seen.size() >= MAX_NODES || nodesRead >= MAX_READS || !seen.add(node)) {
            return null;
        }
        nodesRead++;
        if (node.getDictionaryObject(COSName.NAMES) instanceof COSArray leaves) {
            for (int i = 0; i + 1 < leaves.size() && i < 2 * MAX_NAMES; i += 2) {
                if (leaves.getObject(i) instanceof COSString key && Arrays.equals(key.getBytes(), name)) {
                    return leaves.get(i + 1);
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size() && seen.size() < MAX_NODES && nodesRead < MAX_READS; i++) {
                if (kids.getObject(i) instanceof COSDictionary kid && mayHold(kid, name)) {
                    COSBase found = find(kid, name, depth + 1, seen);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** Whether a node's limits (when it has them) hold the name. */
    private static boolean mayHold(COSDictionary node, byte[] name) {
        return !(node.getDictionaryObject(COSName.LIMITS) instanceof COSArray limits && limits.size() == 2
                && limits.getObject(0) instanceof COSString low && limits.getObject(1) instanceof COSString high
                && (Arrays.compareUnsigned(name, low.getBytes()) < 0
                        || Arrays.compareUnsigned(name, high.getBytes()) > 0));
    }

    /** {@code [page /XYZ left top zoom]} and the other explicit kinds; a page given by its number is taken too. */
    private Place explicit(COSArray array) {
        if (array.size() < 1) {
            return null;
        }
        COSBase target = array.getObject(0);
        int page = target instanceof COSDictionary dictionary ? indexOf(dictionary)
                : target instanceof COSNumber number ? number.intValue() : -1;
        if (page < 0 || page >= document.getNumberOfPages()) {
            return null;
        }
        String kind = array.size() > 1 && array.getObject(1) instanceof COSName name ? name.getName() : "Fit";
        float left = Float.NaN;
        float top = Float.NaN;
        switch (kind) {
            case "XYZ" -> {
                left = number(array, 2);
                top = number(array, 3);
            }
            case "FitH", "FitBH" -> top = number(array, 2);
            case "FitV", "FitBV" -> left = number(array, 2);
            case "FitR" -> {
                left = number(array, 2);
                top = number(array, 5);
            }
            default -> {
                // The whole page: its top.
            }
        }
        if (Float.isNaN(left) && Float.isNaN(top)) {
            return new Place(page, Float.NaN, Float.NaN);
        }
        PageFrame frame = PageFrame.of(target instanceof COSDictionary dictionary ? new PDPage(dictionary)
                : document.getPage(page));
        float ux = Float.isNaN(left) ? frame.left() : left;
        float uy = Float.isNaN(top) ? frame.top() : top;
        return new Place(page, Float.isNaN(left) ? Float.NaN : frame.x(ux, uy),
                Float.isNaN(top) ? Float.NaN : frame.y(ux, uy));
    }

    private static float number(COSArray array, int index) {
        if (index >= array.size() || !(array.getObject(index) instanceof COSNumber n)) {
            return Float.NaN; // missing, or null: "as it was"
        }
        float value = n.floatValue();
        return Float.isFinite(value) ? value : Float.NaN;
    }

    /** A page's index, walking the page tree as far as it takes (once for the whole document), or -1. */
    private int indexOf(COSDictionary page) {
        Integer known = pages.get(page);
        if (known != null) {
            return known;
        }
        if (walk == null) {
            walk = new PageWalk(document);
        }
        while (true) {
            PDPage next;
            try {
                next = walk.next();
            } catch (RuntimeException e) {
                walked++; // a broken page counts, as the glyphs' pass counts it
                continue;
            }
            if (next == null) {
                return -1;
            }
            pages.put(next.getCOSObject(), walked++);
            if (next.getCOSObject() == page) {
                return walked - 1;
            }
        }
    }

    private static COSBase plain(COSBase base) {
        COSBase b = base instanceof COSObject indirect ? indirect.getObject() : base;
        return b instanceof COSNull ? null : b;
    }
}
