package app.margin.ui.annotations;

import app.margin.article.ContentHash;
import app.margin.model.ArticleLayout;
import app.margin.ui.queue.Background;

/**
 * Opens an article's annotations: shows the article with none on it, starts its content hash (which new annotations
 * carry) off the FX thread, and has its stored annotations read and placed ({@link AnnotationLoader}); after the
 * store is swapped, opens the same article again. Used on the FX thread.
 */
final class AnnotationOpening {

    private final OpenAnnotations open;
    private final NotesViewModel notes;
    private final AnnotationLoader loader;
    private final Background background;

    AnnotationOpening(OpenAnnotations open, NotesViewModel notes, AnnotationLoader loader, Background background) {
        this.open = open;
        this.notes = notes;
        this.loader = loader;
        this.background = background;
    }

    /** The whole article: its annotations are read and placed, its content hash worked out off the FX thread. */
    void open(ArticleLayout layout) {
        open(layout, hashOf(layout), true);
    }

    /** The beginning of a long article: none of its annotations is read yet; the whole article follows. */
    void openBeginning(ArticleLayout beginning) {
        open(beginning, hashOf(beginning), false);
    }

    /** The whole article, whose content hash is known. */
    void open(ArticleLayout layout, String contentHash) {
        open(layout, ContentHashTask.known(contentHash), true);
    }

    /** The open article again, its annotations read anew (the store was swapped); nothing when none is open. */
    void reopen() {
        if (open.layout() != null) {
            open(open.layout(), open.contentHashTask(), true);
        }
    }

    private ContentHashTask hashOf(ArticleLayout layout) {
        return new ContentHashTask(() -> ContentHash.of(layout.article()), background.worker());
    }

    private void open(ArticleLayout layout, ContentHashTask contentHash, boolean read) {
        open.reset(layout, contentHash);
        notes.reset();
        if (read) {
            loader.load(layout, contentHash, open::showLoaded);
        }
    }
}
