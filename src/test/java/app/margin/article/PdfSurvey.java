package app.margin.article;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfPages;
import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: opens real PDFs and writes, for each, what Margin made of it to {@code OUT/NAME.txt} (the outline, then
 * every paragraph with its page label, a code block between ``` lines) and one line to standard output (pages,
 * bookmarks, sections, paragraphs, remark), for checking against the pages by eye ({@code docs/pdf.md}).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.article.PdfSurvey OUT FILE.pdf ...</pre>
 */
public final class PdfSurvey {
    private PdfSurvey() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            long start = System.nanoTime();
            try {
                PdfImporter.Result result = importer.read(file, file.getFileName().toString(), null);
                long ms = (System.nanoTime() - start) / 1_000_000;
                int bookmarks;
                try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                    var outline = document.getDocumentCatalog().getDocumentOutline();
                    bookmarks = 0;
                    if (outline != null) {
                        for (var item : outline.children()) {
                            bookmarks += 1 + count(item);
                        }
                    }
                }
                StringBuilder text = new StringBuilder("TITLE: " + result.article().title() + "\n");
                Article a = result.article();
                PdfPages pages = result.pages();
                for (int p = 0; p < a.lead().size(); p++) {
                    text.append(mark(pages, Article.LEAD_SECTION_ID, p)).append(a.lead().get(p)).append("\n\n");
                }
                int[] sections = {0};
                write(a.sections(), 1, pages, text, sections);
                Files.writeString(out.resolve(file.getFileName() + ".txt"), text);
                System.out.printf("%s | %d pages | %d bookmarks | %d sections | %d paragraphs | %d ms | %s%n",
                        file.getFileName(), pages.pageCount(), bookmarks, sections[0], pages.places().size(), ms,
                        result.remark().orElse(""));
            } catch (ArticleException e) {
                System.out.println(file.getFileName() + " | " + e.userMessage());
            }
        }
    }

    /** "[p. iv @3] ": the page's label and its 0-based index. */
    private static String mark(PdfPages pages, String section, int paragraph) {
        for (PdfPages.Place place : pages.places()) {
            if (place.sectionId().equals(section) && place.paragraphIndex() == paragraph) {
                return "[p. " + place.label() + " @" + place.page() + "] ";
            }
        }
        return "[p. ?] ";
    }

    private static int count(org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem item) {
        int n = 0;
        for (var child : item.children()) {
            n += 1 + count(child);
        }
        return n;
    }

    private static void write(List<Section> sections, int depth, PdfPages pages, StringBuilder text, int[] count) {
        for (Section s : sections) {
            count[0]++;
            text.append("#".repeat(depth)).append(' ').append(s.title()).append("\n\n");
            for (int p = 0; p < s.paragraphs().size(); p++) {
                String paragraph = s.paragraphs().get(p);
                text.append(mark(pages, s.id(), p)).append(s.preformatted().contains(p)
                        ? "```\n" + paragraph + "\n```" : paragraph).append("\n\n");
            }
            write(s.children(), depth + 1, pages, text, count);
        }
    }
}
