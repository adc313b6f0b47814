package app.margin.ui.shell;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.annotations.AnnotationsPanelViewModel;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.outline.OutlineViewModel;
import app.margin.ui.outline.SectionMarks;
import app.margin.ui.reader.ReaderDocument;
import app.margin.ui.reader.ReaderViewModel;
import app.margin.ui.reader.ReadingSettings;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window: which article is open, the status bar's text, notices, and section navigation. */
public final class MainViewModel {

    /** A common estimate of adult silent reading speed for non-fiction. */
    static final int WORDS_PER_MINUTE = 230;

    private final ReaderViewModel reader = new ReaderViewModel();
    private final OutlineViewModel outline = new OutlineViewModel(reader);
    private final AnnotationsViewModel annotations;
    private final AnnotationsPanelViewModel panel;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Margin");
    private final ReadOnlyStringWrapper statusSection = new ReadOnlyStringWrapper(this, "statusSection", "");
    private final ReadOnlyStringWrapper statusProgress = new ReadOnlyStringWrapper(this, "statusProgress", "");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyStringWrapper statusTimeLeft = new ReadOnlyStringWrapper(this, "statusTimeLeft", "");
    private final ReadingSettings settings = new ReadingSettings();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    /** The "not saved yet" notice last shown, until a save succeeds; null while everything is saved. */
    private Notice saveProblem;
    static final String SAVED_AFTER_PROBLEM = "Saved: the changes that were waiting are on disk now.";
    private final BooleanBinding hasNextSection;
    private final BooleanBinding hasPreviousSection;

    public MainViewModel(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        this.panel = new AnnotationsPanelViewModel(annotations, reader);
        annotations.notes().addListener((Observable o) -> updateMarks());
        annotations.bookmarks().addListener((Observable o) -> updateMarks());
        annotations.lastDeletionProperty().addListener((obs, old, change) -> {
            if (change != null) {
                showNotice(Notice.info(change.description() + ".").withAction("Undo",
                        () -> annotations.restoreDeleted(change)));
            }
        });
        annotations.drafts().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.wasAdded() && !c.wasRemoved()) {
                showNotice(Notice.problem("A note is over " + String.format(Locale.ROOT, "%,d", Note.MAX_TEXT_LENGTH)
                        + " characters and cannot be saved as it is. Its text is kept in its editor (and in a file "
                        + "if you close Margin); shorten it to save it."));
            }
        });
        saveStatus.bind(Bindings.createStringBinding(() -> {
            if (!annotations.drafts().isEmpty()) {
                return annotations.drafts().size() == 1 ? "A note is too long to save"
                        : annotations.drafts().size() + " notes are too long to save";
            }
            SaveState state = annotations.saveStateProperty().get();
            return state.kind() == SaveState.Kind.FAILED ? "Not saved" : state.message();
        }, annotations.saveStateProperty(), annotations.drafts()));
        annotations.saveStateProperty().addListener((obs, old, state) -> {
            if (state.kind() == SaveState.Kind.FAILED) {
                saveProblem = Notice.problem(state.message());
                showNotice(saveProblem);
            } else if (state.kind() == SaveState.Kind.SAVED && saveProblem != null) {
                // The retry (or a later change) saved what was waiting: the warning on screen would now be wrong.
                if (notice.get() == saveProblem) {
                    showNotice(Notice.info(SAVED_AFTER_PROBLEM));
                }
                saveProblem = null;
            }
        });
        reader.currentSectionIdProperty().addListener((obs, old, id) -> updateStatus());
        reader.progressProperty().addListener((obs, old, p) -> updateStatus());
        reader.readingBlockProperty().addListener((obs, old, p) -> updateStatus());
        hasNextSection = Bindings.createBooleanBinding(() -> sectionStep(1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
        hasPreviousSection = Bindings.createBooleanBinding(() -> sectionStep(-1) != null,
                reader.currentSectionIdProperty(), reader.layoutProperty());
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
        return statusSection.getReadOnlyProperty();
    }

    /** "12 min left · 3 min in this section", at {@value #WORDS_PER_MINUTE} words a minute. */
    public ReadOnlyStringProperty statusTimeLeftProperty() {
        return statusTimeLeft.getReadOnlyProperty();
    }

    /** "All changes saved", "Saving…", "Not saved", or that a note is too long to save. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadingSettings settings() {
        return settings;
    }

    public ReadOnlyStringProperty statusProgressProperty() {
        return statusProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding hasNextSectionProperty() {
        return hasNextSection;
    }

    public BooleanBinding hasPreviousSectionProperty() {
        return hasPreviousSection;
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

    private final ReadOnlyBooleanWrapper restPending = new ReadOnlyBooleanWrapper(this, "restPending");

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
                reader.jumpToLine(topBlock, topOffset);
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
        updateStatus();
    }

    public void showNotice(Notice n) {
        notice.set(n);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** The reader closed the notice: it goes, and whatever waited on that runs. */
    public void noticeDismissedByReader() {
        Notice n = notice.get();
        notice.set(null);
        if (n != null && n.dismissed() != null) {
            n.dismissed().run();
        }
    }

    public void nextSection() {
        String id = sectionStep(1);
        if (id != null) {
            reader.jumpToSection(id);
        }
    }

    public void previousSection() {
        String id = sectionStep(-1);
        if (id != null) {
            reader.jumpToSection(id);
        }
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
        Notice n = notice.get();
        if (n != null && n.hasAction() && "Undo".equals(n.actionLabel())) {
            dismissNotice();
        }
        annotations.undo();
    }

    public void redo() {
        annotations.redo();
    }

    private void updateMarks() {
        ArticleLayout layout = reader.getLayout();
        if (layout == null) {
            outline.setMarks(Map.of());
            return;
        }
        Map<String, SectionMarks> marks = new HashMap<>();
        for (Note n : annotations.notes()) {
            SectionMarks m = n.kind() == NoteKind.SECTION ? new SectionMarks(0, 1, 0) : new SectionMarks(0, 0, 1);
            String section = n.kind() == NoteKind.SECTION ? n.anchor().sectionId()
                    : annotations.placementOf(n.anchor()).map(p -> layout.sectionIdAt(p.blockIndex())).orElse(null);
            if (section != null) {
                marks.merge(section, m, SectionMarks::plus);
            }
        }
        for (Bookmark b : annotations.bookmarks()) {
            annotations.placementOf(b.anchor()).ifPresent(p ->
                    marks.merge(layout.sectionIdAt(p.blockIndex()), new SectionMarks(1, 0, 0), SectionMarks::plus));
        }
        outline.setMarks(marks);
    }

    static String minutes(long words) {
        if (words == 0) {
            return "nothing";
        }
        long min = Math.round((double) words / WORDS_PER_MINUTE);
        if (min < 1) {
            return "under a minute";
        }
        if (min < 60) {
            return min + " min";
        }
        // A book's whole length: "9579 min" reads as nothing, "160 h" does.
        if (min < 600) {
            long rest = min % 60;
            return min / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
        }
        return Math.round(min / 60.0) + " h";
    }

    /** Goes to the next (or previous) bookmark, highlight or section note after the paragraph being read. */
    public void nextAnnotation(int direction) {
        ArticleLayout layout = reader.getLayout();
        if (layout == null) {
            return;
        }
        int here = reader.readingBlockProperty().get();
        List<AnnotationItem> placed = panel.allItems().stream().filter(AnnotationItem::placed)
                .sorted(Comparator.comparingInt((AnnotationItem i) -> i.placement().blockIndex())
                        .thenComparingInt(i -> i.placement().start()))
                .toList();
        AnnotationItem target = null;
        for (AnnotationItem i : placed) {
            int b = i.placement().blockIndex();
            if (direction > 0 && b > here && target == null) {
                target = i;
            } else if (direction < 0 && b < here) {
                target = i;
            }
        }
        if (target != null) {
            panel.jumpTo(target);
        }
    }

    private String sectionStep(int step) {
        ArticleLayout layout = reader.getLayout();
        String current = reader.currentSectionIdProperty().get();
        if (layout == null || current == null) {
            return null;
        }
        List<String> order = layout.sectionOrder();
        int next = order.indexOf(current) + step;
        return next >= 0 && next < order.size() ? order.get(next) : null;
    }

    private void updateStatus() {
        ArticleLayout layout = reader.getLayout();
        String id = reader.currentSectionIdProperty().get();
        if (layout == null || id == null) {
            statusSection.set("");
            statusProgress.set("");
            return;
        }
        statusSection.set(layout.sectionTitle(id));
        statusProgress.set(String.format(Locale.ROOT, "%d%%", Math.round(reader.progressProperty().get() * 100)));
        int block = reader.readingBlockProperty().get();
        boolean atEnd = reader.progressProperty().get() >= 0.999;
        long articleWords = atEnd ? 0 : layout.wordsFrom(block);
        long sectionWords = atEnd ? 0 : layout.wordsToSectionEnd(block);
        statusTimeLeft.set(minutes(articleWords) + " left · " + minutes(sectionWords) + " in this section");
    }
}
