package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.MarkdownImporter;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A Markdown code block reaches the reading pane as a paragraph with the code-block style: a monospace block. */
class CodeBlockStyleTest {

    private Scene scene;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aCodeParagraphCarriesTheStyleClassAndIsSetInAMonospaceFace() throws Exception {
        Article article = new MarkdownImporter().read("""
                # Code

                Some prose before the listing.

                ```
                int a = 1;
                int b = 2;
                ```

                And prose after it.
                """, "code.md", "md-code");
        ArticleLayout layout = ArticleLayout.of(article);
        String css = getClass().getResource("/css/margin.css").toExternalForm();

        WaitForAsyncUtils.asyncFx(() -> {
            ReaderViewModel model = new ReaderViewModel();
            ReaderView view = new ReaderView(model, new ReadingSettings(), javafx.application.Platform::runLater);
            // A scene in no window: a shown stage would take the keyboard focus from the flow tests that follow.
            scene = new Scene(view, 700, 500);
            scene.getStylesheets().add(css);
            model.show(layout);
            for (int pass = 0; pass < 3; pass++) {
                view.applyCss();
                view.layout();
            }
        }).get(10, TimeUnit.SECONDS);

        TextFlow code = WaitForAsyncUtils.asyncFx(() -> flowWith("int a = 1;")).get(10, TimeUnit.SECONDS);
        TextFlow prose = WaitForAsyncUtils.asyncFx(() -> flowWith("Some prose before the listing."))
                .get(10, TimeUnit.SECONDS);

        assertThat(code.getStyleClass()).contains("code-block").doesNotContain("body");
        assertThat(prose.getStyleClass()).contains("body").doesNotContain("code-block");
        Text codeText = texts(code).get(0);
        Text proseText = texts(prose).get(0);
        assertThat(codeText.getText()).isEqualTo("int a = 1;\nint b = 2;");
        assertThat(codeText.getFont().getFamily()).isEqualTo("Monospaced");
        assertThat(proseText.getFont().getFamily()).isNotEqualTo("Monospaced");
        assertThat(codeText.getFont().getSize()).isLessThan(proseText.getFont().getSize());
        assertThat(((Region) code).getBackground()).as("a block behind the code").isNotNull();
        assertThat(((Region) prose).getBackground()).isNull();
    }

    private TextFlow flowWith(String text) {
        for (Node node : scene.getRoot().lookupAll(".paragraph-text")) {
            if (node instanceof TextFlow flow && texts(flow).stream().anyMatch(t -> t.getText().startsWith(text))) {
                return flow;
            }
        }
        throw new AssertionError("no paragraph shows " + text);
    }

    private static List<Text> texts(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> !t.getText().isEmpty()).toList();
    }
}
