package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog that asks what a study sheet covers: plain, and it names a book a book. */
class ScopeDialogTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Article article(String id) {
        return new Article(id, "Title", null, null, null, List.of("Lead."), List.of(), false, null, Set.of());
    }

    private static ScopeDialog dialog(Article article) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new ScopeDialog(null, List.of(), "Export PDF", article, "s",
                "Section one")).get();
    }

    @Test
    void aBookIsOfferedAsTheWholeBook() throws Exception {
        ScopeDialog d = dialog(article("epub-0123456789abcdef"));
        assertThat(d.wholeChoice().getText()).isEqualTo("The whole book");
        assertThat(d.sectionChoice().getText()).isEqualTo("This section only (Section one)");
    }

    @Test
    void anArticleIsOfferedAsTheWholeArticle() throws Exception {
        assertThat(dialog(article("an-article")).wholeChoice().getText()).isEqualTo("The whole article");
    }

    @Test
    void theDialogHasNoQuestionIconAndItsButtonNamesTheAction() throws Exception {
        ScopeDialog d = dialog(article("an-article"));
        assertThat(d.dialog().getGraphic()).isNull();
        assertThat(d.dialog().getDialogPane().getGraphic()).isNull();
        assertThat(d.dialog().getDialogPane().getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                .contains("Export PDF");
    }

    @Test
    void choosingTheSectionGivesItsId() throws Exception {
        ScopeDialog d = dialog(article("an-article"));
        var ok = d.dialog().getDialogPane().getButtonTypes().get(0);
        FileCommands.Scope scope = WaitForAsyncUtils.asyncFx(() -> {
            d.sectionChoice().setSelected(true);
            return d.dialog().getResultConverter().call(ok);
        }).get();
        assertThat(scope.sectionId()).isEqualTo("s");
    }
}
