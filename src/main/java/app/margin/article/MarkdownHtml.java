package app.margin.article;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * An HTML block in Markdown (a table, a {@code div}, {@code details}, a {@code p} with markup): read as a page's
 * body is read ({@link HtmlText}), its paragraphs, table rows, lists and code written where the block stands. A
 * comment has no text. Node.js's API docs set their tables of constants so: skipped, a third of {@code os.md} was
 * missing from the page.
 */
final class MarkdownHtml {

    private MarkdownHtml() {}

    static void read(String html, MarkdownParagraphs paragraphs) {
        String block = html.strip();
        if (block.isEmpty() || block.startsWith("<!--") && block.endsWith("-->") && !block.substring(4).contains("<!--")) {
            return;
        }
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(block).body();
        // Its elements' ids stay link targets, as a heading's or a footnote's in the Markdown are.
        java.util.Set<String> ids = new java.util.HashSet<>(body.select("[id]").eachAttr("id"));
        HtmlText.walk(body, new TextSink() {
            @Override
            public void heading(int level, String text) {
                heading(level, text, List.of());
            }

            @Override
            public void heading(int level, String text, List<Span> spans) {
                // A heading inside an HTML block opens no section: the outline is the Markdown's own headings.
                paragraphs.html(text, new ParagraphForm(Role.SUBHEADING, Math.max(2, level), null,
                        ParagraphForm.Align.START, spans, null, List.of(), null, false));
            }

            @Override
            public void paragraph(String text) {
                paragraphs.html(text, ParagraphForm.PLAIN);
            }

            @Override
            public void paragraph(String text, ParagraphForm form) {
                paragraphs.html(text, form);
            }

            @Override
            public void preformatted(String text) {
                paragraphs.code(text, Role.BODY, 0, null);
            }

            @Override
            public void preformatted(String text, ParagraphForm form) {
                paragraphs.code(text, form.role(), form.depth(), form.marker());
            }

            @Override
            public void anchor(String id) {
                paragraphs.id(id);
            }
        }, ids, PageLinks.ofPage());
    }
}
