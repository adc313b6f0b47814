package app.margin.ui.reader;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Where the reader was before each link they followed, the latest first, as a browser's history: lines of this
 * article, and of the files they came from by links to other files. While another file is being opened the history
 * is put aside (the new article clears the page's history as it shows) and taken back once the file is on screen.
 */
public final class LinkHistory {
    /** Places kept to go back to; older ones are forgotten. */
    static final int MOST = 100;

    /** A line of an article read: the article's id, the line's block and the offset where it starts. */
    public record Visit(String articleId, int block, int offset) {}

    private final Deque<Visit> visits = new ArrayDeque<>();
    /** The history as it is to be once the file being opened shows; {@code null} when none is being opened. */
    private Deque<Visit> aside;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** A link leads elsewhere in this article: {@code from} is where Back returns to. */
    void push(Visit from) {
        push(visits, from);
        canGoBack.set(true);
    }

    /** A link leads to another file: the history with {@code from} on top is taken back once it shows. */
    void leaving(Visit from) {
        aside = new ArrayDeque<>(visits);
        push(aside, from);
    }

    /** The place to go back to, or {@code null}. */
    Visit poll() {
        Visit to = visits.poll();
        canGoBack.set(!visits.isEmpty());
        return to;
    }

    /** Back leads to another file: the rest of the history is taken back once it shows. */
    void returning() {
        aside = new ArrayDeque<>(visits);
    }

    /** The file asked for is on screen: the history put aside is the history again. */
    void arrived() {
        if (aside != null) {
            visits.clear();
            visits.addAll(aside);
            aside = null;
        }
        canGoBack.set(!visits.isEmpty());
    }

    /** Another article shows, not by a link: nothing to go back to. */
    void clear() {
        visits.clear();
        canGoBack.set(false);
    }

    private static void push(Deque<Visit> to, Visit visit) {
        to.push(visit);
        while (to.size() > MOST) {
            to.removeLast();
        }
    }
}
