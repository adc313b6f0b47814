package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final MainViewModel vm = new MainViewModel();

    @Test
    void windowTitleAndStatusNameTheArticleAndSection() {
        vm.showArticle(TestArticles.bundled());

        assertThat(vm.windowTitleProperty().get()).startsWith("US-Russia Military Talks");
        assertThat(vm.statusSectionProperty().get()).isEqualTo(TestArticles.bundled().title());
        assertThat(vm.statusProgressProperty().get()).isEqualTo("0%");
    }

    @Test
    void statusFollowsTheReader() {
        vm.showArticle(TestArticles.bundled());
        int block = vm.reader().getLayout().blockOf("ukraine-the-central-point-of-discussion");

        vm.reader().viewportChanged(block, 0.5);

        assertThat(vm.statusSectionProperty().get()).isEqualTo("Ukraine: The Central Point of Discussion");
        assertThat(vm.statusProgressProperty().get()).isEqualTo("50%");
    }

    @Test
    void nextAndPreviousSectionWalkTheOutlineAndStopAtTheEnds() {
        vm.showArticle(TestArticles.bundled());
        assertThat(vm.hasPreviousSectionProperty().get()).isFalse();

        vm.nextSection();
        vm.nextSection();
        vm.nextSection();

        assertThat(vm.reader().currentSectionIdProperty().get()).isEqualTo("de-escalation-efforts-and-stability");
        assertThat(vm.hasNextSectionProperty().get()).isFalse();
        vm.previousSection();
        assertThat(vm.reader().currentSectionIdProperty().get()).isEqualTo("ukraine-the-central-point-of-discussion");
    }

    @Test
    void outlineSelectionFollowsTheSectionBeingRead() {
        vm.showArticle(TestArticles.bundled());

        vm.outline().activate("understanding-the-us-russia-military-dialogue");

        assertThat(vm.outline().selectedSectionIdProperty().get())
                .isEqualTo("understanding-the-us-russia-military-dialogue");
        assertThat(vm.outline().entries()).hasSize(4);
        assertThat(vm.outline().entries().get(0).sectionId()).isEqualTo(Article.LEAD_SECTION_ID);
    }

    @Test
    void noticeShowsAndDismisses() {
        vm.showNotice(Notice.problem("broken.json, line 3, column 1: expected a value"));
        assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PROBLEM);

        vm.dismissNotice();

        assertThat(vm.noticeProperty().get()).isNull();
    }
}
