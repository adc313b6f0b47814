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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window: which article is open ({@link ArticleShowing}: a long book's beginning first), and the parts around it,
 * each with its own job: the status bar's words ({@link StatusLine}), the notice ({@link Notices}), going a step at a time
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
    private final ArticleShowing showing;

    public MainViewModel(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        this.panel = new AnnotationsPanelViewModel(annotations, reader);
        OutlineMarks.follow(reader, annotations, outline);
        this.status = new StatusLine(reader, annotations);
        this.notices = new Notices(annotations);
        this.steps = new SectionSteps(reader, panel);
        this.showing = new ArticleShowing(reader, annotations, notices, status, windowTitle, a -> layoutOf.apply(a));
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
        return showing.prepare(article);
    }

    /**
     * Shows the article. If it does not fit in memory the article shown before stays (it is shown again) and a
     * notice says why; returns false then.
     */
    public boolean showArticle(Article article) {
        return showing.showArticle(article);
    }

    /**
     * Shows what the library opens: each open numbered as it is asked for, each article readied on the reading thread
     * ({@link #prepare}), a long book's beginning first. {@code shown} runs after each, on the FX thread.
     */
    public LibraryViewModel.Viewer libraryViewer(Runnable shown) {
        return showing.libraryViewer(shown);
    }

    /**
     * A new open, asked for now, on the FX thread: what it reads (a long book's beginning, then the whole) is shown
     * through it, unless an open asked for after it has shown its article by then.
     */
    public ArticleOpening opening() {
        return showing.opening();
    }

    /** True while only the beginning of the article is shown and the rest is still being read. */
    public ReadOnlyBooleanProperty restPendingProperty() {
        return showing.restPendingProperty();
    }

    /** "Opening…" while an open asked for is being read, "Reading the rest…" after its beginning, else empty. */
    public ReadOnlyStringProperty openingStatusProperty() {
        return showing.openingStatusProperty();
    }

    /** As {@link #showArticle(Article)}, for an article prepared beforehand ({@link #prepare}). */
    public boolean showArticle(ReaderDocument document) {
        return showing.showArticle(document);
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
