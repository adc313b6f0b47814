package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.outline.OutlineViewModel;
import app.margin.ui.outline.SectionMarks;
import app.margin.ui.reader.ReaderViewModel;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.Observable;

/** The outline's badges: how many bookmarks, section notes and highlights each section holds, kept up to date. */
final class OutlineMarks {

    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final OutlineViewModel outline;

    private OutlineMarks(ReaderViewModel reader, AnnotationsViewModel annotations, OutlineViewModel outline) {
        this.reader = reader;
        this.annotations = annotations;
        this.outline = outline;
    }

    /** Counts again whenever the notes or the bookmarks change. */
    static void follow(ReaderViewModel reader, AnnotationsViewModel annotations, OutlineViewModel outline) {
        OutlineMarks marks = new OutlineMarks(reader, annotations, outline);
        annotations.notes().addListener((Observable o) -> marks.update());
        annotations.bookmarks().addListener((Observable o) -> marks.update());
    }

    private void update() {
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
}
