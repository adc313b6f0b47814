package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.MarkdownImporter;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The line at the top of the pane (the reading position a window keeps) starts where the whole line holding the
 * top hit starts ({@link LineMeasurer#lineAt}), whatever the paragraph at the top: body text, list items with their
 * hanging markers, a table's rows, a quote, a code block. The report finds that start without measuring the line's
 * end; taking the hit's own column instead (it is made at the column's left edge) differed at 7 of these 120 steps,
 * where the hit falls on the space that ends the line above.
 */
class TopLineTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static String article() {
        String words = "The keeper climbed the stair at dusk, counted the steps, and lit the lamp; the harbour lay quiet "
                + "below while the boats came in, one by one, under a sky the colour of slate. ";
        StringBuilder md = new StringBuilder("# The lighthouse\n\n");
        for (int c = 1; c <= 6; c++) {
            md.append("## Part ").append(c).append("\n\n");
            md.append(words.repeat(3)).append("*Emphasis* and `code` and **strong** words.\n\n");
            md.append("- A lamp ").append(words).append("\n  1. Its wick ").append(words).append("\n  2. Its oil\n");
            md.append("- A bell ").append(words).append("\n\n");
            md.append("> A quote that runs on: ").append(words.repeat(2)).append("\n\n");
            md.append("| Day | Tide | Note |\n|---|---|---|\n| Monday | High | ").append(words).append(" |\n")
                    .append("| Tuesday | Low | Calm |\n\n");
            md.append("```\nint a = 1;\nint b = 2;\n```\n\n");
            md.append(words.repeat(4)).append("\n\n");
        }
        return md.toString();
    }

    @Test
    void theTopLinesStartIsTheSameMeasuredThroughTheWholeLineAtEveryStepOfAScroll() throws Exception {
        Article article = new MarkdownImporter().read(article(), "lighthouse.md", "md-top-line");
        ArticleLayout layout = ArticleLayout.of(article);
        String css = getClass().getResource("/css/margin.css").toExternalForm();
        ReaderViewModel model = new ReaderViewModel();
        ReadingSettings settings = new ReadingSettings();
        ReaderView[] view = new ReaderView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new ReaderView(model, settings, javafx.application.Platform::runLater);
            Scene scene = new Scene(view[0], 760, 520);
            scene.getStylesheets().add(css);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(() -> model.show(layout)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ReadingArea area = view[0].area();
        LineMeasurer lines = new LineMeasurer(area, model, settings);
        List<String> differences = new ArrayList<>();
        int[] checked = {0};

        for (int step = 0; step < 120; step++) {
            WaitForAsyncUtils.asyncFx(() -> {
                area.scrollYBy(23);
                area.layout();
                int first = area.firstVisibleParToAllParIndex();
                int[] top = lines.topLine(first);
                int[] again = topLineThroughTheWholeLine(area, lines, first);
                checked[0]++;
                if (top[0] != again[0] || top[1] != again[1]) {
                    differences.add(top[0] + ":" + top[1] + " against " + again[0] + ":" + again[1]);
                }
            }).get(10, TimeUnit.SECONDS);
        }

        assertThat(checked[0]).isEqualTo(120);
        assertThat(differences).isEmpty();
        FxToolkit.cleanupStages();
    }

    /**
     * The top line measured through whole lines: the hit, then the whole line holding it, whose start is kept (or the
     * next line's, when the one hit is hidden above the margin).
     */
    private static int[] topLineThroughTheWholeLine(ReadingArea area, LineMeasurer lines, int first) {
        double x = area.getPadding() == null ? ReaderView.MIN_SIDE_PADDING : area.getPadding().getLeft() + 1;
        CharacterHit hit;
        try {
            hit = area.hit(x, ReaderView.TOP_MARGIN + 1 + area.bodyLineSpacingProperty().get());
        } catch (NoSuchElementException e) {
            return new int[] {first, 0};
        }
        int index = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        TwoDimensional.Position at = area.offsetToPosition(index, TwoDimensional.Bias.Forward);
        if (at.getMajor() < first || at.getMajor() > first + 1) {
            return new int[] {first, 0};
        }
        int block = at.getMajor();
        ReaderView.Line line = lines.lineAt(block, at.getMinor()).orElse(new ReaderView.Line(block, at.getMinor(),
                at.getMinor() + 1));
        // A hit in the room below a paragraph's last line (its padding) is on a line hidden above the margin: the
        // top line is the one after it.
        var pane = area.localToScreen(area.getLayoutBounds());
        boolean above = lines.glyphBounds(block, at.getMinor())
                .map(b -> b.getMaxY() < pane.getMinY() + ReaderView.TOP_MARGIN + 1).orElse(false);
        if (above) {
            var next = lines.lineAfter(line);
            if (next.isPresent()) {
                return new int[] {next.get().blockIndex(), next.get().start()};
            }
        }
        return new int[] {block, line.start()};
    }
}
