package app.margin.store;

/**
 * What {@link AnnotationStore#importAnnotations} did, counting notes and bookmarks together.
 *
 * @param added        annotations that were not in the store and now are
 * @param updated      annotations the import had in a newer version, now replaced by it
 * @param unchanged    annotations the store already held exactly as imported
 * @param skippedOlder annotations the store holds in a version at least as new, so the import's was not taken
 * @param otherArticle annotations whose id the store already has on another article: that one is left alone
 */
public record ImportOutcome(int added, int updated, int unchanged, int skippedOlder, int otherArticle) {

    /** Everything the import did not add or update. */
    public int left() {
        return unchanged + skippedOlder + otherArticle;
    }
}
