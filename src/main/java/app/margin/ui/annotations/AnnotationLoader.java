package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.Placement;
import app.margin.ui.queue.Background;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * Reads an article's annotations from the store, in order with the writes, and finds where each sits in the text
 * (fuzzily, if the text changed) on the background runner, off the FX thread; what it found comes back on the FX
 * thread. Once they are read, the article's content hash is worked out too.
 */
final class AnnotationLoader {

    /** What the store holds for one article. */
    record Loaded(List<Note> notes, List<Bookmark> bookmarks) {}

    /** Hears, on the FX thread, what was read for an article and where each annotation was found. */
    interface Found {
        void accept(ArticleLayout layout, Loaded loaded, Map<Anchor, Optional<Placement>> placements);
    }

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Writer writer;
    private final Background background;

    AnnotationLoader(Writer writer, Background background) {
        this.writer = writer;
        this.background = background;
    }

    /**
     * Reads and places {@code layout}'s annotations, then hands them to {@code found} on the FX thread. A store
     * that cannot be read shows in the save state; placing that fails is logged.
     */
    void load(ArticleLayout layout, ContentHashTask contentHash, Found found) {
        String articleId = layout.article().id();
        writer.read(store -> new Loaded(store.notes(articleId), store.bookmarks(articleId)),
                loaded -> background.run(() -> {
                    Map<Anchor, Optional<Placement>> placements = placeAll(layout, loaded);
                    // The store opens after the first frame, so the hash's tenth of a second (for a long book)
                    // no longer competes with painting it.
                    contentHash.start();
                    return placements;
                }, placements -> found.accept(layout, loaded, placements), AnnotationLoader::placingFailed));
    }

    /** Off the FX thread: where each loaded annotation sits in this layout. */
    static Map<Anchor, Optional<Placement>> placeAll(ArticleLayout layout, Loaded loaded) {
        AnchorResolver placer = new AnchorResolver(layout);
        Map<Anchor, Optional<Placement>> found = new HashMap<>();
        loaded.notes().forEach(n -> found.computeIfAbsent(n.anchor(), placer::resolve));
        loaded.bookmarks().forEach(b -> found.computeIfAbsent(b.anchor(), placer::resolve));
        return found;
    }

    private static void placingFailed(Throwable error) {
        if (error instanceof RejectedExecutionException) {
            return; // Margin is closing (the background threads are gone): there is no window to place them in.
        }
        LOG.log(System.Logger.Level.ERROR, "the annotations could not be placed in the article", error);
    }
}
