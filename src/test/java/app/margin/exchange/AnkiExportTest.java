package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnkiExportTest {

    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");
    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";

    private final Article article = TestArticles.bundled();

    @TempDir
    Path dir;

    private Card clozeOnTheBundledArticle() {
        ArticleLayout layout = ArticleLayout.of(article);
        Block para = layout.blocks().get(layout.blockOf(UKRAINE, 0));
        int at = para.text().indexOf("the elephant in the room");
        String quote = para.text().substring(at, at + 24);
        return Card.cloze("c1", "h1", article.id(), UKRAINE, quote, "Ukraine dominates.",
                List.of(new ClozeRange(4, 12), new ClozeRange(20, 24)), T);
    }

    @Test
    void fileHasAnkisHeadersAndOneNoteARecord() throws Exception {
        Path file = dir.resolve("cards.txt");
        Card basic = Card.basic("b1", "s1", article.id(), "#lead", "Why do militaries talk?", "", "A safety valve.", T);
        AnkiExport.write(file, article, List.of(clozeOnTheBundledArticle(), basic));

        AnkiText read = AnkiText.parse(Files.readString(file));

        assertThat(read.headers).containsEntry("separator", "tab").containsEntry("html", "true")
                .containsEntry("notetype column", "2").containsEntry("deck column", "3")
                .containsEntry("tags column", "6").containsEntry("guid column", "1");
        assertThat(read.rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(6));
        List<String> cloze = read.rows.get(0);
        // Margin's own note types, named as in the .apkg, whatever the language of the collection
        assertThat(AnkiText.column(cloze, read.headers.get("notetype column"))).isEqualTo("Cloze (Margin)");
        assertThat(AnkiText.column(cloze, read.headers.get("guid column"))).isEqualTo("margin-c1");
        assertThat(AnkiText.column(cloze, read.headers.get("deck column"))).isEqualTo(article.title());
        assertThat(cloze.get(3)).isEqualTo("the {{c1::elephant}} in the {{c1::room}}");
        assertThat(cloze.get(4)).isEqualTo("Ukraine dominates.");
        String[] tags = AnkiText.column(cloze, read.headers.get("tags column")).split(" ");
        String title = article.title().replaceAll("[\\s:]+", "_");
        assertThat(tags).contains(title).anySatisfy(t -> assertThat(t).startsWith(title + "::Ukraine"));
        assertThat(tags).allSatisfy(t -> assertThat(t).doesNotContain(" "));

        List<String> basicRow = read.rows.get(1);
        assertThat(basicRow.get(1)).isEqualTo("Basic (Margin)");
        assertThat(AnkiText.shown(basicRow.get(3))).isEqualTo("Why do militaries talk?");
        assertThat(AnkiText.shown(basicRow.get(4))).isEqualTo("A safety valve.");
        assertThat(basicRow.get(5)).endsWith("::Introduction");
    }

    @Test
    void hostileTextSurvivesAsWrittenAndNeverBreaksACloze() throws Exception {
        String quote = "a \"quoted\"\tword, <b>bold</b> & {{c2::not a cloze}} and x::y}} end\nnext line";
        int hide = quote.indexOf("x::y}}");
        Card card = Card.cloze("c9", "h9", article.id(), UKRAINE, quote, "note with \"quotes\"\tand <tags>",
                List.of(new ClozeRange(2, 10), new ClozeRange(hide, hide + 6)), T);
        Card basic = Card.basic("b9", "h9", article.id(), UKRAINE, "What's \"this\"?\n<i>2</i>", quote, "n & m", T);

        AnkiText read = AnkiText.parse(AnkiExport.text(article, List.of(card, basic)));

        assertThat(read.rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(6));
        String text = read.rows.get(0).get(3);
        Matcher clozes = AnkiText.CLOZE.matcher(text);
        List<String> hidden = new ArrayList<>();
        while (clozes.find()) {
            assertThat(clozes.group(1)).isEqualTo("1");
            assertThat(clozes.group(3)).as("no hint").isNull();
            hidden.add(AnkiText.shown(clozes.group(2)));
        }
        assertThat(hidden).containsExactly("\"quoted\"", "x::y}}");
        assertThat(AnkiText.shown(AnkiText.CLOZE.matcher(text).replaceAll(m -> m.group(2))))
                .isEqualTo(quote.replace('\t', ' '));
        assertThat(AnkiText.shown(read.rows.get(0).get(4))).isEqualTo("note with \"quotes\" and <tags>");
        assertThat(AnkiText.shown(read.rows.get(1).get(3))).isEqualTo("What's \"this\"?\n<i>2</i>");
        assertThat(AnkiText.shown(read.rows.get(1).get(4))).isEqualTo(quote.replace('\t', ' ') + "n & m");
    }

    @Test
    void aFailedWriteLeavesNoPartialFile() {
        Path file = dir.resolve("missing-folder").resolve("cards.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnkiExport.write(file, article, List.of()))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("cards.txt");
        assertThat(dir.resolve("missing-folder")).doesNotExist();
    }

    @Test
    void aSectionNotesCardWithoutAQuestionAsksWithTheSectionsTitle() {
        Card onSection = Card.basic("s1", "n1", article.id(), UKRAINE, "", "", "Everything turns on Ukraine.", T);
        Card onLead = Card.basic("s2", "n2", article.id(), "#lead", "", "", "Why talk at all.", T);
        Card asked = Card.basic("s3", "n3", article.id(), UKRAINE, "What dominates?", "", "Ukraine.", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(article, List.of(onSection, onLead, asked)));
        String ukraine = AnkiExport.sectionTitles(article).get(UKRAINE);
        assertThat(ukraine).isNotBlank();
        assertThat(AnkiText.shown(read.rows.get(0).get(3))).isEqualTo(ukraine);
        assertThat(AnkiText.shown(read.rows.get(0).get(4))).isEqualTo("Everything turns on Ukraine.");
        assertThat(AnkiText.shown(read.rows.get(1).get(3))).isEqualTo("Introduction");
        assertThat(AnkiText.shown(read.rows.get(2).get(3))).as("a question typed is kept").isEqualTo("What dominates?");
    }

    @Test
    void theNotesOwnTagsGoWithTheArticleAndSectionTags() {
        Card tagged = clozeOnTheBundledArticle().withAnnotation(UKRAINE, "the elephant in the room",
                "Ukraine dominates.", List.of("war", "speech acts", "War"), T);
        AnkiText read = AnkiText.parse(AnkiExport.text(article, List.of(tagged)));
        List<String> tags = List.of(AnkiText.column(read.rows.get(0), read.headers.get("tags column")).split(" "));
        String title = AnkiExport.tag(article.title());
        assertThat(tags).as("Anki's tags ignore case: War is war").hasSize(4);
        assertThat(tags.get(0)).isEqualTo(title);
        assertThat(tags.get(1)).startsWith(title + "::Ukraine");
        assertThat(tags.subList(2, 4)).containsExactly("war", "speech_acts");
    }
}
