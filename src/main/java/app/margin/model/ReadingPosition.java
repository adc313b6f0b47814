package app.margin.model;

/**
 * Where the reader was in an article.
 *
 * @param articleId      the article
 * @param sectionId      the section being read
 * @param paragraphIndex paragraph within that section (-1 for its heading)
 * @param fraction       how far through the article (0..1), for the library and status bar
 */
public record ReadingPosition(String articleId, String sectionId, int paragraphIndex, double fraction) {}
