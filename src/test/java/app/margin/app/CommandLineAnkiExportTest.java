package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import app.margin.store.AnnotationStore;
import app.margin.store.CardStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export FILE --format anki} on the bundled article, with a cloze and a basic card in the store. */
class CommandLineAnkiExportTest {

    @TempDir
    Path dir;

    private final Article article = TestArticles.bundled();

    /** A data folder with a cloze card on a highlight and a basic card on a section note. */
    private Path dataWithCards() throws Exception {
        Path dataDir = dir.resolve("data");
        ArticleLayout layout = ArticleLayout.of(article);
        Block para = layout.blocks().get(layout.blockOf("ukraine-the-central-point-of-discussion", 0));
        int at = para.text().indexOf("the elephant in the room");
        Instant t = Instant.parse("2026-11-25T09:00:00Z");
        Note highlight = new Note("h1", article.id(), "h", NoteKind.HIGHLIGHT,
                Anchor.passage(para.sectionId(), para.paragraphIndex(), para.text(), at, at + 24),
                HighlightColor.GREEN, "Ukraine dominates.", List.of(), t, t);
        Note section = new Note("s1", article.id(), "h", NoteKind.SECTION,
                Anchor.section("understanding-the-us-russia-military-dialogue"), null,
                "A safety valve between militaries.", List.of("exam"), t, t);
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            store.saveNote(highlight);
            store.saveNote(section);
            CardStore cards = CardStore.of(store);
            cards.saveCard(Card.cloze("c1", "h1", article.id(), para.sectionId(), "the elephant in the room",
                    highlight.text(), List.of(new ClozeRange(4, 12), new ClozeRange(20, 24)), t));
            cards.saveCard(Card.basic("b1", "s1", article.id(), section.anchor().sectionId(),
                    "Why do the two militaries keep talking?", "", section.text(), t.plusSeconds(1)));
        }
        return dataDir;
    }

    @Test
    void ankiFormatWritesTheArticlesCards() throws Exception {
        Path dataDir = dataWithCards();
        Path file = dir.resolve("cards.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = CommandLineExport.run(Options.parse(List.of("--export", file.toString(), "--format", "anki",
                "--data-dir", dataDir.toString())), Map.of(), dir, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote the Anki cards");
        List<String> lines = Files.readAllLines(file);
        System.out.println("Anki export of the bundled article:\n" + String.join("\n", lines));
        assertThat(lines).startsWith("#separator:tab", "#html:true");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("margin-c1\tCloze (Margin)\t")
                .contains("\tthe {{c1::elephant}} in the {{c1::room}}\tUkraine dominates.\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("margin-b1\tBasic (Margin)\t")
                .contains("\tWhy do the two militaries keep talking?\t"));
    }

    @Test
    void ankiIsAFormatTheOptionsAccept() throws Exception {
        assertThat(Options.parse(List.of("--export", "x.txt", "--format", "anki")).format()).contains("anki");
        assertThat(Options.parse(List.of("--export", "x.apkg", "--format", "apkg")).format()).contains("apkg");
    }

    @Test
    void apkgFormatWritesTheArticlesCardsAsAnAnkiPackage() throws Exception {
        Path dataDir = dataWithCards();
        Path file = dir.resolve("cards.apkg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = CommandLineExport.run(Options.parse(List.of("--export", file.toString(), "--format", "apkg",
                "--data-dir", dataDir.toString())), Map.of(), dir, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote the Anki package");
        Path db = dir.resolve("collection.anki2");
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            Files.write(db, zip.getInputStream(zip.getEntry("collection.anki2")).readAllBytes());
            assertThat(new String(zip.getInputStream(zip.getEntry("media")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{}");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var r = c.createStatement().executeQuery("SELECT guid, flds FROM notes ORDER BY guid")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("guid")).isEqualTo("margin-b1");
            assertThat(r.next()).isTrue();
            assertThat(r.getString("guid")).isEqualTo("margin-c1");
            assertThat(r.getString("flds")).startsWith("the {{c1::elephant}} in the {{c1::room}}\u001f");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void anApkgFileNameChoosesThePackageWithoutAFormat() throws Exception {
        Path dataDir = dataWithCards();
        Path file = dir.resolve("cards.apkg");
        int code = CommandLineExport.run(Options.parse(List.of("--export", file.toString(),
                "--data-dir", dataDir.toString())), Map.of(), dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            assertThat(zip.getEntry("collection.anki2")).isNotNull();
        }
    }
}
