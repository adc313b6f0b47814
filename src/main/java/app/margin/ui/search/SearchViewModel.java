package app.margin.ui.search;

import app.margin.store.LibrarySearch;
import app.margin.store.LibrarySearch.ArticleHits;
import app.margin.store.LibrarySearch.Hit;
import app.margin.ui.queue.StoreQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library search box: what the reader typed, the results as rows (an article's title, then its hits), which
 * hit is chosen, and a message (what to type, nothing found, or that only the latest of many matches were
 * ranked). Typing searches on the store's queue, one search at a time: what is typed while one runs is searched
 * when it ends, so a burst of keys costs at most two searches and the result is always the latest text's.
 * Opening a hit hands it, with its article's title, to {@code open}, which shows the article at that place.
 */
public final class SearchViewModel {

    static final String EMPTY = "Search the text of every article in your library, and your notes, tags and "
            + "bookmarks.";

    /** One row of the results: an article's heading (hit null), or one hit in it. */
    public record Row(String articleTitle, int hitsInArticle, Hit hit) {
        public boolean isHeading() {
            return hit == null;
        }
    }

    private final StoreQueue queue;
    private final Executor fx;
    private final BiConsumer<Hit, String> open;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", EMPTY);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private boolean running;
    private boolean again;

    /**
     * @param fx   where results come back (the FX thread)
     * @param open shows the hit's article (its title second) at the hit's place
     */
    public SearchViewModel(StoreQueue queue, Executor fx, BiConsumer<Hit, String> open) {
        this.queue = queue;
        this.fx = fx;
        this.open = open;
        query.addListener((obs, old, now) -> search());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The row of the chosen hit, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Searches for what is in the box now (typing does it too). */
    public void search() {
        if (running) {
            again = true;
            return;
        }
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            show(List.of(), EMPTY);
            return;
        }
        running = true;
        // The store not open, or one without the search: the reader is told why, as for any failure.
        queue.call(StoreQueue.Kind.READ, s -> LibrarySearch.find(s)
                        .orElseThrow(() -> new IllegalStateException(queue.notOpenReason()))
                        .search(typed), fx,
                found -> searched(typed, () -> show(found.articles(), found.message())),
                error -> searched(typed, () -> show(List.of(), "Margin could not search: " + error.getMessage())));
    }

    /** On the FX thread, a search for {@code typed} ended: {@code result} shows it, unless newer keys came meanwhile. */
    private void searched(String typed, Runnable result) {
        running = false;
        if (again || !typed.equals(query.get())) {
            again = false;
            search();
            return;
        }
        result.run();
    }

    private void show(List<ArticleHits> articles, String text) {
        List<Row> out = new ArrayList<>();
        for (ArticleHits a : articles) {
            out.add(new Row(a.title(), a.hits().size(), null));
            for (Hit h : a.hits()) {
                out.add(new Row(a.title(), a.hits().size(), h));
            }
        }
        rows.setAll(out);
        message.set(text);
        selected.set(out.size() > 1 ? 1 : -1);
    }

    /** Chooses the next ({@code +1}) or previous ({@code -1}) hit, skipping article headings; stays at the ends. */
    public void move(int direction) {
        int i = selected.get();
        for (int next = i + direction; next >= 0 && next < rows.size(); next += direction) {
            if (!rows.get(next).isHeading()) {
                selected.set(next);
                return;
            }
        }
    }

    /** Chooses the hit in row {@code index} (a click); a heading chooses its first hit. */
    public void select(int index) {
        if (index >= 0 && index < rows.size()) {
            selected.set(rows.get(index).isHeading() && index + 1 < rows.size() ? index + 1 : index);
        }
    }

    /** The chosen hit, if any. */
    public Optional<Row> chosen() {
        int i = selected.get();
        return i >= 0 && i < rows.size() && !rows.get(i).isHeading() ? Optional.of(rows.get(i)) : Optional.empty();
    }

    /** Opens the chosen hit's article at its place (Enter); false when nothing is chosen. */
    public boolean openChosen() {
        Optional<Row> row = chosen();
        row.ifPresent(r -> open.accept(r.hit(), r.articleTitle()));
        return row.isPresent();
    }
}
