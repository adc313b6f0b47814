package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.ArticleReader;
import app.margin.model.ArticleLayout;
import app.margin.model.Picture;
import app.margin.ui.reader.TextMark;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Find sees the words inside a picture (a PDF table's cells) as the picture's, in reading order, and marks it. */
class FindPictureWordsTest {

    private final FindViewModel find = new FindViewModel(Runnable::run, Runnable::run);

    /**
     * Title, then "Runs were timed." (block 1), a table captioned "Table 1: The runs." with its cells in its picture,
     * below the caption when {@code below} (block 2), and "Run 12 was the last run." (block 3).
     */
    static ArticleLayout layout(boolean below) throws Exception {
        String json = """
                {"schemaVersion": 2, "id": "t", "title": "Timing",
                 "lead": ["Runs were timed.", "Table 1: The runs.", "Run 12 was the last run."],
                 "leadForms": [{"paragraph": 1, "role": "figure", "picture": {"source": "pdf-page:1@1,1,9,9",
                   "alt": "Figure on p. 1", "width": 100, "height": 40, "below": %s,
                   "text": "Run\\tSeconds\\nRun 11\\t12.5\\nRun 12\\t9.75"}}], "sections": []}
                """.formatted(below);
        return ArticleLayout.of(new ArticleReader().read(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "t.json"));
    }

    @Test
    void aTablesCellIsFoundInItsPictureAndTheCountSaysSo() throws Exception {
        ArticleLayout layout = layout(true);
        find.show(layout);

        find.queryProperty().set("Run 11");

        int table = 2;
        assertThat(layout.blocks().get(table).text()).isEqualTo("Table 1: The runs.");
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(table, 12, 18, true));
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 1 · in a picture");
    }

    @Test
    void aPictureBelowItsCaptionIsSearchedAfterItAndOneAboveBefore() throws Exception {
        find.show(layout(true));
        find.queryProperty().set("run");
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(1, 0, 3), new Hit(2, 13, 16),
                new Hit(2, 0, 3, true), new Hit(2, 12, 15, true), new Hit(2, 24, 27, true), new Hit(3, 0, 3),
                new Hit(3, 20, 23));

        find.show(layout(false));
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(1, 0, 3), new Hit(2, 0, 3, true),
                new Hit(2, 12, 15, true), new Hit(2, 24, 27, true), new Hit(2, 13, 16), new Hit(3, 0, 3),
                new Hit(3, 20, 23));
    }

    @Test
    void typingOnKeepsAHitInAPictureCurrentAndNextGoesOnInReadingOrder() throws Exception {
        find.show(layout(true));
        find.queryProperty().set("Run 1");
        assertThat(find.currentProperty().get()).isEqualTo(new Hit(2, 12, 17, true));
        find.next();
        assertThat(find.currentProperty().get()).isEqualTo(new Hit(2, 24, 29, true));

        find.queryProperty().set("Run 12");

        assertThat(find.currentProperty().get()).as("the reader's place stays in the picture")
                .isEqualTo(new Hit(2, 24, 30, true));
        find.next();
        assertThat(find.currentProperty().get()).isEqualTo(new Hit(3, 0, 6));
        assertThat(find.countTextProperty().get()).isEqualTo("2 of 2");
    }

    @Test
    void theReadersPlaceInACaptionFindsTheWordsOfAPictureBelowItNext() throws Exception {
        find.show(layout(true));
        find.setCaret(2, 5);

        find.queryProperty().set("12.5");

        assertThat(find.currentProperty().get()).isEqualTo(new Hit(2, 19, 23, true));
    }

    @Test
    void anArticleWithoutWordsInPicturesIsSearchedAsItsBlocks() throws Exception {
        find.setText(List.of("Run 11 was slow."));

        find.queryProperty().set("Run 11");

        assertThat(find.searchesPictures()).isFalse();
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(0, 0, 6));
    }

    @Test
    void theCaptionsTextGetsNoMarkForAHitInItsPictureWhichIsMarkedInstead() throws Exception {
        ArticleLayout layout = layout(true);
        find.show(layout);
        find.queryProperty().set("run");
        List<Hit> hits = find.hitsProperty().get();
        Hit current = new Hit(2, 12, 15, true);

        List<TextMark> caption = FindPresenter.marksIn(hits, current, 2);
        Map<Picture, String> pictures = FindPresenter.pictureMarks(hits, current, layout);

        assertThat(caption).containsExactly(new TextMark(2, 13, 16, FindPresenter.HIT));
        assertThat(pictures).containsExactly(Map.entry(layout.blocks().get(2).form().picture(),
                FindPresenter.CURRENT));
        assertThat(FindPresenter.pictureMarks(hits, new Hit(1, 0, 3), layout)).containsValue(FindPresenter.HIT);
    }
}
