package app.margin.ui.shell;

import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.ui.study.Study;
import javafx.collections.ListChangeListener;

/**
 * Where the study feature meets the main window: "Make Card…" in note editors, a deleted annotation's cards
 * (asked about, and back on undo), and "Show in Article" going to a card's passage.
 */
final class StudyHookup {

    private StudyHookup() {}

    static void connect(MainView view, Study study) {
        MainViewModel vm = view.viewModel();
        view.popovers().setMakeCard(note -> study.makeCard(view.getScene().getWindow(), note));
        study.setShowInArticle(card -> showInArticle(view, card));
        vm.annotations().lastDeletionProperty().addListener((obs, old, change) -> {
            if (change != null && change.before() instanceof Note note) {
                study.annotationDeleted(view.getScene().getWindow(), note);
            }
        });
        vm.annotations().notes().addListener((ListChangeListener<Note>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(study::annotationRestored);
            }
        });
    }

    /** Goes to a card's passage (or its section) in the reading pane, if it is in the article being read. */
    private static void showInArticle(MainView view, Card card) {
        MainViewModel vm = view.viewModel();
        var layout = vm.reader().getLayout();
        if (layout == null || !layout.article().id().equals(card.articleId())) {
            vm.showNotice(Notice.problem("That card is from another article: open it from the Library first."));
            return;
        }
        var placement = vm.annotations().note(card.noteId()).flatMap(n -> vm.annotations().placementOf(n.anchor()));
        if (placement.isPresent()) {
            vm.reader().jumpTo(placement.get().blockIndex(), placement.get().start());
            view.readerView().select(placement.get().blockIndex(), placement.get().start(), placement.get().end());
        } else {
            vm.reader().jumpToSection(card.sectionId());
        }
        view.getScene().getWindow().requestFocus();
    }
}
