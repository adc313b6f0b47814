package app.margin.article;

import app.margin.article.pdf.PdfLayout;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: opens real PDFs and prints, for each, the footnotes Margin found (page, id, whether a mark links to
 * it, its text), the marks linked (with the words before them) and the list items under a references heading, for
 * checking against the pages by eye ({@code docs/pdf.md}, "Footnotes and references").
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.article.PdfNotesSurvey FILE.pdf ...</pre>
 */
public final class PdfNotesSurvey {
    private PdfNotesSurvey() {}

    public static void main(String[] args) throws Exception {
        PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);
        for (String arg : args) {
            Path file = Path.of(arg);
            long start = System.nanoTime();
            Article a = importer.read(file, file.getFileName().toString(), null).article();
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<String> notes = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            int[] items = {0};
            List<String> linked = new ArrayList<>();
            visit(a.lead(), a.leadForms(), notes, refs, items, linked);
            walk(a.sections(), notes, refs, items, linked);
            System.out.printf("%s | %d ms | %d notes (%d linked) | %d marks | %d reference items%n",
                    file.getFileName(), ms, notes.size(), linked.size(), refs.size(), items[0]);
            notes.forEach(n -> System.out.println("  NOTE " + n));
            refs.forEach(r -> System.out.println("  REF  " + r));
        }
    }

    private static void walk(List<Section> sections, List<String> notes, List<String> refs, int[] items,
            List<String> linked) {
        for (Section s : sections) {
            visit(s.paragraphs(), s.forms(), notes, refs, items, linked);
            walk(s.children(), notes, refs, items, linked);
        }
    }

    private static void visit(List<String> paragraphs, Map<Integer, ParagraphForm> forms, List<String> notes,
            List<String> refs, int[] items, List<String> linked) {
        for (Map.Entry<Integer, ParagraphForm> e : forms.entrySet()) {
            String text = paragraphs.get(e.getKey());
            ParagraphForm f = e.getValue();
            if (f.role() == ParagraphForm.Role.NOTE) {
                notes.add(f.ids() + " [" + f.marker() + "] " + cut(text, 90));
                linked.addAll(f.ids());
            }
            if (f.role() == ParagraphForm.Role.LIST_ITEM) {
                items[0]++;
                if (Boolean.getBoolean("items")) {
                    System.out.println("  ITEM " + f.marker() + " " + cut(text, 80));
                }
            }
            for (Span s : f.spans()) {
                if (s.style() == Span.Style.NOTE_REF) {
                    refs.add(s.target() + " …" + text.substring(Math.max(0, s.start() - 30), s.start()) + "{"
                            + text.substring(s.start(), s.end()) + "}" + text.substring(s.end(),
                            Math.min(text.length(), s.end() + 10)));
                }
            }
        }
    }

    private static String cut(String text, int n) {
        return text.length() <= n ? text : text.substring(0, n) + "…";
    }
}
