package app.margin.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What opening a data folder produced: the store, and what the reader should be told.
 *
 * @param store            the open store, ready to use
 * @param movedAside       where the previous notes file was moved when it could not be used (damaged, or
 *                         replaced by a restore); it is kept untouched
 * @param problem          a message for the reader when something was wrong, in plain words
 * @param backups          the daily backups in the data folder, newest first
 * @param newestGoodBackup the newest backup that passes SQLite's check and holds notes (else the newest that
 *                         passes), the one to offer for restoring
 * @param problemKind      what kind of problem {@code problem} describes (damaged, read-only...), so that the UI
 *                         can act on it; present exactly when {@code problem} is
 */
public record OpenResult(
        AnnotationStore store,
        Optional<Path> movedAside,
        Optional<String> problem,
        List<Path> backups,
        Optional<Path> newestGoodBackup,
        Optional<StoreException.Kind> problemKind) {

    /** A result whose problem, if any, is of kind {@link StoreException.Kind#OTHER}. */
    public OpenResult(AnnotationStore store, Optional<Path> movedAside, Optional<String> problem, List<Path> backups,
            Optional<Path> newestGoodBackup) {
        this(store, movedAside, problem, backups, newestGoodBackup,
                problem.map(p -> StoreException.Kind.OTHER));
    }

    public OpenResult {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(movedAside, "movedAside");
        Objects.requireNonNull(problem, "problem");
        backups = List.copyOf(backups);
        Objects.requireNonNull(newestGoodBackup, "newestGoodBackup");
        problemKind = problem.isPresent() ? problemKind.or(() -> Optional.of(StoreException.Kind.OTHER))
                : Optional.empty();
    }
}
