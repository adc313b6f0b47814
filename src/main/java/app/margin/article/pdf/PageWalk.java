package app.margin.article.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;

/**
 * The document's pages in order, found one at a time by walking its page tree depth first: only the nodes on the
 * way to the next page are read. PDFBox's own iterator first lists every page (which, for a manual whose page tree
 * sits in compressed object streams, unpacks most of the file before the first page), and fetching page n by index
 * walks a flat tree from its first page each time (quadratic for 10,000 pages). A node seen twice (a loop) or nested
 * deeper than {@link #MAX_DEPTH} is skipped. Pages share the document's resource cache, so fonts load once.
 */
final class PageWalk {
    static final int MAX_DEPTH = 64;

    private final PDDocument document;
    private final Deque<Position> stack = new ArrayDeque<>();
    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private static final class Position {
        final COSArray kids;
        int next;

        Position(COSArray kids) {
            this.kids = kids;
        }
    }

    PageWalk(PDDocument document) {
        this.document = document;
        COSDictionary root = document.getPages().getCOSObject();
        seen.add(root);
        COSArray kids = root.getCOSArray(COSName.KIDS);
        if (kids != null) {
            stack.push(new Position(kids));
        }
    }

    /** The next page, or null after the last. */
    PDPage next() {
        while (!stack.isEmpty()) {
            Position at = stack.peek();
            if (at.next >= at.kids.size()) {
                stack.pop();
                continue;
            }
            if (!(at.kids.getObject(at.next++) instanceof COSDictionary kid) || !seen.add(kid)) {
                continue;
            }
            COSArray kids = kid.getCOSArray(COSName.KIDS);
            if (kids != null && !COSName.PAGE.equals(kid.getCOSName(COSName.TYPE))) {
                if (stack.size() < MAX_DEPTH) {
                    stack.push(new Position(kids));
                }
                continue;
            }
            return new CachedPage(kid, document.getResourceCache());
        }
        return null;
    }

    /** A page whose resources use the document's cache, as the pages PDFBox hands out do. */
    private static final class CachedPage extends PDPage {
        private final ResourceCache cache;
        private PDResources resources;

        CachedPage(COSDictionary page, ResourceCache cache) {
            super(page);
            this.cache = cache;
        }

        @Override
        public PDResources getResources() {
            if (resources == null
                    && PDPageTree.getInheritableAttribute(getCOSObject(), COSName.RESOURCES) instanceof COSDictionary own) {
                resources = new PDResources(own, cache);
            }
            return resources;
        }
    }
}
