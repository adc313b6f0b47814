package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnchorResolverPerformanceTest {

    @Test
    void tenThousandAnchorsOnAnUnchangedArticleResolveAtTheHintQuickly() {
        ArticleLayout layout = ArticleLayout.of(TestArticles.synthetic(50, 20));
        List<Block> paragraphs = layout.blocks().stream()
                .filter(b -> b.isParagraph() && b.text().length() > 40).toList();
        Random rnd = new Random(3);
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Block b = paragraphs.get(rnd.nextInt(paragraphs.size()));
            int start = rnd.nextInt(b.text().length() - 20);
            int end = start + 5 + rnd.nextInt(15);
            anchors.add(Anchor.passage(b.sectionId(), b.paragraphIndex(), b.text(), start, end));
        }
        AnchorResolver resolver = new AnchorResolver(layout);

        long started = System.nanoTime();
        long atHint = anchors.stream().map(resolver::resolveDetailed)
                .filter(r -> r.method() == Resolution.Method.HINT).count();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(atHint).isEqualTo(10_000);
        assertThat(millis).as("ms for 10,000 anchors").isLessThan(1_000);
    }
}
