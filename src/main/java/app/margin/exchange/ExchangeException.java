package app.margin.exchange;

/**
 * Annotations could not be exported, imported or merged. The message is one plain sentence for the reader
 * that names the file and, for a problem inside it, the JSON path ("notes.json, at $.notes[3].text: ...");
 * the cause, if any, is for the log only.
 */
public final class ExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
