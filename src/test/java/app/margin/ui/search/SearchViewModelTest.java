package app.margin.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.store.LibrarySearch.Hit;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search box's state, without a window. */
class SearchViewModelTest {

    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();

    private static Article article(String id, String title, String... paragraphs) {
        return new Article(id, title, null, null, null, List.of(),
                List.of(new Section("s-1", "Origins", List.of(paragraphs), List.of())), false);
    }

    private SearchViewModel viewModel(AnnotationStore store) {
        return new SearchViewModel(StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run),
                Runnable::run, (hit, title) -> opened.add(title + " " + hit.sectionId() + "/" + hit.paragraphIndex()
                        + "@" + hit.offset()));
    }

    @Test
    void resultsAreGroupedByArticleAndEnterOpensTheChosenHitAtItsPlace() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store()) {
            LibrarySearch.of(store).indexArticle(article("a-1", "Mammals", "Intro.", "The pangolin eats ants."));
            LibrarySearch.of(store).indexArticle(article("a-2", "Scales", "A pangolin, a pangolin everywhere."));
            SearchViewModel vm = viewModel(store);

            vm.queryProperty().set("pangolin");

            assertThat(vm.rows()).filteredOn(SearchViewModel.Row::isHeading)
                    .extracting(SearchViewModel.Row::articleTitle).containsExactly("Scales", "Mammals");
            assertThat(vm.rows()).hasSize(4);
            assertThat(vm.selectedProperty().get()).as("the best hit is chosen").isEqualTo(1);
            vm.move(1);
            assertThat(vm.selectedProperty().get()).as("the heading of Mammals is skipped").isEqualTo(3);
            vm.move(1);
            assertThat(vm.selectedProperty().get()).as("stays at the last hit").isEqualTo(3);
            assertThat(vm.openChosen()).isTrue();
            assertThat(opened).containsExactly("Mammals s-1/1@4");
            vm.move(-1);
            assertThat(vm.selectedProperty().get()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyBoxSaysWhatItSearchesAndNothingFoundSaysSo() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store()) {
            LibrarySearch.of(store).indexArticle(article("a-1", "Mammals", "The pangolin eats ants."));
            SearchViewModel vm = viewModel(store);
            assertThat(vm.messageProperty().get()).isEqualTo(SearchViewModel.EMPTY);

            vm.queryProperty().set("okapi");
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("Nothing in your library matches “okapi”.");
            assertThat(vm.openChosen()).isFalse();

            vm.queryProperty().set("(((");
            assertThat(vm.messageProperty().get()).contains("Type a word");

            vm.queryProperty().set("  ");
            assertThat(vm.messageProperty().get()).isEqualTo(SearchViewModel.EMPTY);
        }
    }

    @Test
    void keysTypedWhileASearchRunsAreSearchedOnceItEndsAndOnlyTheLatestTextIsShown() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store()) {
            LibrarySearch.of(store).indexArticle(article("a-1", "Mammals", "The pangolin eats ants."));
            ArrayDeque<Runnable> queueTasks = new ArrayDeque<>();
            SearchViewModel vm = new SearchViewModel(
                    StoreQueue.over(CompletableFuture.completedFuture(store), queueTasks::add), Runnable::run,
                    (hit, title) -> { });
            vm.queryProperty().set("p");
            vm.queryProperty().set("pa");
            vm.queryProperty().set("pan");
            assertThat(queueTasks).as("one search at a time").hasSize(1);
            queueTasks.poll().run();
            assertThat(queueTasks).as("then one for the latest text").hasSize(1);
            assertThat(vm.rows()).as("the stale result is not shown").isEmpty();
            queueTasks.poll().run();
            assertThat(queueTasks).isEmpty();
            assertThat(vm.rows()).extracting(SearchViewModel.Row::articleTitle).containsOnly("Mammals");
        }
    }

    @Test
    void withoutTheNotesDatabaseTheSearchSaysWhy() {
        SearchViewModel vm = new SearchViewModel(StoreQueue.over(CompletableFuture.completedFuture(null),
                Runnable::run), Runnable::run, (Hit hit, String title) -> { });
        vm.queryProperty().set("pangolin");
        assertThat(vm.messageProperty().get()).startsWith("Margin could not search:");
    }
}
