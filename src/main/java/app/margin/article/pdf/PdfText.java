package app.margin.article.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A PDF's running text as {@link PdfLayout} read it.
 *
 * @param title       the document's title (its metadata's, or the large type at the top of its first page), or null
 * @param author      its author as its metadata gives it, or null
 * @param language    its language tag as its catalog gives it, or null
 * @param pageCount   how many pages the document has
 * @param pageLabels  every page's label, by 0-based index: the document's own ("iv", "12", "A-3") or 1, 2, 3…
 * @param paragraphs  the running text in reading order; headings are paragraphs of their own kind
 * @param bookmarks   the document's bookmarks that point into the text read, in document order, each at its
 *                    paragraph; empty when it has none
 * @param outlined    whether the document has bookmarks at all: a long manual's beginning may hold none of them,
 *                    and then still takes none of its lines for headings (its printed contents would be an outline
 *                    for a second, until the whole document's bookmarks replaced it)
 * @param pagesRead   how many pages (from the first) were read; fewer than {@code pageCount} for a beginning, or
 *                    when the time allowed ran out
 * @param remarks     plain sentences about text left out (pages that could not be read), empty when none
 * @param figures     the paragraphs that are figures (their caption, or "Figure on p. 4"), with where to cut them
 *                    from their page
 */
public record PdfText(String title, String author, String language, int pageCount, List<String> pageLabels,
                      List<PdfParagraph> paragraphs, List<Bookmark> bookmarks, boolean outlined, int pagesRead,
                      List<String> remarks, java.util.Map<PdfParagraph, PdfFigure> figures) {
    public PdfText {
        figures = java.util.Map.copyOf(figures);
        pageLabels = List.copyOf(pageLabels);
        paragraphs = List.copyOf(paragraphs);
        bookmarks = List.copyOf(bookmarks);
        remarks = List.copyOf(remarks);
    }

    /**
     * A bookmark placed in the text: its section starts before paragraph {@code paragraph} (which may be
     * {@code paragraphs().size()} for one that points past the last paragraph); {@code id}, when not null, is what
     * the document's links to its section lead to ({@code "#" + id}, see {@link LinkTargets}).
     */
    public record Bookmark(String title, int level, int paragraph, String id) {
        public Bookmark {
            Objects.requireNonNull(title, "title");
        }

        public Bookmark(String title, int level, int paragraph) {
            this(title, level, paragraph, null);
        }
    }

    public PdfText(String title, String author, String language, int pageCount, List<String> pageLabels,
            List<PdfParagraph> paragraphs, List<Bookmark> bookmarks, int pagesRead, List<String> remarks) {
        this(title, author, language, pageCount, pageLabels, paragraphs, bookmarks, !bookmarks.isEmpty(), pagesRead,
                remarks, java.util.Map.of());
    }

    /** The figure a paragraph stands for, or null. */
    public PdfFigure figure(PdfParagraph paragraph) {
        return figures.get(paragraph);
    }

    /** The label of the page a paragraph starts on. */
    public String label(PdfParagraph paragraph) {
        return pageLabels.get(paragraph.page());
    }

    PdfText withPagesRead(int read) {
        return new PdfText(title, author, language, pageCount, pageLabels, paragraphs, bookmarks, outlined, read,
                remarks, figures);
    }

    public boolean complete() {
        return pagesRead >= pageCount;
    }
}
