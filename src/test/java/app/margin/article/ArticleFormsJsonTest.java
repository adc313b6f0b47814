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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: paragraph forms read, written, kept out of version 1 files, and every bad value named. */
class ArticleFormsJsonTest {
    /** A version 2 article using every part of a form. */
    static final String RICH = """
            {
              "schemaVersion": 2,
              "id": "us",
              "title": "A title",
              "lead": ["Before the first heading."],
              "leadForms": [{"paragraph": 0, "align": "center", "spans": [[0, 6, "em"], [7, 10, "strong"]]}],
              "sections": [
                {"id": "intro", "title": "Intro", "paragraphs": ["One.", "See the note.", "A cat."],
                 "forms": [
                   {"paragraph": 2, "role": "figure",
                    "picture": {"source": "images/a.png", "alt": "A cat", "width": 640, "height": 480,
                                "below": true}},
                   {"paragraph": 1, "role": "item", "depth": 1, "marker": "2.",
                    "spans": [[4, 13, "link", "#fn1"], [8, 12, "code"]], "ids": ["fn1", "top"], "page": "12",
                    "rule": true}
                 ]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private ArticleFiles files;

    @BeforeEach
    void setUp() {
        files = new ArticleFiles(dir);
    }

    @Test
    void everyPartOfAFormIsRead() throws Exception {
        Article article = new ArticleReader().read(files.write("rich.json", RICH));

        assertThat(article.leadForm(0)).isEqualTo(new ParagraphForm(Role.BODY, 0, null, Align.CENTER,
                List.of(new Span(0, 6, Style.EMPHASIS), new Span(7, 10, Style.STRONG)), null, List.of(), null, false));
        Section intro = article.sections().get(0);
        assertThat(intro.form(0)).isEqualTo(ParagraphForm.PLAIN);
        assertThat(intro.form(1)).isEqualTo(new ParagraphForm(Role.LIST_ITEM, 1, "2.", Align.START,
                List.of(new Span(4, 13, Style.LINK, "#fn1"), new Span(8, 12, Style.CODE)), null,
                List.of("fn1", "top"), "12", true));
        assertThat(intro.form(2).picture()).isEqualTo(new Picture("images/a.png", "A cat", 640, 480, true));
        assertThat(intro.form(2).role()).isEqualTo(Role.FIGURE);
        assertThat(article.rich()).isTrue();
    }

    @Test
    void aRichArticleIsWrittenAsVersion2AndReadsBackEqual() throws Exception {
        Article article = new ArticleReader().read(files.write("rich.json", RICH));

        String written = written(article);

        assertThat(written).contains("\"schemaVersion\" : 2").contains("\"leadForms\"").contains("\"forms\"");
        assertThat(read(written)).isEqualTo(article);
    }

    @Test
    void aFileMarginWroteIsWrittenAgainByteForByte() throws Exception {
        String once = written(new ArticleReader().read(files.write("rich.json", RICH)));

        assertThat(written(read(once))).isEqualTo(once);
    }

    @Test
    void aPlainArticleIsWrittenAsVersion1WithoutForms() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", ArticleFiles.VALID));

        String written = written(article);

        assertThat(article.rich()).isFalse();
        assertThat(written).contains("\"schemaVersion\" : 1").doesNotContain("orms");
    }

    @Test
    void theBundledArticleReadsAndWritesExactlyAsBeforeVersion2() throws Exception {
        Article bundled = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArticleWriter.write(bundled, out);

        // The SHA-256 of what ArticleWriter wrote for the bundled article at 156f2f5, before version 2.
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())))
                .isEqualTo("49dcf6e905bf0b9c33469985a59f93bbad9901fd623bd9da0f09adf926e05b25");
        assertThat(bundled.rich()).isFalse();
        assertThat(ContentHash.of(bundled)).isEqualTo(ContentHash.of(read(out.toString(StandardCharsets.UTF_8))));
    }

    @Test
    void aLooseItemIsReadWrittenAndReadBackLoose() throws Exception {
        Article article = new ArticleReader().read(files.write("loose.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"item\", \"depth\": 1, \"marker\": \"•\", \"loose\": true}]")));

        assertThat(article.sections().get(0).form(0).loose()).isTrue();
        String written = written(article);
        assertThat(written).contains("\"loose\" : true").contains("\"schemaVersion\" : 2");
        assertThat(read(written)).isEqualTo(article);
    }

    @Test
    void aTightItemWritesNoLooseField() throws Exception {
        Article article = new ArticleReader().read(files.write("tight.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"item\", \"loose\": false}]")));

        assertThat(article.sections().get(0).form(0).loose()).isFalse();
        assertThat(written(article)).doesNotContain("loose");
    }

    @Test
    void looseThatIsNotTrueOrFalseIsNamedAtItsPath() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"loose\": 1}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].loose");
        assertThat(e.problem()).isEqualTo("expected true or false but found a number");
    }

    @Test
    void aPicturesBelowThatIsNotTrueOrFalseIsNamedAtItsPath() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"role\": \"figure\", \"picture\":"
                + " {\"source\": \"a.png\", \"below\": \"yes\"}}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].picture.below");
        assertThat(e.problem()).isEqualTo("expected true or false but found a string");
    }

    @Test
    void aRowsCellsAreReadWrittenLeanAndReadBack() throws Exception {
        Article article = new ArticleReader().read(files.write("cells.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{\"span\": 2}, {\"align\": \"end\"}]}]")
                .replace("\"One.\"", "\"a\\tb\"")));

        assertThat(article.sections().get(0).form(0).cells()).containsExactly(
                new ParagraphForm.Cell(Align.START, 2), new ParagraphForm.Cell(Align.END, 1));
        String written = written(article);
        assertThat(written).contains("\"span\" : 2").contains("\"align\" : \"end\"");
        assertThat(read(written)).isEqualTo(article);
    }

    @Test
    void aTablesStartIsReadWrittenOnlyOnARowAndReadBack() throws Exception {
        Article article = new ArticleReader().read(files.write("start.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\"}, {\"paragraph\": 1, \"role\": \"table-row\","
                        + " \"tableStart\": true}]")));

        assertThat(article.sections().get(0).form(0).tableStart()).isFalse();
        assertThat(article.sections().get(0).form(1).tableStart()).isTrue();
        String written = written(article);
        assertThat(written).containsOnlyOnce("\"tableStart\" : true");
        assertThat(read(written)).isEqualTo(article);
        Article body = new ArticleReader().read(files.write("body.json", withForms(
                "[{\"paragraph\": 1, \"role\": \"quote\", \"tableStart\": true}]")));
        assertThat(body.sections().get(0).form(1).tableStart()).as("only a row starts a table").isFalse();
    }

    @Test
    void aCellSpanningRowsIsReadWrittenOnlyThenAndReadBack() throws Exception {
        Article article = new ArticleReader().read(files.write("rows.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{\"rows\": 2}, {\"span\": 2}]}]")
                .replace("\"One.\"", "\"a\\tb\"")));

        assertThat(article.sections().get(0).form(0).cells()).containsExactly(
                new ParagraphForm.Cell(Align.START, 1, 2), new ParagraphForm.Cell(Align.START, 2, 1));
        String written = written(article);
        assertThat(written).contains("\"rows\" : 2").containsOnlyOnce("\"rows\"");
        assertThat(read(written)).isEqualTo(article);
    }

    @Test
    void aCellSpanningTooManyRowsIsRefusedAtItsLineAndPath() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{\"rows\": 65535}]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].cells[0].rows");
        assertThat(e.problem()).isEqualTo("a cell spans 1 to 65534 rows, not 65535");
        assertThat(e.userMessage()).startsWith("us.json, at $.sections[0].forms[0].cells[0].rows (line 7, column ");
    }

    @Test
    void aRowSpanThatIsNotAWholeNumberIsRefusedAtItsPath() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{\"rows\": \"2\"}]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].cells[0].rows");
    }

    @Test
    void cellsOnAParagraphThatIsNotARowAreRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"role\": \"item\", \"cells\": [{}]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].cells");
        assertThat(e.problem()).isEqualTo("only a table row has cells, but this form's role is \"item\"");
    }

    @Test
    void moreCellsThanTheRowsTextHasAreRefused() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{}, {}]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].cells");
        assertThat(e.problem()).isEqualTo("the row's text has 1 cell (split by tabs), but 2 are described");
    }

    @Test
    void aSpanOfNoColumnsIsRefusedAtItsPath() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"table-row\", \"cells\": [{\"span\": 0}]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].cells[0].span");
        assertThat(e.problem()).isEqualTo("a cell spans 1 to 1000 columns, not 0");
    }

    @Test
    void formsWithTheirDefaultsOnlyAreDropped() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", withForms(
                "[{\"paragraph\": 0, \"role\": \"body\", \"depth\": 0, \"align\": \"start\", \"spans\": [], "
                        + "\"rule\": false, \"marker\": null, \"picture\": null}]")));

        assertThat(article.sections().get(0).forms()).isEmpty();
        assertThat(article.rich()).isFalse();
    }

    @Test
    void writtenFormsAreLeanAndInParagraphOrder() throws Exception {
        Article article = new Article("a", "T", null, null, null, List.of(), List.of(new Section("s", "S",
                List.of("one", "two", "three"), List.of(), Set.of(), Map.of(
                        2, ParagraphForm.of(Role.QUOTE),
                        0, ParagraphForm.PLAIN.withSpans(List.of(new Span(0, 3, Style.NOTE_REF, "#n1")))))),
                false);

        String written = written(article);

        assertThat(written.indexOf("\"paragraph\" : 0")).isLessThan(written.indexOf("\"paragraph\" : 2"));
        assertThat(written).contains("[ 0, 3, \"noteref\", \"#n1\" ]").contains("\"role\" : \"quote\"")
                .doesNotContain("\"depth\"").doesNotContain("\"align\"").doesNotContain("\"rule\"")
                .doesNotContain("\"body\"");
    }

    @Test
    void theDocumentedVersion2ExampleReadsAndIsWrittenAsVersion2() throws Exception {
        String doc = Files.readString(Path.of("docs/article-format.md"), StandardCharsets.UTF_8);
        int example = doc.indexOf("```json", doc.indexOf("A version 2 article"));
        String json = doc.substring(example + "```json".length(), doc.indexOf("```", example + 7));

        Article article = read(json);

        assertThat(article.rich()).isTrue();
        Section lenses = article.sections().get(0);
        assertThat(lenses.paragraphs().get(0).substring(31, 38)).isEqualTo("keepers");
        assertThat(lenses.form(1).ids()).containsExactly("keepers");
        assertThat(lenses.form(3).role()).isEqualTo(Role.TABLE_HEADER);
        assertThat(read(written(article))).isEqualTo(article);
    }

    // --- every bad value, named

    @Test
    void anUnknownRoleIsNamedWithTheKnownOnes() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"role\": \"bullet\"}]"));

        assertThat(e.userMessage()).isEqualTo("us.json, at $.sections[0].forms[0].role (line 7, column 41): unknown "
                + "role \"bullet\"; the roles are body, subheading, item, quote, term, definition, table-header, table-row, figure, "
                + "caption, note");
    }

    @Test
    void anUnknownStyleIsNamedWithTheKnownOnes() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[0, 2, \"bold\"]]}]"));

        assertThat(e.userMessage()).isEqualTo("us.json, at $.sections[0].forms[0].spans[0][2] (line 7, column 50): "
                + "unknown span style \"bold\"; the styles are em, strong, code, link, sub, sup, strike, smallcaps, "
                + "noteref");
    }

    @Test
    void aSpanPastTheParagraphsTextIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 1, \"spans\": [[0, 2, \"em\"], [2, 5, \"em\"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[1][1]");
        assertThat(e.problem()).isEqualTo("the span runs to 5, past the end of paragraph 1, which has 4 characters");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(61);
    }

    @Test
    void aSpanThatDoesNotEndAfterItStartsIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[3, 3, \"em\"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0][1]");
        assertThat(e.problem()).isEqualTo("a span ends after it starts, but this one runs from 3 to 3");
    }

    @Test
    void aSpanStartingBeforeTheTextIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[-1, 3, \"em\"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0][0]");
        assertThat(e.problem()).isEqualTo("a span starts at a character of the paragraph, from 0, not at -1");
    }

    @Test
    void aSpanWithTooFewItemsIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[0, 3]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0]");
        assertThat(e.problem()).isEqualTo(
                "a span is [start, end, style] or [start, end, style, target], but this one has 2 items");
    }

    @Test
    void aLinkWithoutATargetIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[0, 3, \"link\"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0]");
        assertThat(e.column()).as("the span's own column").isEqualTo(43);
        assertThat(e.problem()).isEqualTo("a link span needs a target as its fourth item: \"#id\" for a place in the "
                + "article, or a URL");
    }

    @Test
    void aBlankTargetIsRefusedAtTheTarget() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[0, 3, \"noteref\", \" \"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0][3]");
        assertThat(e.problem()).startsWith("a noteref span needs a target");
    }

    @Test
    void aTargetOnASpanThatPointsNowhereIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"spans\": [[0, 3, \"em\", \"#x\"]]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].spans[0][3]");
        assertThat(e.problem()).isEqualTo("an em span has no target; only link and noteref spans point somewhere");
    }

    @Test
    void aFigureWithoutAPictureIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"role\": \"figure\"}]"));

        assertThat(e.userMessage()).isEqualTo("us.json, at $.sections[0].forms[0] (line 7, column 16): a figure needs "
                + "a \"picture\" ({\"source\": …})");
    }

    @Test
    void aPictureOnAnythingButAFigureIsRefused() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"caption\", \"picture\": {\"source\": \"a.png\"}}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].picture");
        assertThat(e.problem()).isEqualTo("only a figure has a picture, but this form's role is \"caption\"");
    }

    @Test
    void aPictureWithoutASourceIsRefused() {
        ArticleException missing = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"figure\", \"picture\": {\"alt\": \"x\"}}]"));
        ArticleException empty = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"figure\", \"picture\": {\"source\": \"\"}}]"));

        assertThat(missing.problem()).isEqualTo("required property \"source\" is missing from this picture");
        assertThat(empty.jsonPath()).isEqualTo("$.sections[0].forms[0].picture.source");
        assertThat(empty.problem()).isEqualTo("a picture's source must not be empty");
    }

    @Test
    void aPictureSizeBelowZeroIsRefused() {
        ArticleException e = files.failure(withForms(
                "[{\"paragraph\": 0, \"role\": \"figure\", \"picture\": {\"source\": \"a.png\", \"width\": -3}}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].picture.width");
        assertThat(e.problem()).isEqualTo("width -3 is not allowed; it is a whole number of pixels, 0 when unknown");
    }

    @Test
    void aParagraphWithTwoFormsIsRefusedNamingTheFirst() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 1, \"role\": \"quote\"}, {\"paragraph\": 1}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[1].paragraph");
        assertThat(e.problem()).isEqualTo("paragraph 1 has a form already (at $.sections[0].forms[0].paragraph); a "
                + "paragraph has one form");
    }

    @Test
    void anIndexOutOfRangeIsRefusedAsForPreformatted() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 2, \"role\": \"quote\"}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].paragraph");
        assertThat(e.problem()).isEqualTo(
                "paragraph index 2 is out of range: \"paragraphs\" has 2 paragraphs, numbered from 0 to 1");
    }

    @Test
    void aLeadIndexOutOfRangeNamesTheLead() {
        ArticleException e = files.failure(RICH.replace("\"leadForms\": [{\"paragraph\": 0", "\"leadForms\": [{\"paragraph\": 1"));

        assertThat(e.jsonPath()).isEqualTo("$.leadForms[0].paragraph");
        assertThat(e.problem()).isEqualTo("paragraph index 1 is out of range: \"lead\" has 1 paragraph, numbered from "
                + "0 to 0");
    }

    @Test
    void aFormWithoutItsParagraphIsRefused() {
        ArticleException e = files.failure(withForms("[{\"role\": \"quote\"}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0]");
        assertThat(e.problem()).isEqualTo("required property \"paragraph\" is missing from this paragraph form");
    }

    @Test
    void aNegativeDepthAndAnUnknownAlignmentAreRefused() {
        ArticleException depth = files.failure(withForms("[{\"paragraph\": 0, \"depth\": -1}]"));
        ArticleException align = files.failure(withForms("[{\"paragraph\": 0, \"align\": \"middle\"}]"));

        assertThat(depth.jsonPath()).isEqualTo("$.sections[0].forms[0].depth");
        assertThat(depth.problem()).startsWith("depth -1 is not allowed; a depth is a whole number from 0");
        assertThat(align.problem()).isEqualTo("unknown alignment \"middle\"; the alignments are start, center, end");
    }

    @Test
    void anEmptyElementIdIsRefused() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"ids\": [\"a\", \"\"]}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].ids[1]");
        assertThat(e.problem()).isEqualTo("an element id must not be empty");
    }

    @Test
    void formsThatAreNotAnArrayAreRefused() {
        ArticleException e = files.failure(withForms("{\"0\": {\"role\": \"quote\"}}"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms");
        assertThat(e.problem()).isEqualTo("expected an array of paragraph forms but found an object");
    }

    @Test
    void aWrongTypeIsNamedAtItsPath() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"rule\": \"yes\"}]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].rule");
        assertThat(e.problem()).isEqualTo("expected true or false but found a string");
    }

    @Test
    void formsInAVersion1FileAreRefusedRatherThanLost() {
        ArticleException e = files.failure(withForms("[{\"paragraph\": 0, \"role\": \"quote\"}]")
                .replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms");
        assertThat(e.problem()).isEqualTo("\"forms\" came with schemaVersion 2, but this file has schemaVersion 1; "
                + "write \"schemaVersion\": 2 to keep them");
    }

    @Test
    void aVersion2FileWithoutFormsReadsLikeVersion1() throws Exception {
        Article v1 = new ArticleReader().read(files.write("v1.json", ArticleFiles.VALID));
        Article v2 = new ArticleReader().read(files.write("v2.json",
                ArticleFiles.VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")));

        assertThat(v2).isEqualTo(v1);
    }

    @Test
    void manySpansInOneParagraphAreReadInLinearTime() throws Exception {
        int count = 200_000;
        StringBuilder spans = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            spans.append(i == 0 ? "" : ",").append("[").append(i % 3).append(",").append(i % 3 + 1).append(",\"em\"]");
        }
        String text = "abcd";
        Path file = files.write("many.json", withForms("[{\"paragraph\": 0, \"spans\": " + spans + "]}]")
                .replace("\"One.\"", "\"" + text + "\""));

        long start = System.nanoTime();
        Article article = new ArticleReader().read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(article.sections().get(0).form(0).spans()).hasSize(count);
        assertThat(Files.size(file)).isLessThan(ArticleReader.Limits.DEFAULT_MAX_FILE_BYTES);
        assertThat(millis).as("read time in ms").isLessThan(10_000);
    }

    /** The valid article as version 2 with {@code forms} in its section, on line 7 from column 15. */
    static String withForms(String forms) {
        return """
                {
                  "schemaVersion": 2,
                  "id": "us",
                  "title": "A title",
                  "sections": [
                    {"id": "intro", "title": "Intro", "paragraphs": ["One.", "Two."],
                     "forms": %s}
                  ]
                }
                """.formatted(forms);
    }

    static String written(Article article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleWriter.write(article, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Article read(String json) throws ArticleException {
        return new ArticleReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json");
    }
}
