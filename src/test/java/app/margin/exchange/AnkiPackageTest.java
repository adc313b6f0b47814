package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a written .apkg back as Anki would: the zip, then the collection's tables, by Anki's schema 11 rules. */
class AnkiPackageTest {

    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Article article = TestArticles.bundled();

    @TempDir
    Path dir;

    private List<Card> cards() {
        ArticleLayout layout = ArticleLayout.of(article);
        Block para = layout.blocks().get(layout.blockOf(UKRAINE, 0));
        int at = para.text().indexOf("the elephant in the room");
        String quote = para.text().substring(at, at + 24);
        Card cloze = Card.cloze("c1", "h1", article.id(), UKRAINE, quote, "Ukraine dominates.",
                List.of(new ClozeRange(4, 12), new ClozeRange(20, 24)), T);
        Card basic = Card.basic("b1", "s1", article.id(), "#lead", "Why do militaries talk?", "",
                "A safety valve & <more>.", T.plusSeconds(5));
        Card same = Card.basic("b2", "s2", article.id(), UKRAINE, "", "a passage", "Made in the same ms.",
                T.plusSeconds(5));
        return List.of(cloze, basic, same);
    }

    /** The zip's entries by name. */
    private Map<String, byte[]> unzip(Path apkg) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private Connection open(Path apkg) throws Exception {
        Path db = dir.resolve("read-" + apkg.getFileName() + ".anki2");
        Files.write(db, unzip(apkg).get("collection.anki2"));
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private Path written(String name, List<Card> cards) throws Exception {
        Path apkg = dir.resolve(name);
        AnkiPackage.write(apkg, article, cards, CLOCK);
        return apkg;
    }

    @Test
    void thePackageIsAZipOfTheCollectionAndAnEmptyMediaMap() throws Exception {
        Map<String, byte[]> entries = unzip(written("cards.apkg", cards()));
        assertThat(entries.keySet()).containsExactlyInAnyOrder("collection.anki2", "media");
        assertThat(new String(entries.get("media"), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(new String(entries.get("collection.anki2"), 0, 16, StandardCharsets.US_ASCII))
                .isEqualTo("SQLite format 3\0");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("cards.apkg");
    }

    @Test
    void theCollectionIsSchema11WithTheTwoNoteTypesAndTheArticlesDeck() throws Exception {
        try (Connection c = open(written("cards.apkg", cards())); Statement s = c.createStatement()) {
            ResultSet col = s.executeQuery("SELECT ver, crt, models, decks, dconf, conf, tags FROM col");
            assertThat(col.next()).isTrue();
            assertThat(col.getInt("ver")).isEqualTo(11);
            assertThat(col.getLong("crt") % 86_400).isZero();
            JsonNode models = JSON.readTree(col.getString("models"));
            JsonNode decks = JSON.readTree(col.getString("decks"));
            JsonNode dconf = JSON.readTree(col.getString("dconf"));
            assertThat(JSON.readTree(col.getString("conf")).isObject()).isTrue();
            assertThat(col.getString("tags")).isEqualTo("{}");

            JsonNode basic = models.get(String.valueOf(AnkiPackage.BASIC_MODEL_ID));
            JsonNode cloze = models.get(String.valueOf(AnkiPackage.CLOZE_MODEL_ID));
            assertThat(basic.get("type").asInt()).isZero();
            assertThat(cloze.get("type").asInt()).isEqualTo(1);
            assertThat(names(basic.get("flds"))).containsExactly("Front", "Back");
            assertThat(names(cloze.get("flds"))).containsExactly("Text", "Back Extra");
            assertThat(basic.get("tmpls")).hasSize(1);
            assertThat(basic.get("tmpls").get(0).get("qfmt").asText()).isEqualTo("{{Front}}");
            assertThat(cloze.get("tmpls").get(0).get("qfmt").asText()).isEqualTo("{{cloze:Text}}");
            for (JsonNode m : List.of(basic, cloze)) {
                assertThat(m.get("id").asLong()).isEqualTo(Long.parseLong(
                        m == basic ? String.valueOf(AnkiPackage.BASIC_MODEL_ID) : String.valueOf(AnkiPackage.CLOZE_MODEL_ID)));
                for (int i = 0; i < m.get("flds").size(); i++) {
                    assertThat(m.get("flds").get(i).get("ord").asInt()).isEqualTo(i);
                }
                assertThat(m.get("sortf").asInt()).isZero();
                assertThat(m.has("css") && m.has("latexPre") && m.has("latexPost") && m.has("req")).isTrue();
            }
            long deckId = AnkiPackage.deckId(article.id());
            assertThat(decks.has("1")).isTrue();
            assertThat(decks.get(String.valueOf(deckId)).get("name").asText()).isEqualTo(article.title());
            assertThat(decks.get(String.valueOf(deckId)).get("dyn").asInt()).isZero();
            assertThat(dconf.has(String.valueOf(decks.get(String.valueOf(deckId)).get("conf").asLong()))).isTrue();
        }
    }

    @Test
    void notesHoldTheFieldsTagsGuidsAndAnkisChecksums() throws Exception {
        try (Connection c = open(written("cards.apkg", cards())); Statement s = c.createStatement()) {
            ResultSet n = s.executeQuery("SELECT id, guid, mid, tags, flds, sfld, csum FROM notes ORDER BY id, guid");
            List<String> guids = new ArrayList<>();
            TreeSet<Long> ids = new TreeSet<>();
            String title = AnkiExport.tag(article.title());
            while (n.next()) {
                guids.add(n.getString("guid"));
                ids.add(n.getLong("id"));
                String[] fields = n.getString("flds").split("\u001f", -1);
                assertThat(fields).hasSize(2);
                String tags = n.getString("tags");
                assertThat(tags).startsWith(" ").endsWith(" ");
                List<String> tagList = List.of(tags.strip().split(" "));
                assertThat(tagList).contains(title).anySatisfy(t -> assertThat(t).startsWith(title + "::"));
                // Anki's sort field is the first field without HTML; csum the first 8 hex digits of its SHA-1.
                String sfld = n.getString("sfld");
                assertThat(sfld).doesNotContain("<").doesNotContain("&amp;");
                byte[] sha = MessageDigest.getInstance("SHA-1").digest(sfld.getBytes(StandardCharsets.UTF_8));
                assertThat(n.getLong("csum")).isEqualTo(Long.parseLong(HexFormat.of().formatHex(sha).substring(0, 8), 16));
                if (n.getString("guid").equals("margin-c1")) {
                    assertThat(n.getLong("mid")).isEqualTo(AnkiPackage.CLOZE_MODEL_ID);
                    assertThat(fields[0]).isEqualTo("the {{c1::elephant}} in the {{c1::room}}");
                    assertThat(fields[1]).isEqualTo("Ukraine dominates.");
                    assertThat(tagList).anySatisfy(t -> assertThat(t).startsWith(title + "::Ukraine"));
                } else if (n.getString("guid").equals("margin-b1")) {
                    assertThat(n.getLong("mid")).isEqualTo(AnkiPackage.BASIC_MODEL_ID);
                    assertThat(fields[0]).isEqualTo("Why do militaries talk?");
                    assertThat(fields[1]).isEqualTo("A safety valve &amp; &lt;more&gt;.");
                    assertThat(tagList).contains(title + "::Introduction");
                }
            }
            assertThat(guids).containsExactlyInAnyOrder("margin-c1", "margin-b1", "margin-b2");
            assertThat(ids).hasSize(3);
        }
    }

    @Test
    void cardsFollowAnkisRulesOneForABasicNoteOneForEachClozeNumber() throws Exception {
        try (Connection c = open(written("cards.apkg", cards())); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT n.mid, n.flds, c.ord, c.did, c.type, c.queue, c.due, c.id "
                    + "FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.due");
            Map<String, List<Integer>> ordsByNote = new HashMap<>();
            Map<String, Long> midByNote = new HashMap<>();
            TreeSet<Long> cardIds = new TreeSet<>();
            int count = 0;
            while (r.next()) {
                count++;
                ordsByNote.computeIfAbsent(r.getString("flds"), k -> new ArrayList<>()).add(r.getInt("ord"));
                midByNote.put(r.getString("flds"), r.getLong("mid"));
                assertThat(r.getLong("did")).isEqualTo(AnkiPackage.deckId(article.id()));
                assertThat(r.getInt("type")).isZero(); // new
                assertThat(r.getInt("queue")).isZero();
                assertThat(r.getLong("due")).isEqualTo(count); // new cards in the order made
                cardIds.add(r.getLong("id"));
            }
            assertThat(count).isEqualTo(3);
            assertThat(cardIds).hasSize(3);
            for (var e : ordsByNote.entrySet()) {
                if (midByNote.get(e.getKey()) == AnkiPackage.CLOZE_MODEL_ID) {
                    TreeSet<Integer> expected = new TreeSet<>();
                    Matcher m = CLOZE.matcher(e.getKey().split("\u001f")[0]);
                    while (m.find()) {
                        expected.add(Integer.parseInt(m.group(1)) - 1);
                    }
                    assertThat(e.getValue()).containsExactlyElementsOf(expected);
                } else {
                    assertThat(e.getValue()).containsExactly(0);
                }
            }
        }
    }

    @Test
    void clozeOrdinalsAreEachDistinctNumberLessOne() {
        assertThat(AnkiPackage.clozeOrdinals("{{c1::a}} {{c3::b}} {{c1::c}} {{c2::d::hint}}")).containsExactly(0, 1, 2);
        assertThat(AnkiPackage.clozeOrdinals("no cloze")).containsExactly(0);
        assertThat(AnkiPackage.clozeOrdinals("{{c0::zero}} {{c12::twelve}}")).containsExactly(11);
    }

    @Test
    void aSecondExportKeepsTheGuidsNoteTypesAndDeckSoAnkiUpdatesInsteadOfDuplicating() throws Exception {
        Path first = written("first.apkg", cards());
        List<Card> edited = new ArrayList<>(cards());
        edited.set(1, edited.get(1).withAnnotation("#lead", "", "A safety valve, edited."));
        Path second = written("second.apkg", edited);
        assertThat(rows(first, "SELECT guid, mid, id FROM notes ORDER BY guid"))
                .isEqualTo(rows(second, "SELECT guid, mid, id FROM notes ORDER BY guid"));
        assertThat(rows(first, "SELECT did FROM cards")).isEqualTo(rows(second, "SELECT did FROM cards"));
        assertThat(rows(second, "SELECT flds FROM notes WHERE guid = 'margin-b1'").get(0))
                .contains("A safety valve, edited.");
    }

    private List<String> rows(Path apkg, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = open(apkg); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> names(JsonNode fields) {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.add(f.get("name").asText()));
        return out;
    }
}
