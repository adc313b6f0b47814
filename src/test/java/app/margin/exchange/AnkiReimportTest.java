package app.margin.exchange;

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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Anki sees when the same cards come again: Anki's importer updates an existing note (same guid) only when
 * the incoming note's {@code mod} is newer, so an edit to the highlight's note must make it newer; and the text
 * file and the package must describe the same note the same way (note type, deck, fields, tags).
 */
class AnkiReimportTest {

    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");
    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Article article = TestArticles.bundled();

    @TempDir
    Path dir;

    private Note highlight() {
        ArticleLayout layout = ArticleLayout.of(article);
        Block para = layout.blocks().get(layout.blockOf(UKRAINE, 0));
        int at = para.text().indexOf("the elephant in the room");
        return new Note("h1", article.id(), "hash", NoteKind.HIGHLIGHT,
                Anchor.passage(UKRAINE, 0, para.text(), at, at + 24), HighlightColor.YELLOW, "Ukraine dominates.",
                List.of("war"), T, T);
    }

    private Path export(AnnotationStore store, String name, Instant now) throws Exception {
        Path apkg = dir.resolve(name);
        AnkiPackage.write(apkg, article, CardStore.of(store).cards(article.id()), Clock.fixed(now, ZoneOffset.UTC));
        return apkg;
    }

    @Test
    void editingTheHighlightsNoteMakesTheNextExportNewerSoAnkiUpdatesTheNote() throws Exception {
        Note note = highlight();
        try (AnnotationStore store = StoreOpener.open(dir.resolve("data"), Clock.fixed(T, ZoneOffset.UTC)).store()) {
            store.saveNote(note);
            CardStore.of(store).saveCard(Card.cloze("c1", "h1", article.id(), UKRAINE, note.anchor().quote().exact(),
                    note.text(), List.of(new ClozeRange(4, 12)), T));
            Path first = export(store, "first.apkg", T.plusSeconds(60));

            // the reader edits the highlight's note (and its tags) an hour later: the card itself is unchanged
            store.saveNote(note.withText("Ukraine dominates every meeting.", List.of("war", "diplomacy"),
                    T.plusSeconds(3600)));
            Path second = export(store, "second.apkg", T.plusSeconds(7200));

            Map<String, String> before = note(first);
            Map<String, String> after = note(second);
            assertThat(after.get("guid")).isEqualTo(before.get("guid"));
            assertThat(Long.parseLong(before.get("mod"))).isEqualTo(T.getEpochSecond());
            assertThat(Long.parseLong(after.get("mod"))).as("newer, so Anki's import updates the note")
                    .isGreaterThan(Long.parseLong(before.get("mod")))
                    .isEqualTo(T.plusSeconds(3600).getEpochSecond());
            assertThat(after.get("flds")).contains("Ukraine dominates every meeting.");
            assertThat(after.get("tags")).contains(" war ", " diplomacy ");
            assertThat(before.get("tags")).doesNotContain("diplomacy");
        }
    }

    @Test
    void theTextFileAndThePackageDescribeEachNoteAlike() throws Exception {
        Note note = highlight();
        Card cloze = Card.cloze("c1", "h1", article.id(), UKRAINE, note.anchor().quote().exact(), note.text(),
                List.of(new ClozeRange(4, 12)), T).withAnnotation(UKRAINE, note.anchor().quote().exact(),
                note.text(), List.of("war", "speech acts"), T);
        Card section = Card.basic("s1", "n1", article.id(), UKRAINE, "", "", "Everything turns on Ukraine.", T);
        Card lead = Card.basic("b1", "n2", article.id(), "#lead", "Why talk?", "", "A safety valve.", T);
        List<Card> cards = List.of(cloze, section, lead);
        Path apkg = dir.resolve("cards.apkg");
        AnkiPackage.write(apkg, article, cards, Clock.fixed(T, ZoneOffset.UTC));
        AnkiText text = AnkiText.parse(AnkiExport.text(article, cards));

        try (Connection c = open(apkg); Statement s = c.createStatement()) {
            ResultSet col = s.executeQuery("SELECT models, decks FROM col");
            col.next();
            JsonNode models = JSON.readTree(col.getString("models"));
            JsonNode decks = JSON.readTree(col.getString("decks"));
            Map<String, List<String>> rows = new HashMap<>();
            for (List<String> row : text.rows) {
                rows.put(AnkiText.column(row, text.headers.get("guid column")), row);
            }
            ResultSet notes = s.executeQuery("SELECT n.guid, n.mid, n.flds, n.tags, c.did FROM notes n"
                    + " JOIN cards c ON c.nid = n.id");
            int seen = 0;
            while (notes.next()) {
                seen++;
                List<String> row = rows.get(notes.getString("guid"));
                assertThat(row).as(notes.getString("guid")).isNotNull();
                assertThat(AnkiText.column(row, text.headers.get("notetype column")))
                        .isEqualTo(models.get(notes.getString("mid")).get("name").asText());
                assertThat(AnkiText.column(row, text.headers.get("deck column")))
                        .isEqualTo(decks.get(notes.getString("did")).get("name").asText());
                assertThat(notes.getString("flds").split("\u001f", -1)).containsExactly(row.get(3), row.get(4));
                assertThat(notes.getString("tags").strip())
                        .isEqualTo(AnkiText.column(row, text.headers.get("tags column")));
            }
            assertThat(seen).isEqualTo(3);
            assertThat(AnkiText.shown(rows.get("margin-s1").get(3)))
                    .as("a section note's card asks with its section's title, in both")
                    .isEqualTo(AnkiExport.sectionTitles(article).get(UKRAINE));
            assertThat(rows.get("margin-c1").get(5)).endsWith(" war speech_acts");
        }
    }

    private Map<String, String> note(Path apkg) throws Exception {
        try (Connection c = open(apkg); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT guid, mod, flds, tags FROM notes")) {
            assertThat(r.next()).isTrue();
            Map<String, String> out = new HashMap<>();
            for (String column : List.of("guid", "mod", "flds", "tags")) {
                out.put(column, r.getString(column));
            }
            assertThat(r.next()).isFalse();
            return out;
        }
    }

    private Connection open(Path apkg) throws Exception {
        Path db = dir.resolve(apkg.getFileName() + ".anki2");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("collection.anki2")) {
                    Files.write(db, zip.readAllBytes());
                }
            }
        }
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }
}
