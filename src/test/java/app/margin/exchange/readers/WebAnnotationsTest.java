package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.ArticleReader;
import app.margin.article.ContentHash;
import app.margin.exchange.ExportData;
import app.margin.json.JsonValue;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Section;
import app.margin.model.TextQuote;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The W3C Web Annotation export of the bundled article, and Margin reading it back equal. */
class WebAnnotationsTest {

    static final String ARTICLE = "/articles/us-russia-military-talks.json";
    private static final Instant T = Instant.parse("2025-03-03T09:12:45.123456789Z");

    @TempDir
    Path dir;

    Article article;
    ArticleLayout layout;
    ExportData data;

    @BeforeEach
    void notes() throws Exception {
        article = new ArticleReader().readBundled(ARTICLE);
        layout = ArticleLayout.of(article);
        String hash = ContentHash.of(article);
        Section first = article.sections().get(0);
        String paragraph = first.paragraphs().get(0);
        int at = paragraph.indexOf(' ', 40) + 1;
        Anchor passage = Anchor.passage(first.id(), 0, paragraph, at, at + 60);
        data = new ExportData(ExportData.ArticleRef.of(article), Instant.parse("2025-03-04T18:00:00Z"), List.of(
                new Note("0b7f5c1e-8a1d-4e38-9a55-0f3c1d2b7e41", article.id(), hash, NoteKind.HIGHLIGHT, passage,
                        HighlightColor.GREEN, "A note with \"quotes\" and\nlines.", List.of("exam", "week-3"), T,
                        T.plusSeconds(60)),
                new Note("section-note_1", article.id(), null, NoteKind.SECTION, Anchor.section(first.id()), null,
                        "On the whole section.", List.of(), T, T),
                new Note("unplaced-1", article.id(), hash, NoteKind.HIGHLIGHT, new Anchor(first.id(),
                        new TextQuote("words that are not there", "before ", " after"), 3, 5, 29),
                        HighlightColor.PURPLE, "", List.of("lost"), T, T)),
                List.of(new Bookmark("bm-1", article.id(), hash, passage, "Stopped here", T, T.plusSeconds(5))));
    }

    private String export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebAnnotations.write(out, data, layout);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExportReadsBackEqualRecordForRecord() throws Exception {
        Path file = dir.resolve("notes.jsonld");
        Files.writeString(file, export());
        ReaderFiles.Incoming back = ReaderFiles.read(file, ZoneOffset.UTC);
        assertThat(back).isInstanceOfSatisfying(ReaderFiles.Anchored.class, a -> {
            assertThat(a.format()).isEqualTo(ReaderFormat.W3C);
            assertThat(a.skipped()).isEmpty();
            assertThat(a.data()).isEqualTo(data);
        });
    }

    @Test
    void selectorsAreTheW3cOnesWithPositionsInTheArticlesText() throws Exception {
        String json = export();
        assertThat(json).contains("\"@context\" : [ \"http://www.w3.org/ns/anno.jsonld\"",
                "\"type\" : \"AnnotationCollection\"", "\"type\" : \"TextQuoteSelector\"",
                "\"type\" : \"TextPositionSelector\"", "\"purpose\" : \"tagging\"", "\"motivation\" : \"bookmarking\"",
                "\"id\" : \"urn:uuid:0b7f5c1e-8a1d-4e38-9a55-0f3c1d2b7e41\"");
        JsonValue root = ReaderJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x");
        JsonValue.JsonObject first = ReaderJson.object(ReaderJson.array(ReaderJson.member(ReaderJson.object(
                ReaderJson.member(ReaderJson.object(root), "first")), "items")).get(0));
        List<JsonValue> selectors = ReaderJson.array(ReaderJson.member(ReaderJson.object(
                ReaderJson.member(first, "target")), "selector"));
        String exact = ReaderJson.text(ReaderJson.object(selectors.get(0)), "exact");
        JsonValue.JsonObject position = ReaderJson.object(selectors.get(1));
        int start = Integer.parseInt(ReaderJson.text(position, "start"));
        int end = Integer.parseInt(ReaderJson.text(position, "end"));
        assertThat(WebAnnotations.text(layout).substring(start, end)).isEqualTo(exact);
        // The unplaced highlight keeps its quote but has no position to give.
        assertThat(json.split("TextPositionSelector", -1)).hasSize(3);
    }

    @Test
    void anAnnotationOnAnotherSourceIsNamedAndTheRestRead() throws Exception {
        String all = export();
        int items = all.indexOf("\"items\"");
        String json = all.substring(0, items) + all.substring(items).replaceFirst(
                "\"source\" : \"urn:margin:article:[^\"]+\"", "\"source\" : \"https://example.org/other\"");
        Path file = dir.resolve("mixed.jsonld");
        Files.writeString(file, json);
        ReaderFiles.Anchored back = (ReaderFiles.Anchored) ReaderFiles.read(file, ZoneOffset.UTC);
        assertThat(back.data().notes()).hasSize(2);
        assertThat(back.skipped()).singleElement().asString().contains("another source");
    }

    @Test
    void webAnnotationsFromAnotherToolArePlacedByTheirQuotes() throws Exception {
        Path file = dir.resolve("hypothesis.json");
        Files.writeString(file, """
                {"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","id":"https://x.org/a/1",
                 "body":{"type":"TextualBody","value":"seen elsewhere"},
                 "target":{"source":"https://x.org/page","selector":{"type":"TextQuoteSelector",
                   "exact":"%s"}}}""".formatted(ReaderLibrary.EXACT));
        ForeignFile foreign = ((ReaderFiles.Foreign) ReaderFiles.read(file, ZoneOffset.UTC)).file();
        ImportPlan plan = new HighlightPlacer(List.of(), LibraryArticle.of(ReaderLibrary.harbour()),
                HighlightPlacerTest.FILE_TIME).plan(foreign);
        assertThat(plan.books().get(0).preview()).isEqualTo("1 highlight for 'The Quiet Harbour': 1 placed,"
                + " 0 unplaced");
        assertThat(plan.books().get(0).notes().get(0).text()).isEqualTo("seen elsewhere");
    }

    @Test
    void aHundredThousandAnnotationsReadBack() throws Exception {
        List<Note> many = new java.util.ArrayList<>();
        Note model = data.notes().get(0);
        for (int i = 0; i < 100_000; i++) {
            many.add(new Note(java.util.UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8))
                    .toString(), article.id(), null, NoteKind.HIGHLIGHT, model.anchor(), HighlightColor.YELLOW,
                    i % 3 == 0 ? "note " + i : "", List.of(), T, T));
        }
        ExportData big = new ExportData(data.article(), T, many, List.of());
        Path file = dir.resolve("big.jsonld");
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            WebAnnotations.write(out, big, null);
        }
        ReaderFiles.Anchored back = (ReaderFiles.Anchored) ReaderFiles.read(file, ZoneOffset.UTC);
        assertThat(back.data().notes()).hasSize(100_000).isEqualTo(many);
    }
}
