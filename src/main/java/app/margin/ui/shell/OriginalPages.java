package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.queue.Background;
import app.margin.ui.reader.OriginalPageView;
import app.margin.ui.reader.OriginalPageViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Opens the original-page window for the article shown: a PDF, at the page the reader is on, with its highlights. */
final class OriginalPages {
    private OriginalPages() {}

    /** Whether the article shown is a PDF whose pages can be drawn: paged, and its picture base the PDF. */
    static boolean available(ArticleLayout layout) {
        String base = layout == null ? null : layout.article().pictureBase();
        return layout != null && layout.paged() && base != null && base.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    static void show(Window owner, Background background, ArticleLayout layout, int block,
                     AnnotationsViewModel annotations) {
        String label = layout.pageAt(block);
        float dpi = (float) (96 * Math.max(1, Screen.getPrimary().getOutputScaleX()));
        OriginalPageViewModel model = new OriginalPageViewModel(background,
                Path.of(layout.article().pictureBase()), highlights(layout, annotations), dpi);
        OriginalPageView.show(owner, model, label, layout.article().title());
    }

    /** The article's placed highlights, each with the page of the block it starts in. */
    static List<OriginalPageViewModel.Highlight> highlights(ArticleLayout layout, AnnotationsViewModel annotations) {
        List<OriginalPageViewModel.Highlight> out = new ArrayList<>();
        for (Note note : annotations.notes()) {
            if (note.kind() != NoteKind.HIGHLIGHT || note.anchor().quote() == null || note.color() == null) {
                continue;
            }
            annotations.placementOf(note.anchor()).ifPresent(p -> {
                String page = layout.pageAt(p.blockIndex());
                if (page != null) {
                    out.add(new OriginalPageViewModel.Highlight(page, note.anchor().quote().exact(), note.color()));
                }
            });
        }
        return out;
    }
}
