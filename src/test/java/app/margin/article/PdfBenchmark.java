package app.margin.article;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: prints how long a PDF takes to open, to its beginning (the first pages, for a long document) and to
 * the whole text, for the real documents named on the command line or, by default, the LuaTeX manual (324 pages),
 * two two-column papers (TUGboat, 10 pages; ACM sigconf, 6 pages) and the PGF/TikZ manual (1,321 pages) from
 * Debian's texlive-*-doc packages (see {@code docs/pdf.md}). "first" is the first open
 * in this JVM (classes loading, nothing compiled yet), then the median of the next five.
 *
 * <pre>java -Dslf4j.internal.verbosity=ERROR -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     app.margin.article.PdfBenchmark [FILE.pdf ...]</pre>
 */
public final class PdfBenchmark {
    static final List<String> DEFAULTS = List.of(
            "/usr/share/doc/texlive-doc/luatex/base/luatex.pdf",
            "/usr/share/doc/texlive-doc/bibtex/babelbib/tugboat-babelbib.pdf",
            "/usr/share/doc/texlive-doc/latex/acmart/samples/sample-sigconf.pdf",
            "/usr/share/doc/texlive-doc/generic/pgf/pgfmanual.pdf");

    private PdfBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> files = args.length > 0 ? Arrays.asList(args) : DEFAULTS;
        ArticleImporter importer = new ArticleImporter();
        System.out.println("file | pages | sections | paragraphs | first: beginning ms, whole ms | median of 5:"
                + " beginning ms, whole ms");
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.out.println(name + " | not installed");
                continue;
            }
            long[] first = open(importer, file);
            long[] beginnings = new long[5];
            long[] wholes = new long[5];
            for (int i = 0; i < 5; i++) {
                long[] t = open(importer, file);
                beginnings[i] = t[0];
                wholes[i] = t[1];
            }
            Arrays.sort(beginnings);
            Arrays.sort(wholes);
            Article article = importer.importFile(file);
            System.out.printf("%s | %d | %d | %d | %d, %d | %d, %d%n", file.getFileName(), first[2],
                    count(article.sections()), paragraphs(article), first[0] / 1_000_000, first[1] / 1_000_000,
                    beginnings[2] / 1_000_000, wholes[2] / 1_000_000);
        }
    }

    /** Nanoseconds to the beginning (to the whole, when none is offered), to the whole, and the page count. */
    private static long[] open(ArticleImporter importer, Path file) throws ArticleException {
        long start = System.nanoTime();
        long[] beginning = {-1};
        importer.open(file, first -> beginning[0] = System.nanoTime() - start);
        long whole = System.nanoTime() - start;
        int pages = 0;
        try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
        } catch (java.io.IOException e) {
            pages = -1;
        }
        return new long[] {beginning[0] < 0 ? whole : beginning[0], whole, pages};
    }

    private static int count(List<Section> sections) {
        int n = sections.size();
        for (Section s : sections) {
            n += count(s.children());
        }
        return n;
    }

    private static int paragraphs(Article article) {
        int[] n = {article.lead().size()};
        walk(article.sections(), n);
        return n[0];
    }

    private static void walk(List<Section> sections, int[] n) {
        for (Section s : sections) {
            n[0] += s.paragraphs().size();
            walk(s.children(), n);
        }
    }
}
