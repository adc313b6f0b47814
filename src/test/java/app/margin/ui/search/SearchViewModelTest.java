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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {

    @TempDir
    Path dir;

    @Test
    void searchGroupsByArticleAndEnterOpensTheBestHit() throws Exception {
        List<Hit> opened = new ArrayList<>();
        try (AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store()) {
            LibrarySearch.of(store).indexArticle(new Article("a-1", "Mammals", null, null, null, List.of(),
                    List.of(new Section("s-1", "Origins", List.of("Intro.", "The pangolin eats ants."), List.of())),
                    false));
            SearchViewModel vm = new SearchViewModel(
                    StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run), Runnable::run,
                    opened::add);
            vm.queryProperty().set("pangolin");
            vm.search();
            assertThat(vm.results()).extracting(LibrarySearch.ArticleHits::title).containsExactly("Mammals");
            vm.open(vm.first().orElseThrow());
            assertThat(opened).extracting(Hit::sectionId, Hit::paragraphIndex).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("s-1", 1));

            vm.queryProperty().set("(((");
            vm.search();
            assertThat(vm.results()).isEmpty();
            assertThat(vm.messageProperty().get()).contains("Type a word");
        }
    }
}
