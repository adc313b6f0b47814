package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.theme.ThemedWindows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The marks drawn over the page, per theme, from the stylesheet's own tokens: the current find match (which is
 * also the selection) stands out most, every mark keeps the text readable, and a selection never looks like a
 * yellow highlight.
 */
class ThemeTokensTest {

    private static final List<String> HIGHLIGHTS = List.of("-margin-highlight-yellow", "-margin-highlight-green",
            "-margin-highlight-blue", "-margin-highlight-pink", "-margin-highlight-purple");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theCurrentFindMatchIsTheMostProminentMarkInEveryTheme() throws Exception {
        for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
            Map<String, Color> t = tokens(theme);
            Color page = t.get("-margin-bg");
            // The current match is drawn in its own colour and, being selected, under the selection too.
            for (String current : List.of("-margin-find-current", "-margin-selection")) {
                for (String other : concat("-margin-find", HIGHLIGHTS)) {
                    assertThat(Contrast.ratio(t.get(current), page))
                            .as("%s: %s %s stands out more than %s %s on the page %s", theme, current,
                                    Contrast.hex(t.get(current)), other, Contrast.hex(t.get(other)), Contrast.hex(page))
                            .isGreaterThan(Contrast.ratio(t.get(other), page));
                }
            }
        }
    }

    @Test
    void textStaysReadableOnEveryMarkInEveryTheme() throws Exception {
        for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
            Map<String, Color> t = tokens(theme);
            for (String mark : concat("-margin-find", concat("-margin-find-current", concat("-margin-selection",
                    HIGHLIGHTS)))) {
                assertThat(Contrast.ratio(t.get("-margin-text"), t.get(mark)))
                        .as("%s: text %s on %s %s", theme, Contrast.hex(t.get("-margin-text")), mark,
                                Contrast.hex(t.get(mark)))
                        .isGreaterThanOrEqualTo(Contrast.AA);
            }
        }
    }

    @Test
    void aSelectionNeverLooksLikeAYellowHighlight() throws Exception {
        for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
            Map<String, Color> t = tokens(theme);
            double a = t.get("-margin-selection").getHue();
            double b = t.get("-margin-highlight-yellow").getHue();
            double apart = Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
            assertThat(apart).as("%s: hues of the selection and the yellow highlight, degrees apart", theme)
                    .isGreaterThanOrEqualTo(60);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The theme's colour tokens as CSS resolves them, read from probe regions painted with each. */
    private static Map<String, Color> tokens(ReadingSettings.Theme theme) throws Exception {
        List<String> names = concat("-margin-bg", concat("-margin-text", concat("-margin-selection",
                concat("-margin-find", concat("-margin-find-current", HIGHLIGHTS)))));
        return WaitForAsyncUtils.asyncFx(() -> {
            StackPane root = new StackPane();
            Map<String, Region> probes = new LinkedHashMap<>();
            for (String name : names) {
                Region probe = new Region();
                probe.setStyle("-fx-background-color: " + name + ";");
                probes.put(name, probe);
                root.getChildren().add(probe);
            }
            Scene scene = new Scene(root, 10, 10);
            ThemedWindows.style(scene, theme, ThemeTokensTest.class.getResource("/css/margin.css").toExternalForm());
            root.applyCss();
            Map<String, Color> out = new LinkedHashMap<>();
            probes.forEach((name, probe) -> out.put(name, (Color) probe.getBackground().getFills().get(0).getFill()));
            return out;
        }).get();
    }
}
