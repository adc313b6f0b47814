package app.margin.exchange;

import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Cards as a text file that Anki (2.1.55 and later) imports as it is with File → Import, following its documented
 * text import format (docs.ankiweb.net, "Importing › Text Files", "File Headers" and "HTML"):
 *
 * <pre>
 * #separator:tab
 * #html:true
 * #guid column:1
 * #notetype column:2
 * #deck column:3
 * #tags column:6
 * margin-&lt;card id&gt; ⇥ Basic (Margin) ⇥ deck ⇥ front ⇥ back ⇥ tags
 * margin-&lt;card id&gt; ⇥ Cloze (Margin) ⇥ deck ⇥ text with {{c1::hidden words}} ⇥ back extra ⇥ tags
 * </pre>
 *
 * The note types are Margin's own, named as in the {@link AnkiPackage} ("Basic (Margin)": Front, Back; "Cloze
 * (Margin)": Text, Back Extra), not Anki's built-in ones, whose names depend on the collection's language ("Basic"
 * is "Einfach" in German); so the file and the package put the same guid on the same note type and either can
 * follow the other. The deck is the package's: the article's title. Every range a card hides is {@code c1}, so
 * Anki makes one card hiding them all, as Margin does. The guid column lets a second import update the notes
 * instead of duplicating them. Tags are the article's title, its section as a child tag ({@code Title::Section})
 * and the annotation's own tags, spaces made underscores, as Anki tags hold no spaces.
 *
 * <p>A card from a paged source (a PDF) cites its page at the end of its back ("p. 12", as the source labels it),
 * because students cite pages.
 *
 * <p>A basic card with no question asks with its note; a section note's card with no question asks with the
 * section's title (its note is the answer), so its two sides differ.
 *
 * <p>Fields are HTML: {@code & < > "} are written as entities and line breaks as {@code <br>}, so no field needs
 * quoting; in a cloze field braces and, inside a hidden range, colons are entities too, so the reader's text can
 * never open, close or hint a cloze.
 */
public final class AnkiExport {

    public static final String BASIC = AnkiPackage.BASIC_MODEL;
    public static final String CLOZE = AnkiPackage.CLOZE_MODEL;

    private AnkiExport() {}

    /** One card's note as both exports write it. */
    record AnkiRow(String guid, boolean cloze, List<String> fields, List<String> tags) {}

    /** The file's text for the cards of {@code article}. */
    public static String text(Article article, List<Card> cards) {
        Map<String, String> sectionTitles = sectionTitles(article);
        String deck = AnkiPackage.deckName(article);
        CardMarks marks = CardMarks.of(article);
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n");
        for (Card card : cards) {
            AnkiRow row = row(article, sectionTitles, card, marks);
            line(out, row.guid(), row.cloze() ? CLOZE : BASIC, deck, row.fields().get(0), row.fields().get(1),
                    String.join(" ", row.tags()));
        }
        return out.toString();
    }

    /** Writes the file whole or not at all (the one temp-file, fsync and rename helper). */
    public static void write(Path file, Article article, List<Card> cards) throws ExchangeException {
        try {
            app.margin.files.AtomicFiles.writeString(file, text(article, cards));
        } catch (IOException e) {
            throw new ExchangeException("Margin could not write the Anki cards to " + file + ".", e);
        }
    }

    /** A card's note: guid, kind, the two HTML fields (the passage with its marks), and its tags. */
    static AnkiRow row(Article article, Map<String, String> sectionTitles, Card card, CardMarks marks) {
        String section = sectionTitles.getOrDefault(card.sectionId(), card.sectionId());
        boolean cloze = card.kind() == CardKind.CLOZE;
        List<Span> spans = marks.of(card);
        String page = marks.page(card).map(p -> "<div class=\"margin-page\">p. " + html(p) + "</div>").orElse("");
        // A section note's card asks with its section's title.
        List<String> fields = cloze
                ? List.of(clozeText(card, spans), html(card.noteText()) + page)
                : List.of(html(card.prompt(section)), back(card, spans) + page);
        return new AnkiRow(AnkiPackage.guid(card), cloze, fields, tags(article.title(), section, card.noteTags()));
    }

    /** Section id to the title its tag and heading use; the lead is "Introduction". */
    public static Map<String, String> sectionTitles(Article article) {
        Map<String, String> titles = new HashMap<>();
        titles.put(Article.LEAD_SECTION_ID, StudySheet.LEAD_HEADING);
        collect(article.sections(), titles);
        return titles;
    }

    /** A card's tags: the article's title, its section as a child tag ({@code Title::Section}), the note's own. */
    static List<String> tags(String title, String section, List<String> noteTags) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>(); // Anki's tags ignore case: the first spelling stays
        List<String> all = new ArrayList<>(List.of(tag(title), tag(title) + "::" + tag(section)));
        for (String t : noteTags) {
            if (!t.isBlank()) {
                all.add(tag(t));
            }
        }
        for (String t : all) {
            if (seen.add(t.toLowerCase(Locale.ROOT))) {
                tags.add(t);
            }
        }
        return tags;
    }

    private static void collect(List<Section> sections, Map<String, String> titles) {
        for (Section s : sections) {
            titles.put(s.id(), s.title());
            collect(s.children(), titles);
        }
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : "\t").append(quoted(fields[i]));
        }
        out.append('\n');
    }

    /** The passage with its marks in a quote block, then the note. */
    static String back(Card card, List<Span> spans) {
        String quote = card.quote().isBlank() ? ""
                : "<blockquote>" + MarkedHtml.marked(card.quote(), spans, AnkiExport::html) + "</blockquote>";
        return quote + html(card.noteText());
    }

    /**
     * The passage with its marks and each hidden range as {@code {{c1::…}}}. Each piece is marked on its own, so a
     * mark crossing a gap's edge is closed before it and opened again inside (and after), and a gap never cuts a
     * tag in two. Braces, and colons inside a gap, are entities wherever they are (a link's address included, where
     * HTML reads them back), so nothing can open, close or hint a cloze.
     */
    static String clozeText(Card card, List<Span> spans) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Card.Piece piece : card.pieces()) {
            int end = at + piece.text().length();
            String escaped = MarkedHtml.marked(piece.text(), MarkedHtml.within(spans, at, end), AnkiExport::html)
                    .replace("{", "&#123;").replace("}", "&#125;");
            text.append(piece.hidden() ? "{{c1::" + escaped.replace(":", "&#58;") + "}}" : escaped);
            at = end;
        }
        return text.toString();
    }

    /** Text as an HTML field: escaped by jsoup (markup characters and quotes), {@code <br>} for line breaks. */
    static String html(String text) {
        return Entities.escape(text).replace("\r\n", "<br>").replace("\r", "<br>").replace("\n", "<br>").replace("\t", " ");
    }

    /** A tag Anki keeps whole: no spaces (they separate tags), no colons (they would nest it). */
    static String tag(String text) {
        String tag = text.strip().replaceAll("[\\s:\"]+", "_").replaceAll("_+", "_");
        tag = tag.replaceAll("^_|_$", "");
        return tag.isEmpty() ? "Margin" : tag;
    }

    /** A field as Anki's documented rules read it: quoted (quotes doubled) only if it holds tab, newline or quote. */
    private static String quoted(String field) {
        if (field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0
                && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
