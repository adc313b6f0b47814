package app.margin.model;

/**
 * Where the reader was in an article: the line at the top of the pane, named by the paragraph that holds it
 * and the character offset where that line starts, so a paragraph longer than the screen is resumed at the
 * same line rather than at its top.
 *
 * @param articleId      the article
 * @param sectionId      the section being read
 * @param paragraphIndex paragraph within that section (-1 for its heading)
 * @param offset         character offset, within that paragraph, of the line at the top of the pane (0 for its
 *                       first line)
 * @param fraction       how far through the article (0..1), for the library and status bar
 */
public record ReadingPosition(String articleId, String sectionId, int paragraphIndex, int offset, double fraction) {

    public ReadingPosition {
        offset = Math.max(0, offset);
    }

    /** A position at the start of a paragraph (positions saved before offsets were kept). */
    public ReadingPosition(String articleId, String sectionId, int paragraphIndex, double fraction) {
        this(articleId, sectionId, paragraphIndex, 0, fraction);
    }
}
