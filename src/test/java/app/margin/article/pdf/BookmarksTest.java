package app.margin.article.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class BookmarksTest {

    private static PDDocument pages(int count) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < count; i++) {
            document.addPage(new PDPage(PDRectangle.A4));
        }
        document.getDocumentCatalog().setDocumentOutline(new PDDocumentOutline());
        return document;
    }

    private static PDOutlineItem bookmark(PDDocument document, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        document.getDocumentCatalog().getDocumentOutline().addLast(item);
        return item;
    }

    private static PDPageXYZDestination at(PDPage page, int left, int top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(left);
        destination.setTop(top);
        return destination;
    }

    @Test
    void aBookmarkOnATurnedPagePointsWhereALinkToTheSamePlaceDoes() throws Exception {
        try (PDDocument document = pages(2)) {
            PDPage turned = document.getPage(1);
            turned.setRotation(90);
            PDPageXYZDestination place = at(turned, 100, 700);
            bookmark(document, "A landscape table").setDestination(place);

            List<Bookmarks.Entry> entries = Bookmarks.of(document).all();

            Destinations.Place link = new Destinations(document).of(place.getCOSObject());
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.page()).isEqualTo(1);
                // Turned a quarter clockwise, the page shows user space's height across and its left down.
                assertThat(e.x()).isEqualTo(link.x()).isEqualTo(700f);
                assertThat(e.y()).isEqualTo(link.y()).isEqualTo(100f);
            });
        }
    }

    @Test
    void aNamedBookmarkIsLookedUpInTheLeafWhoseLimitsHoldItsName() throws Exception {
        try (PDDocument document = pages(3)) {
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.KIDS, new COSArray(List.of(
                    leaf("alpha", "beta", at(document.getPage(1), 72, 500).getCOSObject()),
                    leaf("section.2", "section.9", at(document.getPage(2), 72, 400).getCOSObject()))));
            COSDictionary names = new COSDictionary();
            names.setItem(COSName.DESTS, root);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
            bookmark(document, "Two").setDestination(new PDNamedDestination("section.9"));
            bookmark(document, "Nowhere").setDestination(new PDNamedDestination("gamma"));

            List<Bookmarks.Entry> entries = Bookmarks.of(document).all();

            float top = PDRectangle.A4.getUpperRightY();
            assertThat(entries).containsExactly(new Bookmarks.Entry("Two", 1, 2, 72, top - 400));
        }
    }

    /** A leaf of a name tree holding two names, both for {@code place}. */
    private static COSDictionary leaf(String low, String high, COSArray place) {
        COSDictionary leaf = new COSDictionary();
        leaf.setItem(COSName.LIMITS, new COSArray(List.of(new COSString(low), new COSString(high))));
        leaf.setItem(COSName.NAMES, new COSArray(List.of(new COSString(low), place, new COSString(high), place)));
        return leaf;
    }

    @Test
    void theBeginningsBookmarksAreTheOutlinesFirstOnesAndTheRestFollowInOrder() throws Exception {
        try (PDDocument document = pages(4)) {
            for (int i = 0; i < 4; i++) {
                bookmark(document, "Chapter " + (i + 1)).setDestination(at(document.getPage(i), 72, 700));
            }

            Bookmarks bookmarks = Bookmarks.of(document);

            assertThat(bookmarks.through(2)).extracting(Bookmarks.Entry::title)
                    .containsExactly("Chapter 1", "Chapter 2", "Chapter 3");
            assertThat(bookmarks.all()).extracting(Bookmarks.Entry::page).containsExactly(0, 1, 2, 3);
        }
    }
}
