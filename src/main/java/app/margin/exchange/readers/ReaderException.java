package app.margin.exchange.readers;

/** A reader's file Margin cannot import from: one plain sentence that names the file and what is wrong. */
public final class ReaderException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReaderException(String message) {
        super(message);
    }

    public ReaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
