package app.margin.ui.search;

import app.margin.store.LibrarySearch;
import app.margin.store.LibrarySearch.ArticleHits;
import app.margin.store.LibrarySearch.Hit;
import app.margin.ui.queue.StoreQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library search box: what the reader typed, the results grouped by article, and a message when there is
 * nothing. The search runs on the store's queue; results come back on the FX thread, and a result older than
 * the latest search is dropped. Opening a hit hands it to {@code open}, which shows the article at that place.
 */
public final class SearchViewModel {

    private final StoreQueue queue;
    private final Executor fx;
    private final Consumer<Hit> open;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ArticleHits> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long asked;

    public SearchViewModel(StoreQueue queue, Executor fx, Consumer<Hit> open) {
        this.queue = queue;
        this.fx = fx;
        this.open = open;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ArticleHits> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Searches for what is in the box now. */
    public void search() {
        long mine = ++asked;
        String typed = query.get();
        queue.run(StoreQueue.Kind.READ, s -> LibrarySearch.find(s)
                        .orElseThrow(() -> new IllegalStateException(queue.notOpenReason()))
                        .search(typed))
                .whenComplete((found, error) -> fx.execute(() -> {
                    if (mine != asked) {
                        return;
                    }
                    if (error != null) {
                        results.clear();
                        Throwable t = error.getCause() != null ? error.getCause() : error;
                        message.set("Margin could not search: " + t.getMessage());
                    } else {
                        results.setAll(found.articles());
                        message.set(found.message());
                    }
                }));
    }

    /** Opens the article at the hit's place. */
    public void open(Hit hit) {
        open.accept(hit);
    }

    /** The first hit, which Enter in the box opens; empty when there is none. */
    public java.util.Optional<Hit> first() {
        return results.stream().map(ArticleHits::hits).filter(h -> !h.isEmpty()).map(h -> h.get(0)).findFirst();
    }
}
