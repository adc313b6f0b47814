package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Picture;
import org.junit.jupiter.api.Test;

/** A picture's accessible text carries all the words inside it; its tooltip a readable beginning of them. */
class PictureWordsTest {
    private static Picture table(String cells) {
        return new Picture("pdf-page:2@1,1,9,9", "Figure on p. 2", 100, 40, true, cells);
    }

    @Test
    void aTablesCellsAreItsAccessibleTextRowByRowAfterItsName() {
        Picture picture = table("Experiment\tu [m/s]\nRun 11\t12.5\nRun 12\t24");

        assertThat(PictureWords.accessible(picture))
                .isEqualTo("Figure on p. 2: Experiment, u [m/s]; Run 11, 12.5; Run 12, 24");
        assertThat(PictureWords.tooltip(picture))
                .isEqualTo("Figure on p. 2\nExperiment  ·  u [m/s]\nRun 11  ·  12.5\nRun 12  ·  24");
    }

    @Test
    void aPictureWithoutWordsSaysItsAltTextOrPicture() {
        assertThat(PictureWords.tooltip(new Picture("a.png", "A cat", 0, 0))).isEqualTo("A cat");
        assertThat(PictureWords.accessible(new Picture("a.png", "", 0, 0))).isEqualTo("Picture");
    }

    @Test
    void aLongTablesTooltipStopsAfterTwelveRows() {
        StringBuilder cells = new StringBuilder("x\ty");
        for (int i = 1; i < 40; i++) {
            cells.append('\n').append(i).append('\t').append(i * i);
        }

        String tip = PictureWords.tooltip(table(cells.toString()));

        assertThat(tip.split("\n")).hasSize(1 + PictureWords.TOOLTIP_ROWS);
        assertThat(tip).endsWith("11  ·  121 …");
        assertThat(PictureWords.accessible(table(cells.toString()))).endsWith("39, 1521");
    }

    @Test
    void aLongRowIsCutWhereAWordEndsNotInsideOne() {
        String words = "pangolin ".repeat(100).strip();

        String tip = PictureWords.tooltip(table(words));

        String shown = tip.substring(tip.indexOf('\n') + 1);
        assertThat(shown).endsWith("pangolin …");
        assertThat(shown.length()).isLessThanOrEqualTo(PictureWords.TOOLTIP_CHARS + 2);
    }
}
