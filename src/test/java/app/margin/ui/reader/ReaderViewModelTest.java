package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import org.junit.jupiter.api.Test;

class ReaderViewModelTest {

    private final ReaderViewModel reader = new ReaderViewModel();
    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());

    @Test
    void showingAnArticleStartsAtTheLead() {
        reader.show(layout);

        assertThat(reader.currentSectionIdProperty().get()).isEqualTo(Article.LEAD_SECTION_ID);
        assertThat(reader.progressProperty().get()).isZero();
    }

    @Test
    void jumpToSectionRequestsItsHeadingAndMovesTheCurrentSection() {
        reader.show(layout);
        String ukraine = "ukraine-the-central-point-of-discussion";

        reader.jumpToSection(ukraine);

        assertThat(reader.jumpRequestProperty().get().blockIndex()).isEqualTo(layout.blockOf(ukraine));
        assertThat(reader.currentSectionIdProperty().get()).isEqualTo(ukraine);
    }

    @Test
    void repeatedJumpsToTheSamePlaceEachFire() {
        reader.show(layout);
        int[] fired = {0};
        reader.jumpRequestProperty().addListener((obs, o, n) -> fired[0]++);

        reader.jumpToBlock(3);
        reader.jumpToBlock(3);

        assertThat(fired[0]).isEqualTo(2);
    }

    @Test
    void viewportReportsSetSectionAndProgress() {
        reader.show(layout);
        int block = layout.blockOf("understanding-the-us-russia-military-dialogue") + 1;

        reader.viewportChanged(block, block, 0.4);

        assertThat(reader.currentSectionIdProperty().get()).isEqualTo("understanding-the-us-russia-military-dialogue");
        assertThat(reader.progressProperty().get()).isEqualTo(0.4);
    }

    @Test
    void reachingTheEndSelectsTheLastSectionEvenIfAnEarlierParagraphIsAtTheTop() {
        reader.show(layout);

        int block = layout.blockOf("ukraine-the-central-point-of-discussion", 0);
        reader.viewportChanged(block, block, 1.0);

        assertThat(reader.currentSectionIdProperty().get()).isEqualTo("de-escalation-efforts-and-stability");
    }

    @Test
    void outOfRangeJumpsAndNonsenseFractionsAreIgnored() {
        reader.show(layout);

        reader.jumpToBlock(10_000);
        reader.viewportChanged(0, 0, Double.NaN);

        assertThat(reader.jumpRequestProperty().get()).isNull();
        assertThat(reader.progressProperty().get()).isZero();
    }
}
