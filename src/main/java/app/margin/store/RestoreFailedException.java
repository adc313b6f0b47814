package app.margin.store;

/**
 * Restoring a backup failed. The database that was open before has been put back and opened again, when
 * that was possible: {@link #reopened()} is the store to go on with (null only if even that failed).
 */
public final class RestoreFailedException extends StoreException {
    private final transient AnnotationStore reopened;

    RestoreFailedException(String message, Throwable cause, AnnotationStore reopened) {
        super(message, cause);
        this.reopened = reopened;
    }

    public AnnotationStore reopened() {
        return reopened;
    }
}
