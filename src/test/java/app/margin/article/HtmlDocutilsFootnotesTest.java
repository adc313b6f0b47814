package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Footnotes as Sphinx and Docutils write them, in each writer's shape: the mark is a note reference and the note is
 * one paragraph of the note's own text (no label, no backlinks) that carries the id the mark points at, so the
 * popover shows the note's words.
 */
class HtmlDocutilsFootnotesTest {

    private static List<String> noteRefs(WalkedHtml page, int paragraph) {
        String text = page.texts.get(paragraph);
        return page.forms.get(paragraph).spans().stream().filter(s -> s.style() == Span.Style.NOTE_REF)
                .map(s -> text.substring(s.start(), s.end()) + "->" + s.target()).toList();
    }

    private static List<String> notes(WalkedHtml page) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < page.texts.size(); i++) {
            if (page.forms.get(i).role() == Role.NOTE) {
                notes.add(page.forms.get(i).ids() + " " + page.texts.get(i));
            }
        }
        return notes;
    }

    @Test
    void docutils018AsideFootnoteIsANoteWithoutItsLabelOrBacklinks() {
        WalkedHtml page = WalkedHtml.of("<p>Precision<a class='footnote-reference brackets' href='#id9' id='id1'>1</a> and "
                + "width<a class='footnote-reference brackets' href='#id10' id='id2'>2</a>.</p>"
                + "<aside class='footnote-list brackets'>"
                + "<aside class='footnote brackets' id='id9' role='note'>\n"
                + "<span class='label'><span class='fn-bracket'>[</span><a role='doc-backlink' href='#id1'>1</a>"
                + "<span class='fn-bracket'>]</span></span>\n"
                + "<p>For integer specifiers the 0-conversion flag has effect.</p>\n</aside>\n"
                + "<aside class='footnote brackets' id='id10' role='note'>\n"
                + "<span class='label'><span class='fn-bracket'>[</span>2<span class='fn-bracket'>]</span></span>\n"
                + "<span class='backrefs'>(<a role='doc-backlink' href='#id2'>1</a>,"
                + "<a role='doc-backlink' href='#id5'>2</a>)</span>\n"
                + "<p>Width is counted in bytes.</p>\n</aside></aside>");

        assertThat(noteRefs(page, 0)).containsExactly("1->#id9", "2->#id10");
        assertThat(page.texts).hasSize(3);
        assertThat(notes(page)).containsExactly("[id9] For integer specifiers the 0-conversion flag has effect.",
                "[id10] Width is counted in bytes.");
    }

    @Test
    void docutils017DefinitionListFootnoteIsANoteNotATermAndDefinition() {
        WalkedHtml page = WalkedHtml.of("<p>The package<a class='footnote-reference brackets' href='#id20' id='id1'>1</a>"
                + " and the list<a class='footnote-reference brackets' href='#id21' id='id2'>2</a>.</p>"
                + "<dl class='footnote brackets'>\n"
                + "<dt class='label' id='id20'><span class='brackets'><a class='fn-backref' href='#id1'>1</a>"
                + "</span></dt>\n<dd><p>Rationale: the list is kept apart.</p></dd>\n"
                + "<dt class='label' id='id21'><span class='brackets'>2</span><span class='fn-backref'>("
                + "<a href='#id2'>1</a>,<a href='#id7'>2</a>)</span></dt>\n<dd><p>Installed on build machines.</p>"
                + "</dd>\n</dl>");

        assertThat(noteRefs(page, 0)).containsExactly("1->#id20", "2->#id21");
        assertThat(page.texts).hasSize(3);
        assertThat(notes(page)).containsExactly("[id20] Rationale: the list is kept apart.",
                "[id21] Installed on build machines.");
    }

    @Test
    void html4TableFootnoteIsANoteNotATableRow() {
        WalkedHtml page = WalkedHtml.of("<p>A MIME type<a class='footnote-reference' href='#footnote-1' "
                + "id='footnote-reference-1'>[1]</a> and a paragraph<a class='footnote-reference' href='#footnote-2' "
                + "id='footnote-reference-2'>[2]</a>.</p>"
                + "<table class='docutils footnote' frame='void' id='footnote-1' rules='none'>\n"
                + "<colgroup><col class='label' /><col /></colgroup>\n<tbody valign='top'>\n"
                + "<tr><td class='label'><a class='fn-backref' href='#footnote-reference-1'>[1]</a></td>"
                + "<td>The x- prefix means an unregistered type.</td></tr>\n</tbody>\n</table>\n"
                + "<table class='docutils footnote' frame='void' id='footnote-2' rules='none'>\n<tbody valign='top'>\n"
                + "<tr><td class='label'>[2]</td><td><em>(<a class='fn-backref' href='#footnote-reference-2'>1</a>, "
                + "<a class='fn-backref' href='#footnote-reference-5'>2</a>)</em> <p>A footnote has body elements."
                + "</p>\n<p class='last'>This is its second paragraph.</p>\n</td></tr>\n</tbody>\n</table>");

        assertThat(noteRefs(page, 0)).containsExactly("[1]->#footnote-1", "[2]->#footnote-2");
        assertThat(page.texts).hasSize(4);
        assertThat(notes(page)).containsExactly("[footnote-1] The x- prefix means an unregistered type.",
                "[footnote-2] A footnote has body elements.", "[] This is its second paragraph.");
    }

    private static List<String> noteMarkers(WalkedHtml page) {
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < page.texts.size(); i++) {
            if (page.forms.get(i).role() == Role.NOTE) {
                markers.add(page.forms.get(i).marker() + " " + page.texts.get(i));
            }
        }
        return markers;
    }

    @Test
    void definitionListFootnoteLabelIsItsFirstParagraphsMarker() {
        // Debian Policy's chapter 4 (Docutils 0.17): the notes listed at the end, each numbered by its label.
        WalkedHtml page = WalkedHtml.of("<dl class='footnote brackets'>\n"
                + "<dt class='label' id='id20'><span class='brackets'><a class='fn-backref' href='#id1'>1</a>"
                + "</span></dt>\n<dd><p>Rationale:</p>\n<ul class='simple'>\n<li><p>The list is kept apart.</p></li>"
                + "\n</ul>\n</dd>\n"
                + "<dt class='label' id='id21'><span class='brackets'>2</span><span class='fn-backref'>("
                + "<a href='#id2'>1</a>,<a href='#id7'>2</a>)</span></dt>\n<dd><p>Installed on build machines.</p>"
                + "</dd>\n</dl>");

        assertThat(noteMarkers(page)).containsExactly("1 Rationale:", "• The list is kept apart.",
                "2 Installed on build machines.");
    }

    @Test
    void asideAndTableFootnoteLabelsAreMarkersAsTheSourceWritesThem() {
        WalkedHtml page = WalkedHtml.of("<aside class='footnote-list brackets'>"
                + "<aside class='footnote brackets' id='id9' role='note'>\n"
                + "<span class='label'><span class='fn-bracket'>[</span><a role='doc-backlink' href='#id1'>1</a>"
                + "<span class='fn-bracket'>]</span></span>\n"
                + "<span class='backrefs'>(<a role='doc-backlink' href='#id1'>1</a>,"
                + "<a role='doc-backlink' href='#id5'>2</a>)</span>\n"
                + "<p>For integer specifiers.</p>\n<p>A second paragraph.</p>\n</aside></aside>"
                + "<table class='docutils footnote' frame='void' id='footnote-2' rules='none'>\n<tbody valign='top'>\n"
                + "<tr><td class='label'><a class='fn-backref' href='#footnote-reference-2'>[2]</a></td>"
                + "<td>The x- prefix means an unregistered type.</td></tr>\n</tbody>\n</table>");

        assertThat(noteMarkers(page)).containsExactly("[1] For integer specifiers.", "null A second paragraph.",
                "[2] The x- prefix means an unregistered type.");
    }

    @Test
    void anEmptyFootnotesLabelDoesNotMarkTheNextParagraph() {
        WalkedHtml page = WalkedHtml.of("<dl class='footnote brackets'><dt class='label' id='id20'>"
                + "<span class='brackets'>1</span></dt><dd></dd></dl><p>After the notes.</p>");

        assertThat(page.texts).containsExactly("After the notes.");
        assertThat(page.forms.get(0).marker()).isNull();
    }

    @Test
    void plainDefinitionListsTablesAndCitationsStayAsTheyWere() {
        WalkedHtml page = WalkedHtml.of("<dl class='simple'><dt class='label' id='t'>Term</dt><dd><p>Its meaning.</p></dd></dl>"
                + "<table class='docutils'><tr><td class='label'>[a]</td><td>Cell</td></tr></table>"
                + "<table class='docutils citation' id='cit2002'><tbody><tr><td class='label'>[CIT2002]</td>"
                + "<td>A citation.</td></tr></tbody></table>"
                + "<p>See <a class='citation-reference' href='#cit2002' id='id9'>[CIT2002]</a>.</p>");

        assertThat(page.forms).extracting(ParagraphForm::role).containsExactly(Role.TERM, Role.DEFINITION,
                Role.TABLE_ROW, Role.TABLE_ROW, Role.BODY);
        assertThat(page.texts).containsExactly("Term", "Its meaning.", "[a]" + ParagraphForm.CELL + "Cell",
                "[CIT2002]" + ParagraphForm.CELL + "A citation.", "See [CIT2002].");
        assertThat(page.forms.get(4).spans()).extracting(Span::style).containsExactly(Span.Style.LINK);
    }
}
