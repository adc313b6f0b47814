package app.margin.ui.shell;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.reader.ReaderDocument;
import app.margin.ui.reader.ReaderViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which article the window shows, and how it comes: laid out off the FX thread, a long book's beginning first and
 * then the whole at the line the reader had reached, the annotations opened before the pane asks for them, the
 * article shown before kept when a new one does not fit in memory. The rest of the window is {@link MainViewModel}'s.
 */
final class ArticleShowing {

    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final Notices notices;
    private final StatusLine status;
    private final StringProperty windowTitle;
    private final Function<Article, ArticleLayout> layoutOf;
    /** What is being opened: the order articles may show in, and the status bar's word for it. */
    private final Openings openings = new Openings();

    ArticleShowing(ReaderViewModel reader, AnnotationsViewModel annotations, Notices notices, StatusLine status,
                   StringProperty windowTitle, Function<Article, ArticleLayout> layoutOf) {
        this.reader = reader;
        this.annotations = annotations;
        this.notices = notices;
        this.status = status;
        this.windowTitle = windowTitle;
        this.layoutOf = layoutOf;
    }

    /**
     * Lays the article out and builds the reading pane's text for it, ready for {@link #showArticle(ReaderDocument)}.
     * Touches nothing shown, so it may run on any thread: a long book's takes a fifth of a second.
     */
    ReaderDocument prepare(Article article) {
        return ReaderDocument.of(layoutOf.apply(article));
    }

    /** A new open, asked for now; what it reads is shown through it ({@link ArticleOpening}). */
    ArticleOpening opening() {
        return new ArticleOpening(this, openings, false);
    }

    /**
     * Shows the article, as an open of its own. If it does not fit in memory the article shown before stays (it is
     * shown again) and a notice says why; returns false then.
     */
    boolean showArticle(Article article) {
        return opening().showArticle(article);
    }

    /** As {@link #showArticle(Article)}, for an article prepared beforehand ({@link #prepare}). */
    boolean showArticle(ReaderDocument document) {
        return opening().showArticle(document);
    }

    /**
     * Shows what the library opens: each open numbered as it is asked for, each article readied on the reading
     * thread ({@link #prepare}), a long book's beginning first. The notice on screen goes as a new article shows,
     * but not as the whole book follows its beginning (a notice since then stays). {@code shown} runs after each
     * article shown, on the FX thread.
     */
    LibraryViewModel.Viewer libraryViewer(Runnable shown) {
        return () -> {
            ArticleOpening opening = new ArticleOpening(this, openings, true);
            return new LibraryViewModel.Viewer.Opening() {
                @Override
                public LibraryViewModel.Viewer.Showing prepare(Article article) {
                    ReaderDocument document = ArticleShowing.this.prepare(article);
                    return () -> ran(opening.showArticle(document), shown);
                }

                @Override
                public LibraryViewModel.Viewer.Showing prepareBeginning(Article beginning) {
                    ReaderDocument document = ArticleShowing.this.prepare(beginning);
                    return () -> ran(opening.showBeginning(document), shown);
                }

                @Override
                public void failed() {
                    opening.end();
                }
            };
        };
    }

    private static boolean ran(boolean shownNow, Runnable shown) {
        if (shownNow) {
            shown.run();
        }
        return shownNow;
    }

    /** "Opening…", "Reading the rest…" or empty: what the status bar says of what is being opened. */
    ReadOnlyStringProperty openingStatusProperty() {
        return openings.statusProperty();
    }

    /** True while only the beginning of the article is shown and the rest is still being read. */
    ReadOnlyBooleanProperty restPendingProperty() {
        return openings.restPendingProperty();
    }

    void dismissNotice() {
        notices.dismiss();
    }

    /** Lays the article out and shows it for {@code opening}; the article shown before stays if it does not fit. */
    boolean show(ArticleOpening opening, Article article) {
        ReaderDocument document;
        try {
            document = prepare(article);
        } catch (OutOfMemoryError e) {
            return tooLarge(article, reader.getLayout(), e);
        }
        return show(opening, document, false);
    }

    /**
     * Shows {@code opening}'s beginning, or its whole article. After its beginning, the whole article keeps the line
     * the reader had scrolled to at the top.
     */
    boolean show(ArticleOpening opening, ReaderDocument document, boolean beginning) {
        ArticleLayout previous = reader.getLayout();
        boolean rest = !beginning && openings.beginningOnScreen(opening.number()) && previous != null
                && previous.article().id().equals(document.layout().article().id());
        int topBlock = reader.topBlockProperty().get();
        int topOffset = reader.topOffsetProperty().get();
        try {
            show(document, beginning);
            Throwable failed = reader.takeShowFailure();
            if (failed instanceof OutOfMemoryError oom) {
                throw oom;
            }
            openings.shown(opening.number(), beginning);
            if (rest && (topBlock > 0 || topOffset > 0)) {
                SameLine same = SameLine.in(previous, topBlock, topOffset, document.layout());
                reader.jumpToLine(same.block(), same.offset());
            }
            return true;
        } catch (OutOfMemoryError e) {
            return tooLarge(document.layout().article(), previous, e);
        }
    }

    private boolean tooLarge(Article article, ArticleLayout previous, OutOfMemoryError e) {
        System.getLogger("app.margin").log(System.Logger.Level.WARNING, "out of memory opening " + article.id(), e);
        if (previous != null) {
            show(ReaderDocument.of(previous), false);
            reader.takeShowFailure();
        }
        notices.show(Notice.problem("“" + article.title() + "” is too large to open in the memory Margin has ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB). "
                + (previous != null ? "The article you were reading stays open." : "")));
        return false;
    }

    private void show(ReaderDocument document, boolean beginning) {
        // Annotations first: the pane asks them for its gutter as soon as it shows the new text. The article's
        // content hash is worked out off the FX thread (a long book's text takes a moment to hash). A beginning's
        // annotations are not read: they would be placed against text that is not there yet.
        ArticleLayout layout = document.layout();
        if (beginning) {
            annotations.openBeginning(layout);
        } else {
            annotations.open(layout);
        }
        reader.show(document, beginning);
        windowTitle.set(layout.article().title() + " — Margin");
        status.update();
    }
}
