package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import app.margin.ui.reader.ReaderViewModel;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's words: the section being read, how far through, the reading time left, and whether all is saved. */
final class StatusLine {

    /** A common estimate of adult silent reading speed for non-fiction. */
    static final int WORDS_PER_MINUTE = 230;

    private final ReaderViewModel reader;
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper(this, "section", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");

    StatusLine(ReaderViewModel reader, AnnotationsViewModel annotations) {
        this.reader = reader;
        saved.bind(Bindings.createStringBinding(() -> {
            if (!annotations.drafts().isEmpty()) {
                return annotations.drafts().size() == 1 ? "A note is too long to save"
                        : annotations.drafts().size() + " notes are too long to save";
            }
            SaveState state = annotations.saveStateProperty().get();
            return state.kind() == SaveState.Kind.FAILED ? "Not saved" : state.message();
        }, annotations.saveStateProperty(), annotations.drafts()));
        reader.currentSectionIdProperty().addListener((obs, old, id) -> update());
        reader.progressProperty().addListener((obs, old, p) -> update());
        reader.readingBlockProperty().addListener((obs, old, p) -> update());
    }

    ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    /** Says again where the reader is (an article was shown: the section may be called the same, the text is not). */
    void update() {
        ArticleLayout layout = reader.getLayout();
        String id = reader.currentSectionIdProperty().get();
        if (layout == null || id == null) {
            section.set("");
            progress.set("");
            return;
        }
        section.set(layout.sectionTitle(id));
        int block = reader.readingBlockProperty().get();
        String page = layout.pageAt(block);
        // Only a book's or a PDF's beginning is here yet: how far through it and what is left of it say nothing of
        // the whole (a new user read "2 min left" for a 324-page manual); "Reading the rest…" stands beside them.
        boolean partial = reader.showsBeginning();
        String where = page == null ? "" : "p. " + page;
        String share = partial ? ""
                : String.format(Locale.ROOT, "%d%%", Math.round(reader.progressProperty().get() * 100));
        progress.set(where.isEmpty() || share.isEmpty() ? where + share : where + " · " + share);
        if (partial) {
            timeLeft.set("");
            return;
        }
        // At the end, what is left is on screen and read; an article that fits a screen is at its end from the start,
        // and none of it is read yet.
        boolean atEnd = reader.progressProperty().get() >= 0.999
                && (reader.topBlockProperty().get() > 0 || reader.topOffsetProperty().get() > 0);
        long articleWords = atEnd ? 0 : layout.wordsFrom(block);
        long sectionWords = atEnd ? 0 : layout.wordsToSectionEnd(block);
        // "nothing left · nothing in this section" read as a riddle to a new user.
        timeLeft.set(articleWords == 0 ? "At the end"
                : minutes(articleWords) + " left · " + (sectionWords == 0 ? "end of this section"
                : minutes(sectionWords) + " in this section"));
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
}
