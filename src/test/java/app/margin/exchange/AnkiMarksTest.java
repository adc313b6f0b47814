package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anki's fields carry a passage's emphasis, code and outside links as HTML; cloze gaps still work across them. */
class AnkiMarksTest {
    static final Instant T = Instant.parse("2026-11-25T09:00:00Z");
    static final String TEXT = "The zlib constant Z_OK means done; see the manual or the table below.";
    static final String HOSTILE = "see <x> & {b} here: {{c2::no}} end";
    static final String HOSTILE_TARGET = "https://e.org/{a}?q=\"1\"&r=2:3";

    @TempDir
    Path dir;

    static Article article() {
        ParagraphForm zlib = ParagraphForm.PLAIN.withSpans(List.of(
                new Span(4, 17, Span.Style.EMPHASIS), // "zlib constant"
                new Span(18, 22, Span.Style.CODE), // "Z_OK"
                new Span(39, 49, Span.Style.LINK, "https://zlib.net/manual.html"), // "the manual"
                new Span(53, 58, Span.Style.LINK, "#table"))); // "table": inside the book
        int link = HOSTILE.indexOf("{b}");
        ParagraphForm hostile = ParagraphForm.PLAIN.withSpans(List.of(
                new Span(0, 9, Span.Style.STRONG), new Span(link, link + 8, Span.Style.LINK, HOSTILE_TARGET)));
        Section section = new Section("zlib", "Zlib", List.of("An earlier paragraph without the passage.", TEXT,
                HOSTILE), List.of(), Set.of(), Map.of(1, zlib, 2, hostile));
        return new Article("rich", "Rich", null, null, null, List.of("A lead."), List.of(section), false);
    }

    static String quote() {
        return TEXT.substring(TEXT.indexOf("zlib"));
    }

    @Test
    void aBasicCardsPassageKeepsItalicsCodeAndOutsideLinks() {
        Card basic = Card.basic("b1", "h1", "rich", "zlib", "What is Z_OK?", quote(), "Success.", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(article(), List.of(basic)));

        assertThat(read.rows.get(0).get(4)).isEqualTo("<blockquote><i>zlib constant</i> <code>Z_OK</code> means done;"
                + " see <a href=\"https://zlib.net/manual.html\">the manual</a> or the table below.</blockquote>Success.");
    }

    @Test
    void aClozeGapCrossingAMarkClosesItAndOpensItAgainInside() {
        String quote = quote();
        int gap = quote.indexOf("constant Z_OK");
        Card cloze = Card.cloze("c1", "h1", "rich", "zlib", quote, "", List.of(new ClozeRange(gap, gap + 13),
                new ClozeRange(quote.indexOf("manual"), quote.indexOf("manual") + 6)), T);
        String field = AnkiText.parse(AnkiExport.text(article(), List.of(cloze))).rows.get(0).get(3);

        assertThat(field).isEqualTo("<i>zlib </i>{{c1::<i>constant</i> <code>Z_OK</code>}} means done; see "
                + "<a href=\"https://zlib.net/manual.html\">the </a>{{c1::<a href=\"https&#58;//zlib.net/manual.html\">"
                + "manual</a>}} or the table below.");
        List<String> hidden = new ArrayList<>();
        Matcher m = AnkiText.CLOZE.matcher(field);
        while (m.find()) {
            assertThat(m.group(3)).as("no hint").isNull();
            hidden.add(AnkiText.shown(m.group(2)));
        }
        assertThat(hidden).containsExactly("constant Z_OK", "manual");
        // Anki shows the answer side as the field with each gap's words in place: still the passage, still marked
        String answer = AnkiText.CLOZE.matcher(field).replaceAll(g -> Matcher.quoteReplacement(g.group(2)));
        assertThat(AnkiText.shown(answer)).isEqualTo(quote);
        Element body = Jsoup.parseBodyFragment(answer).body();
        assertThat(body.select("i").eachText()).containsExactly("zlib", "constant");
        assertThat(body.select("code").text()).isEqualTo("Z_OK");
        assertThat(body.select("a").eachAttr("href")).containsOnly("https://zlib.net/manual.html");
    }

    @Test
    void theReadersMarkupAndAHostileLinkStayTextAndNeverOpenACloze() {
        int gap = HOSTILE.indexOf("{b} here");
        Card cloze = Card.cloze("c2", "h2", "rich", "zlib", HOSTILE, "", List.of(new ClozeRange(gap, gap + 8)), T);
        String field = AnkiText.parse(AnkiExport.text(article(), List.of(cloze))).rows.get(0).get(3);

        Matcher m = AnkiText.CLOZE.matcher(field);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("1");
        assertThat(m.group(3)).as("no hint").isNull();
        assertThat(AnkiText.shown(m.group(2))).isEqualTo("{b} here");
        assertThat(m.find()).as("one gap only").isFalse();
        String answer = AnkiText.CLOZE.matcher(field).replaceAll(g -> Matcher.quoteReplacement(g.group(2)));
        Element body = Jsoup.parseBodyFragment(answer).body();
        assertThat(body.text()).isEqualTo(HOSTILE);
        assertThat(body.select("b").text()).isEqualTo("see <x> &");
        assertThat(body.select("a").attr("href")).isEqualTo(HOSTILE_TARGET);
        assertThat(body.select("x")).isEmpty();
    }

    @Test
    void aPassageNoLongerInItsSectionIsPlain() {
        Card basic = Card.basic("b3", "h3", "rich", "zlib", "", "words the article no longer has", "", T);
        Card elsewhere = Card.basic("b4", "h4", "rich", "#lead", "", quote(), "", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(article(), List.of(basic, elsewhere)));

        assertThat(read.rows.get(0).get(4)).isEqualTo("<blockquote>words the article no longer has</blockquote>");
        assertThat(read.rows.get(1).get(4)).doesNotContain("<i>").doesNotContain("<a ");
    }

    @Test
    void thePackagesFieldsCarryTheSameMarks() throws Exception {
        Card basic = Card.basic("b1", "h1", "rich", "zlib", "What is Z_OK?", quote(), "Success.", T);
        Path apkg = dir.resolve("cards.apkg");
        AnkiPackage.write(apkg, article(), List.of(basic), Clock.fixed(T, ZoneOffset.UTC));
        Path db = dir.resolve("collection.anki2");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("collection.anki2")) {
                    Files.write(db, zip.readAllBytes());
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT flds FROM notes")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1).split("\u001f")[1]).contains("<i>zlib constant</i> <code>Z_OK</code>")
                    .contains("<a href=\"https://zlib.net/manual.html\">the manual</a>");
        }
    }
}
