package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.LinkedFiles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A link to another file beside the page: the status bar says which, a click asks the window to open the file it
 * names (or says why it cannot), the page lands at the link's fragment once the file shows, and Back goes to the
 * file the link was in.
 */
class FileLinksViewModelTest {

    private static final String FOLDER = Path.of("/home/reader/notes").toAbsolutePath().toString();

    private final ReaderViewModel reader = new ReaderViewModel();
    private final LinksViewModel links = reader.links();

    /** An article read from {@code base} (null: none known) whose first paragraph links to {@code target}. */
    private static ArticleLayout linking(String id, String base, String target) {
        String text = "See the proof for why.";
        ParagraphForm form = ParagraphForm.PLAIN.withSpans(List.of(new Span(4, 13, Span.Style.LINK, target)));
        return ArticleLayout.of(new Article(id, "Week 1", null, null, null, List.of(text, "More.", "And more."),
                List.of(), false, null, Set.of(), Map.of(0, form), base));
    }

    private static ArticleLayout week2() {
        Section proof = new Section("proof-of-2-1", "Proof of 2.1", List.of("Q.E.D."), List.of());
        return ArticleLayout.of(new Article("md-week2", "Week 2", null, null, null, List.of("Intro."),
                List.of(proof), false, null, Set.of(), Map.of(), FOLDER));
    }

    /** The block of the paragraph with the link. */
    private int linkBlock() {
        ArticleLayout layout = reader.getLayout();
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().startsWith("See the proof")) {
                return i;
            }
        }
        throw new AssertionError("no link paragraph");
    }

    /** The link, as the pointer finds it over the word "proof". */
    private Span link() {
        return links.linkAt(linkBlock(), 9);
    }

    private final List<LinkedFiles.Link> asked = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void listen() {
        links.fileRequestProperty().addListener((obs, old, link) -> {
            if (link != null) {
                asked.add(link);
            }
        });
        links.problemProperty().addListener((obs, old, text) -> {
            if (text != null) {
                problems.add(text);
            }
        });
    }

    @Test
    void theStatusBarSaysWhichFileALinkOpens() {
        reader.show(linking("md-week1", FOLDER, "week2.md#proof-of-21"));

        Span link = link();
        links.hover(link);

        assertThat(links.hoveredProperty().get()).isEqualTo("Opens week2.md#proof-of-21");
    }

    @Test
    void followingALinkToAFileAsksForThatFileBesideThePage() {
        listen();
        reader.show(linking("md-week1", FOLDER, "../notes/./week2.md#proof-of-21"));

        assertThat(links.follow(linkBlock(), 5, link())).isTrue();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).file()).isEqualTo(Path.of(FOLDER, "week2.md"));
        assertThat(asked.get(0).fragment()).isEqualTo("proof-of-21");
        assertThat(problems).isEmpty();
    }

    @Test
    void aHostileOrHomelessLinkAsksForNothingAndSaysWhy() {
        listen();
        for (String target : List.of("../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "a%2F..%2F..%2Fsecret")) {
            reader.show(linking("json-" + target.length(), FOLDER, target));
            links.follow(linkBlock(), 5, link());
        }
        reader.show(linking("bundled", null, "week2.md"));
        links.hover(link());
        String hovered = links.hoveredProperty().get();
        links.follow(linkBlock(), 5, link());

        assertThat(asked).isEmpty();
        assertThat(problems).hasSize(4);
        assertThat(problems.subList(0, 3)).allMatch(p -> p.contains("none of them"));
        assertThat(problems.get(3)).contains("does not say which folder");
        assertThat(hovered).contains("Margin does not know");
    }

    @Test
    void onceTheFileShowsThePageLandsAtTheFragmentAndBackLeadsToTheFileTheLinkWasIn() {
        listen();
        ArticleLayout week1 = linking("md-week1", FOLDER, "week2.md#proof-of-21");
        reader.show(week1);
        int more = linkBlock() + 1;
        reader.viewportChanged(more, 0, more, 0.3); // the reader had scrolled to the paragraph after the link
        links.follow(linkBlock(), 5, link());
        List<LinkHistory.Visit> returns = new ArrayList<>();
        links.returnRequestProperty().addListener((obs, old, visit) -> {
            if (visit != null) {
                returns.add(visit);
            }
        });

        reader.show(week2()); // what the window does with the request: open the file, then say it arrived
        boolean landed = links.arrived(asked.get(0));

        assertThat(landed).isTrue();
        assertThat(reader.jumpRequestProperty().get().blockIndex())
                .isEqualTo(week2().blockOfTarget("#proof-of-2-1"));
        assertThat(links.canGoBackProperty().get()).isTrue();

        links.back();
        assertThat(returns).containsExactly(new LinkHistory.Visit("md-week1", more, 0));
        reader.show(week1);
        links.returned(returns.get(0));
        assertThat(reader.jumpRequestProperty().get().blockIndex()).isEqualTo(more);
        assertThat(links.canGoBackProperty().get()).isFalse();
    }

    @Test
    void backReturnsToTheLineThatShowedAtTheTopNotOnlyToTheJumpsTargetBelowIt() {
        listen();
        ArticleLayout week1 = linking("md-week1", FOLDER, "week2.md#proof-of-21");
        reader.show(week1);
        int linkAt = linkBlock();
        int more = linkAt + 1;
        // Right after a jump to the paragraph after the link: the place is its start, and the link's own paragraph
        // shows above it as context, from its character 3 on.
        reader.viewportChanged(more, 0, more, 0.3, linkAt, 3);
        assertThat(reader.topBlockProperty().get()).isEqualTo(more);
        links.follow(linkBlock(), 5, link());
        List<LinkHistory.Visit> returns = new ArrayList<>();
        links.returnRequestProperty().addListener((obs, old, visit) -> {
            if (visit != null) {
                returns.add(visit);
            }
        });
        reader.show(week2());
        links.arrived(asked.get(0));

        links.back();

        assertThat(returns).containsExactly(new LinkHistory.Visit("md-week1", linkAt, 3));
    }

    @Test
    void aFragmentTheFileDoesNotHaveIsSaid() {
        listen();
        reader.show(linking("md-week1", FOLDER, "week2.md#nowhere"));
        links.follow(linkBlock(), 5, link());
        reader.show(week2());

        assertThat(links.arrived(asked.get(0))).isFalse();
        assertThat(links.canGoBackProperty().get()).as("Back still leads to the link").isTrue();
    }
}
