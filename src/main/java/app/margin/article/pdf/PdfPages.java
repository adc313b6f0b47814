package app.margin.article.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Where an opened PDF's paragraphs stand in the original: for every paragraph of the article, by section id (the
 * article's lead under {@code "#lead"}) and index, the page it starts on and that page's label. Kept beside the
 * article until the article model carries page labels itself.
 *
 * @param pageCount the document's pages
 * @param places    one for each paragraph, in reading order
 */
public record PdfPages(int pageCount, List<Place> places) {
    public PdfPages {
        places = List.copyOf(places);
    }

    /**
     * @param page  the 0-based index of the page the paragraph starts on
     * @param label that page's label ("iv", "12"), the document's own or the page's 1-based number
     */
    public record Place(String sectionId, int paragraphIndex, int page, String label) {
        public Place {
            Objects.requireNonNull(sectionId, "sectionId");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The label of a paragraph's page, or null when it is not one of these. */
    public String label(String sectionId, int paragraphIndex) {
        for (Place place : places) {
            if (place.paragraphIndex() == paragraphIndex && place.sectionId().equals(sectionId)) {
                return place.label();
            }
        }
        return null;
    }
}
