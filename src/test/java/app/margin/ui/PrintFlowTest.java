package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.print.SheetPrint;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.Notice;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+P on a machine without a printer: the reader chooses what to print and is told plainly it cannot be. */
class PrintFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void printingWithNoPrinterSaysSoAndPointsToExportPdf() throws Exception {
        Assumptions.assumeTrue(WaitForAsyncUtils.asyncFx(() -> Printer.getAllPrinters().isEmpty()).get(),
                "this machine has a printer");
        MainView v = margin.start(dataDir);
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".scope-dialog").tryQuery().isPresent());
        assertThat(robot.lookup(".scope-dialog .radio-button").queryAllAs(javafx.scene.control.RadioButton.class))
                .first().extracting(javafx.scene.control.RadioButton::getText).isEqualTo("The whole article");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().noticeProperty().get() != null);
        Notice notice = v.viewModel().noticeProperty().get();
        assertThat(notice.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(notice.text()).isEqualTo(SheetPrint.NO_PRINTER);
    }
}
