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
 * @param newestGoodBackup the newest backup that passes SQLite's check, the one to offer for restoring
 */
public record OpenResult(
        AnnotationStore store,
        Optional<Path> movedAside,
        Optional<String> problem,
        List<Path> backups,
        Optional<Path> newestGoodBackup) {

    public OpenResult {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(movedAside, "movedAside");
        Objects.requireNonNull(problem, "problem");
        backups = List.copyOf(backups);
        Objects.requireNonNull(newestGoodBackup, "newestGoodBackup");
    }
}
