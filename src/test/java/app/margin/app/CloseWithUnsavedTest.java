package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing while saving fails asks first and says where the changes will go; with everything saved it does not. */
class CloseWithUnsavedTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private AnnotationsViewModel annotations(AnnotationStore store) {
        AnnotationsViewModel vm = new AnnotationsViewModel(StoreQueue.over(CompletableFuture.completedFuture(store),
                Runnable::run, (delay, task) -> { }), Runnable::run, Runnable::run, Clock.systemUTC());
        vm.open(layout, "h");
        return vm;
    }

    private Stage window() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
            return stage;
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void closingWithChangesSavingCouldNotTakeAsksAndKeepsTheWindowWhenTheReaderSaysSo() throws Exception {
        AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        AnnotationsViewModel vm = annotations(store);
        store.close(); // every save now fails, as on a full disk
        vm.addHighlight(layout.blockOf(Article.LEAD_SECTION_ID, 0), 0, 5, HighlightColor.YELLOW);
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        Path folder = dataDir.resolve(UnsavedWork.FOLDER);
        CloseWithUnsaved prompt = new CloseWithUnsaved(vm, folder);
        Stage stage = window();

        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(prompt.mayClose(stage)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("One change has not been saved");
        assertThat(pane.getContentText()).contains(folder.toString(), "Import Annotations");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> "Keep Margin Open".equals(((Button) b).getText()))
                .queryButton());

        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
        WaitForAsyncUtils.asyncFx(stage::close).get(5, TimeUnit.SECONDS);
    }

    @Test
    void closingWithEverythingSavedAsksNothing() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            AnnotationsViewModel vm = annotations(store);
            vm.addHighlight(layout.blockOf(Article.LEAD_SECTION_ID, 0), 0, 5, HighlightColor.YELLOW);
            CloseWithUnsaved prompt = new CloseWithUnsaved(vm, dataDir.resolve(UnsavedWork.FOLDER));
            Stage stage = window();

            assertThat(WaitForAsyncUtils.asyncFx(() -> prompt.mayClose(stage)).get(5, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.asyncFx(stage::close).get(5, TimeUnit.SECONDS);
        }
    }
}
