package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a table needs of its line to set each row on one line, and the size each of its runs is set at. */
class TableFitTest {

    @Test
    void aTableNeedsItsColumnsTheirRoomAndItsLastColumnsWidestCell() {
        TableColumns columns = new TableColumns(new double[] {4, 16}, new boolean[3], 10.5);
        assertThat(columns.fitEms()).isCloseTo(4 + 16 + 2 * Tables.GAP_EMS + 10.5, within(1e-9));

        TableColumns shortLast = new TableColumns(new double[] {4}, new boolean[2], 2);
        assertThat(shortLast.fitEms()).as("a short last column: the room the columns leave it, as within() asks")
                .isCloseTo(4 + Tables.GAP_EMS + Tables.LAST_EMS, within(1e-9));
        assertThat(shortLast.within(shortLast.fitEms())).isSameAs(shortLast);

        TableColumns prose = new TableColumns(new double[] {5}, new boolean[2], Tables.MAX_EMS);
        assertThat(prose.fitEms()).as("a last column of text that wraps at any size")
                .isCloseTo(5 + Tables.GAP_EMS + Tables.LAST_EMS, within(1e-9));

        assertThat(TableColumns.RUNNING.fitEms()).isNaN();
    }

    @Test
    void aFittedTableIsOneLineAtTheScaleFontFitPicksAndTheTenthBelow() {
        double natural = 800;
        double scale = FontFit.scale(natural, 600);
        assertThat(scale).isCloseTo((600 - FontFit.SLACK) / natural, within(1e-9));
        assertThat(FontFit.size(1, scale, 19) * natural / 19).isLessThanOrEqualTo(600 - FontFit.SLACK);
        assertThat(FontFit.size(1, scale, 19)).isCloseTo(Math.floor(scale * 190) / 10, within(1e-9));
        assertThat(FontFit.scale(natural, 900)).as("room to spare").isEqualTo(1);
        assertThat(FontFit.scale(natural, Double.NaN)).as("a line not measured yet").isEqualTo(1);
    }

    /** The sizes {@link TableFit#emsOf} gives a row's runs are the style sheet's: a change to one shows here. */
    @Test
    void eachRunsShareOfTheReadersSizeIsTheStyleSheets() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<List<String>> kinds = List.of(List.of(), List.of("em"), List.of("strong"), List.of("link"),
                List.of("code"), List.of("code", "link"), List.of("sup"), List.of("sub"), List.of("noteref"),
                List.of("smallcaps"), List.of("code", "sup"));
        WaitForAsyncUtils.asyncFx(() -> {
            TextFlow row = new TextFlow();
            row.getStyleClass().addAll("paragraph-text", "body", "table-row");
            for (List<String> classes : kinds) {
                Text run = new Text("x");
                run.getStyleClass().add("text");
                run.getStyleClass().addAll(classes);
                row.getChildren().add(run);
            }
            StackPane area = new StackPane(row);
            area.getStyleClass().add("reader-area");
            area.setStyle("-fx-font-size: 20px;");
            Scene scene = new Scene(area, 400, 200);
            scene.getStylesheets().add(TableFitTest.class.getResource("/css/margin.css").toExternalForm());
            area.applyCss();
            for (var n : row.getChildren()) {
                Text run = (Text) n;
                assertThat(run.getFont().getSize()).as("a run of %s", run.getStyleClass())
                        .isCloseTo(TableFit.emsOf(run) * 20, within(0.06));
            }
        }).get();
    }
}
