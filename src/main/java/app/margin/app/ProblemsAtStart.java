package app.margin.app;

import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;

/**
 * How what goes wrong as Margin starts reaches the window. Several of its writes can fail together (a full disk
 * fails the notes file, the backup and the library copy alike), and each answers on its own: a problem that comes
 * while another is on screen joins it rather than replacing it, so none is left only in the log. On the FX thread.
 */
final class ProblemsAtStart {

    private ProblemsAtStart() {
    }

    /** Shows {@code next}; a problem on screen stays beside a new problem (its button and dismissal kept too). */
    static void show(MainViewModel viewModel, Notice next) {
        Notice shown = viewModel.noticeProperty().get();
        if (shown == null || shown.kind() != Notice.Kind.PROBLEM || next.kind() != Notice.Kind.PROBLEM) {
            viewModel.showNotice(next);
            return;
        }
        if (shown.text().contains(next.text())) {
            return;
        }
        Notice both = new Notice(Notice.Kind.PROBLEM, shown.text() + "\n" + next.text(),
                shown.hasAction() ? shown.actionLabel() : next.actionLabel(),
                shown.hasAction() ? shown.action() : next.action(),
                both(shown.dismissed(), next.dismissed()));
        viewModel.replaceNotice(shown, both);
    }

    private static Runnable both(Runnable a, Runnable b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return () -> {
            a.run();
            b.run();
        };
    }
}
