package app.margin.store;

/** A store operation failed; the message is written for the reader, the cause for the log. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
