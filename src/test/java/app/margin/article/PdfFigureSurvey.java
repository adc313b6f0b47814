package app.margin.article;

import app.margin.article.pdf.PdfLayout;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not a test: lists the figures Margin cuts from each PDF named (page, size, caption's beginning) and writes each
 * crop as a PNG into OUT, to compare with the pages (see {@code docs/pdf.md}, "Figures and tables").
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.article.PdfFigureSurvey \
 *     OUT [PAGES] FILE.pdf ...</pre>
 * PAGES (a number) keeps only figures on the first that many pages.
 */
public final class PdfFigureSurvey {
    private PdfFigureSurvey() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        int from = 1;
        int pages = Integer.MAX_VALUE;
        if (args[1].matches("\\d+")) {
            pages = Integer.parseInt(args[1]);
            from = 2;
        }
        PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);
        for (int a = from; a < args.length; a++) {
            Path file = Path.of(args[a]);
            long start = System.nanoTime();
            Article article = importer.read(file, file.getFileName().toString(), null).article();
            long ms = (System.nanoTime() - start) / 1_000_000;
            List<String[]> figures = new ArrayList<>();
            collect(article.lead(), article.leadForms(), figures);
            for (Section s : article.sections()) {
                collect(s, figures);
            }
            String stem = file.getFileName().toString().replace(".pdf", "");
            int n = 0;
            int shown = 0;
            for (String[] f : figures) {
                int page = Integer.parseInt(f[0].substring(PictureFiles.PDF_PAGE.length(), f[0].indexOf('@')));
                if (page > pages) {
                    continue;
                }
                shown++;
                byte[] png = PictureFiles.read(file.toAbsolutePath().toString(), new Picture(f[0], "", 0, 0));
                Files.write(out.resolve(stem + "-" + (++n) + "-p" + page + ".png"), png);
                System.out.println(stem + " #" + n + " " + f[0] + " " + f[1]);
            }
            System.out.println(stem + ": " + shown + " figures, read in " + ms + " ms");
        }
    }

    private static void collect(Section s, List<String[]> figures) {
        collect(s.paragraphs(), s.forms(), figures);
        for (Section c : s.children()) {
            collect(c, figures);
        }
    }

    private static void collect(List<String> paragraphs, Map<Integer, ParagraphForm> forms, List<String[]> figures) {
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphForm form = forms.get(i);
            if (form != null && form.role() == ParagraphForm.Role.FIGURE) {
                String text = paragraphs.get(i);
                figures.add(new String[] {form.picture().source(), text.substring(0, Math.min(70, text.length()))});
            }
        }
    }
}
