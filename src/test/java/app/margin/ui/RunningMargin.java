package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.app.MarginApp;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application, started for a UI flow test on a data folder, and closed as a reader closes it. Registered
 * as an extension ({@code @RegisterExtension}), it readies TestFX's stage before each test and closes Margin after.
 */
final class RunningMargin implements BeforeEachCallback, AfterEachCallback {

    private final FxRobot robot;
    private Application app;
    private Path dataDir;

    RunningMargin(FxRobot robot) {
        this.robot = robot;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
    }

    /** Starts Margin on {@code folder} and waits until the article and its annotations are shown. */
    MainView start(Path folder) throws Exception {
        return start(folder, new String[0]);
    }

    /** As {@link #start(Path)}, with more command-line options ({@code "--article", file}). */
    MainView start(Path folder, String... options) throws Exception {
        dataDir = folder;
        String[] args = new String[options.length + 2];
        args[0] = "--data-dir";
        args[1] = folder.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        app = FxToolkit.setupApplication(MarginApp.class, args);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view() != null
                && view().viewModel().reader().getLayout() != null && view().toolsShown()
                && view().viewModel().annotations().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return view();
    }

    /** Closes Margin (its stop() saves) and starts it again on the same folder. */
    MainView restart() throws Exception {
        stop();
        return start(dataDir);
    }

    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /**
     * Makes the window {@code width} wide, as the reader drags its edge, and waits until it is laid out again. The
     * stage is TestFX's, reused from test to test: it can say it is {@code width} wide while its scene is still as
     * wide as the last test left it (Monocle), so the width is changed by a pixel first.
     */
    void resize(MainView v, double width) {
        javafx.stage.Window w = v.getScene().getWindow();
        robot.interact(() -> w.setWidth(width + 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> w.setWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.getScene().getWidth()).as("the scene follows its window").isEqualTo(width);
    }

    MainView view() {
        return robot.lookup(".margin-root").tryQueryAs(MainView.class).orElse(null);
    }

    /** The index of the first block of the article shown whose text starts with {@code text}. */
    static int blockStarting(app.margin.model.ArticleLayout layout, String text) {
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no block starts with " + text + " in "
                + layout.blocks().stream().map(b -> b.text()).toList());
    }
}
