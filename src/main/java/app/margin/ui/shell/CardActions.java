package app.margin.ui.shell;

import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.annotations.AnnotationsPanel;

/** What a card in the annotations panel can ask of the window: edit its note, copy it, attach it to the selection. */
final class CardActions {

    private final MainView view;
    private final AnnotationExchange exchange;

    private CardActions(MainView view, AnnotationExchange exchange) {
        this.view = view;
        this.exchange = exchange;
    }

    static AnnotationsPanel.Actions of(MainView view, AnnotationExchange exchange) {
        CardActions actions = new CardActions(view, exchange);
        return new AnnotationsPanel.Actions(actions::editNote, actions::copyNote, actions::attachToSelection);
    }

    /** Opens the note's editor beside the panel, a third of the way down. */
    private void editNote(AnnotationItem item) {
        view.viewModel().annotations().note(item.id()).ifPresent(n -> {
            var panel = view.panel();
            var b = panel.localToScreen(panel.getBoundsInLocal());
            view.popovers().showEditor(n, b == null ? 0 : b.getMinX(), b == null ? 0 : b.getMinY() + b.getHeight() / 3);
        });
    }

    private void copyNote(AnnotationItem item) {
        exchange.noteMarkdown(item.id()).ifPresent(md -> view.files().copy(md, "Copied the note as Markdown."));
    }

    private void attachToSelection(AnnotationItem item) {
        var area = view.readerView().area();
        var sel = area.getCaretSelectionBind();
        MainViewModel vm = view.viewModel();
        boolean attached = !area.getSelectedText().isEmpty()
                && sel.getStartParagraphIndex() == sel.getEndParagraphIndex()
                && vm.annotations().reattach(item.id(), sel.getStartParagraphIndex(),
                        sel.getStartColumnPosition(), sel.getEndColumnPosition());
        vm.showNotice(attached ? Notice.info("Attached to the selected text.")
                : Notice.problem("Select the words in the reading pane (within one paragraph) first, then choose "
                        + "Attach to Selected Text again."));
    }
}
