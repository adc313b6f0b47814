package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admonitions ("Note", "Tip", "Warning", "Caution", "Important") as documentation tools write them: a note block,
 * its text quoted and led by its title in bold ("Note: …"), not a small table, a heading or a picture.
 */
class HtmlAdmonitionsTest {

    /** Debian Reference, ch01 (DocBook's stylesheets with admonition graphics): an icon cell beside the title. */
    private static final String DOCBOOK_TABLE = "<div class=\"note\" style=\"margin-left: 0.5in;\">"
            + "<table border=\"0\" summary=\"Note\"><tr><td rowspan=\"2\" align=\"center\" valign=\"top\">"
            + "<img alt=\"[Note]\" src=\"images/note.png\"/></td><th align=\"left\">Note</th></tr><tr>"
            + "<td align=\"left\" valign=\"top\"><p>If you have been using any <a class=\"ulink\""
            + " href=\"https://en.wikipedia.org/wiki/Unix-like\">Unix-like</a> system for a while, you know this.</p>"
            + "<p>Use this as a refresher.</p></td></tr></table></div>";

    private static List<String> described(WalkedHtml page) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < page.texts.size(); i++) {
            ParagraphForm f = page.forms.get(i);
            String text = page.texts.get(i);
            out.add(f.role() + " " + f.depth() + " " + text + f.spans().stream()
                    .map(s -> s.style().key() + "[" + text.substring(s.start(), s.end()) + "]")
                    .collect(java.util.stream.Collectors.joining(", ", " {", "}")));
        }
        return out;
    }

    @Test
    void docBooksNoteTableIsQuotedTextLedByItsTitleWithoutItsIcon() {
        WalkedHtml page = WalkedHtml.of("<p>Before.</p>" + DOCBOOK_TABLE + "<p>After.</p>");

        assertThat(described(page)).containsExactly(
                "BODY 0 Before. {}",
                "QUOTE 1 Note: If you have been using any Unix-like system for a while, you know this. {strong[Note:], "
                        + "link[Unix-like]}",
                "QUOTE 1 Use this as a refresher. {}",
                "BODY 0 After. {}");
        assertThat(page.forms).noneMatch(f -> f.picture() != null);
    }

    /** The Debian Administrator's Handbook (Publican): a sidebar, its title page wrapped in divs, an anchor first. */
    @Test
    void publicansSidebarIsQuotedTextLedByItsTitle() {
        WalkedHtml page = WalkedHtml.of("<div class=\"para\">Before.</div><div class=\"sidebar\">"
                + "<a id=\"sidebar.apt-pdiff\"></a><div class=\"titlepage\"><div><div><p class=\"title\"><strong>"
                + "<span class=\"emphasis\"><em>TIP</em></span> Incremental updates</strong></p></div></div></div>"
                + "<div class=\"para\">The apt update command downloads only the changes.</div>"
                + "<pre class=\"screen\">$ apt update</pre></div><div class=\"para\">After.</div>");

        assertThat(described(page)).containsExactly(
                "BODY 0 Before. {}",
                "QUOTE 1 TIP Incremental updates: The apt update command downloads only the changes. "
                        + "{strong[TIP Incremental updates:], strong[TIP Incremental updates], em[TIP]}",
                "QUOTE 1 code:$ apt update {}",
                "BODY 0 After. {}");
    }

    /** git's user manual, Debian's FHS and debconf specification: DocBook without admonition graphics. */
    @Test
    void docBooksNoteWithATitleHeadingIsNotAHeading() {
        WalkedHtml page = WalkedHtml.of("<div class=\"tip\" style=\"margin-left: 0.5in\"><h3 class=\"title\">"
                + "Rationale</h3><p>Shareable files can be stored on one host.</p><ul><li>One</li></ul></div>"
                + "<h3>A real heading</h3>");

        assertThat(described(page)).containsExactly(
                "QUOTE 1 Rationale: Shareable files can be stored on one host. {strong[Rationale:]}",
                "LIST_ITEM 1 One {}",
                "BODY 0 h3 A real heading {}");
    }

    /** The Ubuntu Packaging Guide and every Sphinx book: Docutils' admonition, its title a paragraph of its own. */
    @Test
    void docutilsAdmonitionIsQuotedTextLedByItsTitle() {
        WalkedHtml page = WalkedHtml.of("<div class=\"admonition note\"><p class=\"admonition-title\">Note</p>"
                + "<p>It makes sense to do packaging work using the current development version.</p></div>"
                + "<aside class=\"admonition warning\"><p class=\"admonition-title\">Warning!</p><p>Careful.</p>"
                + "<p>Twice.</p></aside>"
                + "<div class=\"note\"><p>A page's own note box, written otherwise, stays as it is.</p></div>");

        assertThat(described(page)).containsExactly(
                "QUOTE 1 Note: It makes sense to do packaging work using the current development version."
                        + " {strong[Note:]}",
                "QUOTE 1 Warning! Careful. {strong[Warning!]}",
                "QUOTE 1 Twice. {}",
                "BODY 0 A page's own note box, written otherwise, stays as it is. {}");
    }

    /** A title with no paragraph after it to lead (a list, code, nothing at all) stands alone, without a colon. */
    @Test
    void aTitleBeforeAListOrCodeOrNothingStandsAlone() {
        WalkedHtml page = WalkedHtml.of("<div class=\"admonition tip\"><p class=\"admonition-title\">See also</p>"
                + "<ul><li>dpkg(1)</li></ul></div><div class=\"admonition hint\"><p class=\"admonition-title\">"
                + "Hint</p><pre>make check</pre></div><div class=\"admonition\"><p class=\"admonition-title\">"
                + "Alone </p></div>");

        assertThat(described(page)).containsExactly(
                "QUOTE 1 See also {strong[See also]}",
                "LIST_ITEM 1 dpkg(1) {}",
                "QUOTE 1 Hint {strong[Hint]}",
                "QUOTE 1 code:make check {}",
                "QUOTE 1 Alone {strong[Alone]}");
    }

    @Test
    void aTableInsideANoteStaysATableAndANoteInsideAQuoteIsDeeper() {
        WalkedHtml page = WalkedHtml.of("<blockquote><div class=\"warning\"><table summary=\"Warning\"><tr><td>"
                + "<img alt=\"[Warning]\" src=\"images/warning.png\"/></td><th>Warning</th></tr><tr><td>"
                + "<p>Check these:</p><table><tr><th>file</th><th>mode</th></tr><tr><td>/etc/shadow</td><td>640</td>"
                + "</tr></table></td></tr></table></div></blockquote>");

        assertThat(page.texts).containsExactly("Warning: Check these:", "file\tmode", "/etc/shadow\t640");
        assertThat(page.forms).extracting(f -> f.role() + " " + f.depth())
                .containsExactly("QUOTE 2", "TABLE_HEADER 2", "TABLE_ROW 2");
    }

    /**
     * Through the web page importer, as an XHTML file (no {@code tbody} is added, so the note's box is close to its
     * icon): Readability's clean-up of a picture's containers left the box without its class, and the note a table.
     */
    @Test
    void aSavedDocBookPageKeepsItsNotesAsNotes(@TempDir Path dir) throws Exception {
        String words = "<p>" + "The shell reads the line you type and runs the program it names. ".repeat(8) + "</p>";
        Path file = Files.writeString(dir.resolve("ch01.en.xhtml"), "<?xml version=\"1.0\"?><html"
                + " xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Chapter 1. Tutorials</title></head><body>"
                + "<div class=\"chapter\"><h1>Chapter 1. Tutorials</h1>" + words + DOCBOOK_TABLE.replace("<table",
                "<table xmlns=\"http://www.w3.org/1999/xhtml\"") + words + "</div></body></html>");

        app.margin.model.Article article = new ArticleImporter().open(file).article();

        List<String> texts = new java.util.ArrayList<>(article.lead());
        article.sections().forEach(s -> texts.addAll(s.paragraphs()));
        assertThat(texts).contains("Use this as a refresher.").noneMatch(t -> t.contains("\t"))
                .anyMatch(t -> t.startsWith("Note: If you have been using any Unix-like system"));
    }
}
