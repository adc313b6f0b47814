package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Align;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.Span.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any article the model accepts is written and read back equal, and writing what was read gives the same bytes. */
class ArticleFormsRoundTripTest {
    private static final String[] PIECES = {"a", "Zürich", " ", "\"", "\\", "\t", "\n", "é", "𝔸", "<b>", "&amp;", "日本",
        "—", "x y", "1."};
    private static final String[] TARGETS = {"#fn1", "#é 2", "https://example.org/a?b=1&c=\"d\"", "mailto:a@b.c"};
    private static final String[] MARKERS = {null, "•", "3.", "iv.", " ", "a)"};
    private static final String[] SOURCES = {"images/a.png", "data:image/png;base64,iVBORw0KGgo=",
        "https://example.org/p.svg", "../out.png"};

    @Property(tries = 300)
    void anArticleWithRandomFormsRoundTrips(@ForAll("articles") Article article) throws Exception {
        String once = ArticleFormsJsonTest.written(article);
        Article back = ArticleFormsJsonTest.read(once);

        assertThat(back).isEqualTo(article);
        assertThat(ArticleFormsJsonTest.written(back)).isEqualTo(once);
        assertThat(once).contains("\"schemaVersion\" : " + (article.rich() ? 2 : 1));
    }

    @Provide
    Arbitrary<Article> articles() {
        return Arbitraries.randomValue(ArticleFormsRoundTripTest::article);
    }

    private static Article article(Random random) {
        List<String> lead = paragraphs(random, random.nextInt(3));
        int[] next = {0};
        List<Section> sections = new ArrayList<>();
        int count = (lead.isEmpty() ? 1 : 0) + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            sections.add(section(random, next, 2));
        }
        return new Article("a-" + random.nextInt(1000), "Title " + text(random), null, null, null, lead, sections,
                random.nextBoolean(), null, Set.of(), forms(random, lead));
    }

    private static Section section(Random random, int[] next, int depth) {
        List<String> paragraphs = paragraphs(random, random.nextInt(5));
        List<Section> children = new ArrayList<>();
        for (int i = depth == 0 ? 0 : random.nextInt(3); i > 0; i--) {
            children.add(section(random, next, depth - 1));
        }
        Set<Integer> preformatted = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (random.nextInt(5) == 0) {
                preformatted.add(i);
            }
        }
        String title = "Heading " + text(random);
        List<Span> titleSpans = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int start = random.nextInt(title.length());
            Style style = Style.values()[random.nextInt(Style.values().length)];
            if (!style.points()) { // a title keeps no links
                titleSpans.add(new Span(start, start + 1 + random.nextInt(title.length() - start), style));
            }
        }
        return new Section("s" + next[0]++, title, paragraphs, children, preformatted, forms(random, paragraphs),
                titleSpans);
    }

    private static List<String> paragraphs(Random random, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add("P" + text(random));
        }
        return paragraphs;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static Map<Integer, ParagraphForm> forms(Random random, List<String> paragraphs) {
        Map<Integer, ParagraphForm> forms = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (random.nextInt(3) > 0) {
                forms.put(i, form(random, paragraphs.get(i)));
            }
        }
        return forms;
    }

    private static ParagraphForm form(Random random, String text) {
        int length = text.length();
        Role role = Role.values()[random.nextInt(Role.values().length)];
        List<Span> spans = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            int start = random.nextInt(length);
            int end = start + 1 + random.nextInt(length - start);
            Style style = Style.values()[random.nextInt(Style.values().length)];
            spans.add(new Span(start, end, style, style.points() ? TARGETS[random.nextInt(TARGETS.length)] : null));
        }
        Picture picture = role == Role.FIGURE ? new Picture(SOURCES[random.nextInt(SOURCES.length)],
                random.nextBoolean() ? text(random) : "", random.nextInt(3) * 320, random.nextInt(3) * 240,
                random.nextInt(4) == 0) : null;
        List<String> ids = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            ids.add("id" + text(random));
        }
        List<ParagraphForm.Cell> cells = new ArrayList<>();
        for (int i = role.tabular() ? random.nextInt(ParagraphForm.cellCount(text) + 1) : 0; i > 0; i--) {
            cells.add(new ParagraphForm.Cell(Align.values()[random.nextInt(Align.values().length)],
                    1 + random.nextInt(3), random.nextInt(3) == 0 ? 2 + random.nextInt(3) : 1));
        }
        return new ParagraphForm(role, random.nextInt(4), MARKERS[random.nextInt(MARKERS.length)],
                Align.values()[random.nextInt(Align.values().length)], spans, picture, ids,
                random.nextBoolean() ? null : "p" + random.nextInt(400), random.nextInt(4) == 0,
                random.nextInt(4) == 0, cells);
    }
}
