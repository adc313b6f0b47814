package app.margin.ui.find;

import app.margin.model.ArticleLayout;
import app.margin.ui.queue.Background;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find in the article: the query and its options, the hits, and which hit is current. Changing the query or an
 * option searches again; the view listens to {@link #currentProperty()} to select the hit and scroll to it.
 *
 * <p>Every method is called, and every property changes, on the FX thread (the {@code fx} executor). Texts of up
 * to {@link #SYNC_LIMIT_CHARS} characters are searched at once on the calling thread. Longer ones are searched on
 * the {@code background} executor: a new search cancels the one before, results arrive through {@code fx}, and
 * results of any search but the latest are dropped. While such a search runs, {@link #searchingProperty()} is
 * true and the previous query's hits stay shown (a new text clears them at once: they point into the old one).
 *
 * <p>A background search that fails (it threw, or the executor refused it while the app closes) ends the search as
 * one that found nothing, with "Search failed" for its count, and is logged.
 *
 * <p>When a search completes, the first hit at or after the caret ({@link #setCaret}) becomes current, wrapping to
 * the first hit of the article. {@link #next()} and {@link #previous()} move the caret to the hit they select, so
 * typing more of a word keeps the reader's place.
 */
public final class FindViewModel {

    /** Texts longer than this (about 1 MB of text) are searched in the background. */
    public static final long SYNC_LIMIT_CHARS = 1_000_000;
    static final String NO_MATCHES = "No matches";
    static final String SEARCH_FAILED = "Search failed";
    /** After the count, when the current hit is among the words inside a picture (a table's cells). */
    static final String IN_PICTURE = " · in a picture";

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Background background;
    private final Search search;
    /** Bumped by every search; a search whose number is no longer the latest is cancelled and its hits dropped. */
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    /** The query the bar had when it last closed. */
    private String lastQuery = "";
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase", false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(this, "wholeWord", false);
    private final ReadOnlyObjectWrapper<List<Hit>> hits = new ReadOnlyObjectWrapper<>(this, "hits", List.of());
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(this, "currentIndex", -1);
    private final ReadOnlyObjectWrapper<Hit> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);

    private SearchedTexts texts = SearchedTexts.NONE;
    /** The last search found more than {@link TextSearch#MAX_HITS} hits; only that many are kept. */
    private boolean capped;
    /** Where the reader is, as a unit of {@link #texts} (a block's text, or its picture's words) and an offset. */
    private int caretUnit;
    private int caretOffset;

    /**
     * @param background runs searches of long texts
     * @param fx         runs code on the FX thread ({@code Platform::runLater} in the app)
     */
    public FindViewModel(Executor background, Executor fx) {
        this(new Background(Objects.requireNonNull(background, "background"), Objects.requireNonNull(fx, "fx")));
    }

    /** @param background runs searches of long texts off the FX thread, and answers on it */
    public FindViewModel(Background background) {
        this(background, TextSearch::findAll);
    }

    /** How the hits are found: {@link TextSearch#findAll(List, String, boolean, boolean, BooleanSupplier)}. */
    @FunctionalInterface
    interface Search {
        List<Hit> findAll(List<String> blockTexts, String query, boolean matchCase, boolean wholeWord,
                          BooleanSupplier cancelled);
    }

    FindViewModel(Background background, Search search) {
        this.background = Objects.requireNonNull(background, "background");
        this.search = search;
        query.addListener((obs, old, now) -> search());
        matchCase.addListener((obs, old, now) -> search());
        wholeWord.addListener((obs, old, now) -> search());
    }

    /** What to find, taken literally. Empty or blank finds nothing. */
    public StringProperty queryProperty() {
        return query;
    }

    /**
     * The bar opens again: with no query yet, it searches for the one it had when it closed, as a browser's find
     * bar does (the field's words selected, so typing replaces them).
     */
    public void recallLastQuery() {
        if (TextSearch.isBlank(query.get()) && !lastQuery.isEmpty()) {
            query.set(lastQuery);
        }
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    /** Only hits not glued to a letter, digit or underscore on either side. */
    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    /** All hits in reading order; an unmodifiable list, empty when there are none. */
    public ReadOnlyObjectProperty<List<Hit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    /** Index of the current hit in {@link #hitsProperty()}, or -1 when there is no hit. */
    public ReadOnlyIntegerProperty currentIndexProperty() {
        return currentIndex.getReadOnlyProperty();
    }

    /** The hit to select and show, or null. It changes last, so its listeners see the other properties updated. */
    public ReadOnlyObjectProperty<Hit> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * "3 of 12"; "3 of 10000+" when there are more than {@link TextSearch#MAX_HITS}; "3 of 12 · in a picture" when
     * the current hit is among the words inside a picture (the page shows them only there); "No matches" for a query
     * that finds nothing; "Search failed" for a search that failed; "" for a blank query.
     */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True while a background search runs. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /**
     * Search the blocks of this article from now on, and the words inside their pictures (a PDF table's cells), whose
     * hits are {@link Hit#inPicture()}.
     */
    public void show(ArticleLayout layout) {
        setTexts(SearchedTexts.of(layout.blocks()));
    }

    /** Search these block texts (in block order, as the reading pane shows them) from now on. */
    public void setText(List<String> blockTexts) {
        setTexts(SearchedTexts.plain(blockTexts));
    }

    private void setTexts(SearchedTexts searched) {
        texts = searched;
        publish(List.of(), TextSearch.isBlank(query.get()) ? "" : NO_MATCHES);
        search();
    }

    /** Whether the article searched has pictures with words inside them, which hits may be in. */
    public boolean searchesPictures() {
        return texts.hasPictures();
    }

    /** Where the reader is: the next search makes the first hit at or after this place current. */
    public void setCaret(int blockIndex, int offset) {
        caretUnit = texts.textUnit(blockIndex);
        caretOffset = offset;
    }

    /** Make the following hit current, wrapping from the last to the first. */
    public void next() {
        int size = hits.get().size();
        if (size > 0) {
            moveTo((currentIndex.get() + 1) % size);
        }
    }

    /** Make the preceding hit current, wrapping from the first to the last. */
    public void previous() {
        int size = hits.get().size();
        if (size > 0) {
            moveTo(currentIndex.get() <= 0 ? size - 1 : currentIndex.get() - 1);
        }
    }

    /**
     * The find bar closes: forget the hits, keep the options and the text, and the query only to offer it again
     * ({@link #recallLastQuery}).
     */
    public void clear() {
        if (!TextSearch.isBlank(query.get())) {
            lastQuery = query.get();
        }
        query.set("");
        search(); // also when the query was already empty: a background search may still be running
    }

    private void search() {
        long mine = generation.incrementAndGet();
        String q = query.get();
        if (TextSearch.isBlank(q)) {
            publish(List.of(), "");
            return;
        }
        SearchedTexts t = texts;
        boolean mc = matchCase.get();
        boolean ww = wholeWord.get();
        if (t.chars() <= SYNC_LIMIT_CHARS) {
            publish(t.inBlocks(search.findAll(t.texts(), q, mc, ww, () -> false)), NO_MATCHES);
            return;
        }
        searching.set(true);
        BooleanSupplier stale = () -> generation.get() != mine;
        CompletableFuture<List<Hit>> running = background.supply(
                () -> t.inBlocks(search.findAll(t.texts(), q, mc, ww, stale)));
        // An overtaken search's hits are dropped where they were found: nothing goes to the FX thread for them.
        running.whenComplete((found, error) -> {
            if (error != null || !stale.getAsBoolean()) {
                background.answer(running, latest -> {
                    if (!stale.getAsBoolean()) {
                        publish(latest, NO_MATCHES);
                    }
                }, failure -> failed(failure, stale.getAsBoolean()));
            }
        });
    }

    /** A background search failed: logged, and the latest one ends as a search that found nothing. */
    private void failed(Throwable failure, boolean overtaken) {
        LOG.log(System.Logger.Level.WARNING, "find could not search the article", failure);
        if (!overtaken) {
            publish(List.of(), SEARCH_FAILED);
        }
    }

    /** Shows a search's hits; {@code none} is the count's text when there is no hit. */
    private void publish(List<Hit> all, String none) {
        searching.set(false);
        capped = all.size() > TextSearch.MAX_HITS;
        List<Hit> found = capped ? List.copyOf(all.subList(0, TextSearch.MAX_HITS)) : all;
        hits.set(found);
        int first = found.isEmpty() ? -1 : firstAtOrAfterCaret(found);
        select(first, none);
    }

    private void moveTo(int index) {
        Hit hit = hits.get().get(index);
        caretUnit = texts.unitOf(hit);
        caretOffset = hit.start();
        select(index, NO_MATCHES);
    }

    private void select(int index, String none) {
        List<Hit> all = hits.get();
        currentIndex.set(index);
        countText.set(index < 0 ? none : (index + 1) + " of " + all.size() + (capped ? "+" : "")
                + (all.get(index).inPicture() ? IN_PICTURE : ""));
        current.set(index < 0 ? null : all.get(index));
    }

    /** Binary search for the first hit at or after the caret; 0 (wrap around) if the caret is past the last. */
    private int firstAtOrAfterCaret(List<Hit> found) {
        int lo = 0;
        int hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Hit hit = found.get(mid);
            int unit = texts.unitOf(hit);
            if (unit > caretUnit || unit == caretUnit && hit.start() >= caretOffset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == found.size() ? 0 : lo;
    }
}
