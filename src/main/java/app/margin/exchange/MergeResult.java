package app.margin.exchange;

import app.margin.store.ImportOutcome;

/**
 * What merging an import did, counting notes and bookmarks together.
 *
 * @param added        annotations that were not in the store and now are
 * @param updated      annotations the import had in a newer version, now replaced by it
 * @param unchanged    annotations the store already held exactly as imported
 * @param skippedOlder annotations the store holds in a version at least as new, so the import's was not taken
 * @param otherArticle annotations whose id belongs to another article's annotation, which was left alone
 */
public record MergeResult(int added, int updated, int unchanged, int skippedOlder, int otherArticle) {

    static MergeResult of(ImportOutcome outcome) {
        return new MergeResult(outcome.added(), outcome.updated(), outcome.unchanged(), outcome.skippedOlder(),
                outcome.otherArticle());
    }

    public boolean changedAnything() {
        return added + updated > 0;
    }

    /** Everything the import did not add or update. */
    public int left() {
        return unchanged + skippedOlder + otherArticle;
    }

    /**
     * "3 added, 1 updated, 4 left as they were (2 already up to date, 1 older copy, 1 with the id of another
     * article's note)" for the reader; the parenthesis names only what occurred.
     */
    public String summary() {
        StringBuilder why = new StringBuilder();
        part(why, unchanged, "already up to date", "already up to date");
        part(why, skippedOlder, "older copy", "older copies");
        part(why, otherArticle, "with the id of another article's note", "with ids of another article's notes");
        return added + " added, " + updated + " updated, " + left() + " left as they were"
                + (why.isEmpty() ? "" : " (" + why + ")");
    }

    private static void part(StringBuilder out, int count, String one, String many) {
        if (count > 0) {
            out.append(out.isEmpty() ? "" : ", ").append(count).append(' ').append(count == 1 ? one : many);
        }
    }
}
