package app.margin.ui.shell;

import app.margin.model.Article;
import app.margin.ui.reader.ReaderDocument;

/**
 * One open, from the moment it is asked for ({@link MainViewModel#opening()}) until it ends: what it reads is shown
 * through it, a long book's beginning first. It shows nothing once an open asked for after it has shown its article,
 * and whatever way it ends (its whole shown, or not; {@link #end} on a failure) it ends once, so the status bar's
 * "Opening…" and "Reading the rest…" go with it. On the FX thread.
 */
public final class ArticleOpening {

    private final ArticleShowing showing;
    private final Openings openings;
    private final long number;
    /** Whether a new article takes the notice on screen away (what the library opens does; the start does not). */
    private final boolean dismissNotice;

    ArticleOpening(ArticleShowing showing, Openings openings, boolean dismissNotice) {
        this.showing = showing;
        this.openings = openings;
        this.number = openings.ask();
        this.dismissNotice = dismissNotice;
    }

    /** Shows a long article's beginning while the rest is read; false when a later open's article is on screen. */
    public boolean showBeginning(ReaderDocument beginning) {
        if (!openings.mayShow(number)) {
            return false;
        }
        if (dismissNotice) {
            showing.dismissNotice();
        }
        return showing.show(this, beginning, true);
    }

    /**
     * Shows the whole article and ends this open. False when it was not shown: a later open's article is on screen,
     * or it does not fit in memory (the article shown before stays, and a notice says why).
     */
    public boolean showArticle(ReaderDocument document) {
        try {
            if (!openings.mayShow(number)) {
                return false;
            }
            if (dismissNotice && !openings.beginningOnScreen(number)) { // a notice since the beginning stays
                showing.dismissNotice();
            }
            return showing.show(this, document, false);
        } finally {
            end();
        }
    }

    /** As {@link #showArticle(ReaderDocument)}, for an article not yet laid out. */
    public boolean showArticle(Article article) {
        try {
            return openings.mayShow(number) && showing.show(this, article);
        } finally {
            end();
        }
    }

    /** Ends this open without showing anything more of it (it failed, or is given up). Again is nothing. */
    public void end() {
        openings.end(number);
    }

    /** Whether an open asked for after this one has shown its article (this one's is not shown then). */
    public boolean superseded() {
        return openings.superseded(number);
    }

    long number() {
        return number;
    }
}
