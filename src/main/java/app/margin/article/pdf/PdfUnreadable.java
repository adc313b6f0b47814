package app.margin.article.pdf;

/**
 * A PDF whose text cannot be read: {@link #getMessage()} is the problem as a plain clause without the file's name
 * ("it is protected by a password…"), for the importer to put after it.
 */
public class PdfUnreadable extends Exception {
    private static final long serialVersionUID = 1L;

    PdfUnreadable(String problem, Throwable cause) {
        super(problem, cause);
    }

    PdfUnreadable(String problem) {
        this(problem, null);
    }
}
