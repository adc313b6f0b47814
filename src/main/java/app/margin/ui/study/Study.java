package app.margin.ui.study;

import app.margin.exchange.AnkiExport;
import app.margin.model.Article;
import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.Scheduler;
import app.margin.ui.reader.ReadingSettings;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The study feature as the main window uses it: the review window (one, reused), the Make Card dialog, and
 * keeping a highlight's cards when it is deleted. Both windows follow the reader's theme.
 */
public final class Study {

    private final CardQueue queue;
    private final Clock clock;
    private final ReadingSettings settings;
    private final Supplier<Article> currentArticle;
    private final String stylesheet;
    private final Consumer<String> onInfo;
    private final StudyViewModel viewModel;
    private Stage window;
    private Stage maker;
    private Alert asking;
    private Consumer<Card> showInArticle = card -> { };
    private final java.util.Map<String, DeletedCards> deletedWith = new java.util.HashMap<>();
    private final ObservableMap<String, Integer> dueCounts = FXCollections.observableHashMap();
    private java.util.function.BiConsumer<String, Consumer<Map<String, String>>> titlesOf = (id, done) -> { };

    /**
     * @param currentArticle the article being read, or null before one is shown
     * @param stylesheet     Margin's stylesheet, for the windows' scenes
     * @param onInfo         tells the reader something worth a notice ("Card made")
     */
    public Study(CardQueue queue, Scheduler scheduler, Clock clock, ReadingSettings settings,
                 Supplier<Article> currentArticle, String stylesheet, Consumer<String> onInfo) {
        this(queue, () -> scheduler, clock, settings, currentArticle, stylesheet, onInfo);
    }

    /** As above, with the scheduler made anew for each answer: the settings' study day may have changed. */
    public Study(CardQueue queue, Supplier<Scheduler> scheduler, Clock clock, ReadingSettings settings,
                 Supplier<Article> currentArticle, String stylesheet, Consumer<String> onInfo) {
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
        this.currentArticle = currentArticle;
        this.stylesheet = stylesheet;
        this.onInfo = onInfo;
        this.viewModel = new StudyViewModel(queue, scheduler, clock);
    }

    /** Opens (or brings forward) the review window on the article being read, with its cards due now. */
    public void openWindow(Window owner) {
        Article article = currentArticle.get();
        if (article != null) {
            openWindow(owner, article.id(), article.title());
        }
    }

    /**
     * How the titles of an article's sections are found when it is not the one being read (the Library's Study):
     * read in the background, answered on the FX thread. Without it such a session's section-note cards ask with
     * their note.
     */
    public void setSectionTitlesOf(java.util.function.BiConsumer<String, Consumer<Map<String, String>>> lookup) {
        this.titlesOf = lookup;
    }

    /** Opens (or brings forward) the review window on an article's cards due now (the Library's Study). */
    public void openWindow(Window owner, String articleId, String articleTitle) {
        if (window == null) {
            window = new Stage();
            window.initOwner(owner);
            StudyView view = new StudyView(viewModel);
            view.setOnShowInArticle(card -> showInArticle.accept(card));
            view.setOnClose(() -> window.close());
            window.setScene(scene(view, 760, 520));
            window.titleProperty().bind(viewModel.titleProperty());
            // Esc or Ctrl+W closes it, as a window without a title bar (or a reader on the keyboard) needs.
            Stage reviews = window;
            window.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                boolean plainEscape = e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isShortcutDown()
                        && !e.isAltDown() && !e.isShiftDown();
                boolean closeKey = e.getCode() == javafx.scene.input.KeyCode.W && e.isShortcutDown();
                if (plainEscape || closeKey) {
                    reviews.close();
                    e.consume();
                }
            });
        }
        viewModel.open(articleId, articleTitle);
        Article reading = currentArticle.get();
        if (reading != null && reading.id().equals(articleId)) {
            viewModel.setSectionTitles(articleId, AnkiExport.sectionTitles(reading));
        } else {
            titlesOf.accept(articleId, titles -> viewModel.setSectionTitles(articleId, titles));
        }
        window.show();
        window.toFront();
        window.getScene().getRoot().requestFocus();
    }

    /** Opens the Make Card dialog for an annotation. */
    public void makeCard(Window owner, Note note) {
        if (maker != null) {
            maker.close();
        }
        CardMakerViewModel vm = new CardMakerViewModel(note, queue, clock);
        CardMakerView view = new CardMakerView(vm);
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Make a Study Card");
        dialog.setScene(scene(view, -1, -1));
        view.cancelButton().setOnAction(e -> dialog.close());
        view.makeButton().setOnAction(e -> vm.save(card -> {
            dialog.close();
            onInfo.accept(made(card));
        }));
        dialog.setOnHidden(e -> maker = null);
        maker = dialog;
        dialog.show();
    }

    /** What "Show in Article" does with the card shown: the main window goes to its passage. */
    public void setShowInArticle(Consumer<Card> show) {
        this.showInArticle = show;
    }

    /** How many cards each article has due, as of the last {@link #refreshDueCounts()}. */
    public ObservableMap<String, Integer> dueCounts() {
        return FXCollections.unmodifiableObservableMap(dueCounts);
    }

    /** Counts the cards due now in every article, off the FX thread. */
    public void refreshDueCounts() {
        java.time.Instant now = clock.instant();
        queue.run(cards -> cards.dueCounts(now), counts -> {
            dueCounts.keySet().retainAll(counts.keySet());
            dueCounts.putAll(counts);
        });
    }

    /**
     * A highlight or note was deleted. Its cards keep the passage and note it had; if it had any, the reader is
     * asked whether to keep them or delete them too. Deleted cards come back if the deletion is undone.
     */
    public void annotationDeleted(Window owner, Note note) {
        queue.run(cards -> {
            List<Card> of = cards.cardsOfNote(note.id());
            if (!of.isEmpty()) {
                cards.keepCardsOf(note);
            }
            return of.size();
        }, count -> {
            if (count > 0) {
                askAboutCards(owner, note, count);
            }
        });
    }

    /** An annotation came back (undo): cards deleted with it come back too, with their history. */
    public void annotationRestored(Note note) {
        DeletedCards gone = deletedWith.remove(note.id());
        if (gone != null) {
            queue.run(cards -> {
                cards.restoreCards(gone.cards(), gone.history());
                return null;
            }, ignored -> { });
        }
    }

    private void askAboutCards(Window owner, Note note, int count) {
        String cards = count == 1 ? "study card" : count + " study cards";
        ButtonType keep = new ButtonType(count == 1 ? "Keep Card" : "Keep Cards", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType delete = new ButtonType(count == 1 ? "Delete Card" : "Delete Cards", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Its " + cards + " can stay for review, with the passage "
                + "and note as they were, or go too. Undo brings back the highlight and anything deleted with it.",
                keep, delete);
        ask.initOwner(owner);
        ask.setHeaderText("The deleted " + (note.kind() == app.margin.model.NoteKind.HIGHLIGHT ? "highlight" : "note")
                + " had a " + cards + ".");
        ask.getDialogPane().getStylesheets().add(stylesheet);
        asking = ask;
        ask.setOnHidden(e -> asking = null);
        ask.resultProperty().addListener((obs, o, answer) -> {
            if (answer == delete) {
                queue.run(store -> {
                    List<app.margin.model.study.Review> history = new java.util.ArrayList<>();
                    for (Card card : store.cardsOfNote(note.id())) {
                        history.addAll(store.reviews(card.id()));
                    }
                    return new DeletedCards(store.deleteCardsOfNote(note.id()), history);
                }, gone -> deletedWith.put(note.id(), gone));
            }
        });
        ask.show();
    }

    /** Cards deleted with their annotation, kept for undo. */
    private record DeletedCards(List<Card> cards, List<app.margin.model.study.Review> history) {}

    /** The question about a deleted annotation's cards, while it is open (tests). */
    public Alert asking() {
        return asking;
    }

    /** Closes the review window and the dialog (Margin is closing). */
    public void close() {
        if (maker != null) {
            maker.close();
        }
        if (window != null) {
            window.close();
        }
    }

    public StudyViewModel viewModel() {
        return viewModel;
    }

    public CardQueue queue() {
        return queue;
    }

    /** The review window, once opened (tests, screenshots). */
    public Stage window() {
        return window;
    }

    /** The Make Card dialog while it is open. */
    public Stage maker() {
        return maker;
    }

    private static String made(Card card) {
        return "Made a " + card.kind().name().toLowerCase() + " card. Study with Ctrl+R.";
    }

    private Scene scene(Parent root, double width, double height) {
        Scene scene = width > 0 ? new Scene(root, width, height) : new Scene(root);
        scene.getStylesheets().add(stylesheet);
        applyTheme(root);
        settings.themeProperty().addListener((obs, o, n) -> applyTheme(root));
        return scene;
    }

    private void applyTheme(Parent root) {
        ReadingSettings.Theme current = settings.themeProperty().get();
        for (ReadingSettings.Theme t : ReadingSettings.Theme.values()) {
            if (t.pseudoClass() != null) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(t.pseudoClass()), t == current);
            }
        }
    }
}
