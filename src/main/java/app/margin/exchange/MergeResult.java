package app.margin.exchange;

/**
 * What merging an import did, counting notes and bookmarks together.
 *
 * @param added        annotations that were not in the store and now are
 * @param updated      annotations the import had in a newer version, now replaced by it
 * @param unchanged    annotations the store already held exactly as imported
 * @param skippedOlder annotations the store holds in a version at least as new, so the import's was not taken
 */
public record MergeResult(int added, int updated, int unchanged, int skippedOlder) {

    public boolean changedAnything() {
        return added + updated > 0;
    }

    /** "3 added, 1 updated, 2 already up to date, 1 older copy skipped" for the reader. */
    public String summary() {
        return added + " added, " + updated + " updated, " + unchanged + " already up to date, " + skippedOlder
                + (skippedOlder == 1 ? " older copy skipped" : " older copies skipped");
    }
}
