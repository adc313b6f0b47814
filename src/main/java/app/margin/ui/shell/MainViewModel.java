package app.margin.ui.shell;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.ui.annotations.AnnotationsPanelViewModel;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.outline.OutlineViewModel;
import app.margin.ui.reader.ReaderDocument;
import app.margin.ui.reader.ReaderViewModel;
import app.margin.ui.reader.ReadingSettings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window: which article is open (a long book's beginning first), and the parts around it, each with its own job:
 * the status bar's words ({@link StatusLine}), the notice ({@link Notices}), going a step at a time
 * ({@link SectionSteps}), and the outline's marks ({@link OutlineMarks}).
 */
public final class MainViewModel {

    private final ReaderViewModel reader = new ReaderViewModel();
    private final OutlineViewModel outline = new OutlineViewModel(reader);
    private final AnnotationsViewModel annotations;
    private final AnnotationsPanelViewModel panel;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Margin");
    private final ReadingSettings settings = new ReadingSettings();
    private final StatusLine status;
    private final Notices notices;
    private final SectionSteps steps;
    private final ReadOnlyBooleanWrapper restPending = new ReadOnlyBooleanWrapper(this, "restPending");

    public MainViewModel(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        this.panel = new AnnotationsPanelViewModel(annotations, reader);
        OutlineMarks.follow(reader, annotations, outline);
        this.status = new StatusLine(reader, annotations);
        this.notices = new Notices(annotations);
        this.steps = new SectionSteps(reader, panel);
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public AnnotationsPanelViewModel panel() {
        return panel;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusSectionProperty() {
        return status.sectionProperty();
    }

    /** "12 min left · 3 min in this section", at {@value StatusLine#WORDS_PER_MINUTE} words a minute. */
    public ReadOnlyStringProperty statusTimeLeftProperty() {
        return status.timeLeftProperty();
    }

    /** "All changes saved", "Saving…", "Not saved", or that a note is too long to save. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return status.savedProperty();
    }

    public ReadingSettings settings() {
        return settings;
    }

    public ReadOnlyStringProperty statusProgressProperty() {
        return status.progressProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notices.noticeProperty();
    }

    public BooleanBinding hasNextSectionProperty() {
        return steps.hasNextProperty();
    }

    public BooleanBinding hasPreviousSectionProperty() {
        return steps.hasPreviousProperty();
    }

    /** Lays an article out; replaced in tests to run out of memory. */
    java.util.function.Function<Article, ArticleLayout> layoutOf = ArticleLayout::of;

    /**
     * Lays the article out and builds the reading pane's text for it, ready for {@link #showArticle(ReaderDocument)}.
     * Touches nothing shown, so it may run on any thread: a long book's takes a fifth of a second.
     */
    public ReaderDocument prepare(Article article) {
        return ReaderDocument.of(layoutOf.apply(article));
    }

    /**
     * Shows the article. If it does not fit in memory the article shown before stays (it is shown again) and a
     * notice says why; returns false then.
     */
    public boolean showArticle(Article article) {
        ReaderDocument document;
        try {
            document = prepare(article);
        } catch (OutOfMemoryError e) {
            return tooLarge(article, reader.getLayout(), e);
        }
        return showArticle(document);
    }

    /**
     * Shows what the library opens: each article readied on the reading thread ({@link #prepare}), a long book's
     * beginning first. The notice on screen goes as a new article shows, but not as the whole book follows its
     * beginning (a notice since then stays). {@code shown} runs after each, on the FX thread.
     */
    public LibraryViewModel.Viewer libraryViewer(Runnable shown) {
        return new LibraryViewModel.Viewer() {
            @Override
            public Runnable prepare(Article article) {
                ReaderDocument document = MainViewModel.this.prepare(article);
                return () -> showOpened(document, false, shown);
            }

            @Override
            public Runnable prepareBeginning(Article beginning) {
                ReaderDocument document = MainViewModel.this.prepare(beginning);
                return () -> showOpened(document, true, shown);
            }
        };
    }

    private void showOpened(ReaderDocument document, boolean beginning, Runnable shown) {
        if (beginning || !restPending.get()) {
            dismissNotice();
        }
        if (beginning) {
            showBeginning(document);
        } else {
            showArticle(document);
        }
        shown.run();
    }

    /**
     * True while only the beginning of the article is shown ({@link #showBeginning}) and the rest is still being
     * read.
     */
    public ReadOnlyBooleanProperty restPendingProperty() {
        return restPending.getReadOnlyProperty();
    }

    /**
     * Shows the beginning of a long article (a book's first chapters) while the rest is read; the whole article
     * follows with {@link #showArticle(ReaderDocument)}.
     */
    public void showBeginning(ReaderDocument beginning) {
        if (showArticle(beginning, true)) {
            restPending.set(true);
        }
    }

    /**
     * As {@link #showArticle(Article)}, for an article prepared beforehand ({@link #prepare}). After its beginning,
     * the whole article keeps the line the reader had scrolled to at the top.
     */
    public boolean showArticle(ReaderDocument document) {
        return showArticle(document, false);
    }

    private boolean showArticle(ReaderDocument document, boolean beginning) {
        ArticleLayout previous = reader.getLayout();
        boolean rest = restPending.get() && previous != null
                && previous.article().id().equals(document.layout().article().id());
        int topBlock = reader.topBlockProperty().get();
        int topOffset = reader.topOffsetProperty().get();
        restPending.set(false);
        try {
            show(document, beginning);
            Throwable failed = reader.takeShowFailure();
            if (failed instanceof OutOfMemoryError oom) {
                throw oom;
            }
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
        showNotice(Notice.problem("“" + article.title() + "” is too large to open in the memory Margin has ("
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

    public void showNotice(Notice n) {
        notices.show(n);
    }

    /** Puts {@code n} where {@code old} is, on screen or waiting (a problem that grew); else shows it. */
    public void replaceNotice(Notice old, Notice n) {
        notices.replace(old, n);
    }

    /** How many notices wait behind the one on screen (they show, in order, as it goes). */
    public ReadOnlyIntegerProperty waitingNoticesProperty() {
        return notices.waitingCountProperty();
    }

    public void dismissNotice() {
        notices.dismiss();
    }

    /** The reader closed the notice: it goes, and whatever waited on that runs. */
    public void noticeDismissedByReader() {
        notices.dismissedByReader();
    }

    public void nextSection() {
        steps.section(1);
    }

    public void previousSection() {
        steps.section(-1);
    }

    /** Goes to the next (or previous) bookmark, highlight or section note after the paragraph being read. */
    public void nextAnnotation(int direction) {
        steps.annotation(direction);
    }

    /** Bookmarks the line at the top of the pane, or removes the bookmark there. */
    public void toggleBookmark() {
        int offset = reader.topOffsetProperty().get();
        toggleBookmark(reader.topBlockProperty().get(), offset, offset + 1);
    }

    /**
     * Bookmarks the line {@code [lineStart, lineEnd)} of a block (the one at the top of the pane, or the
     * selection's), or removes the bookmark on it; a new bookmark is confirmed with a notice that can undo it.
     */
    public void toggleBookmark(int blockIndex, int lineStart, int lineEnd) {
        if (reader.getLayout() == null) {
            return;
        }
        annotations.toggleBookmark(blockIndex, lineStart, lineEnd).ifPresent(b -> showNotice(
                Notice.info("Bookmarked: " + b.name()).withAction("Undo", () -> annotations.takeBackBookmark(b.id()))));
    }

    /** The section being read, for section notes started from the keyboard. */
    public String currentSectionId() {
        return reader.currentSectionIdProperty().get();
    }

    /** Undo takes back the last change to a bookmark or note; the deletion notice goes with it. */
    public void undo() {
        notices.undoing();
        annotations.undo();
    }

    public void redo() {
        annotations.redo();
    }
}
