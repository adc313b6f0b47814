package app.margin.article;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Not a test: prints how long opening takes, from the file to the laid-out article the reading pane draws from.
 * A generated 5 MB EPUB (a long novel) and 2 MB web page, then real documents found on this machine (Debian
 * packages' documentation), each with its section count in Margin against the count in its own table of contents.
 * "first" is the first open in this JVM (classes loading, nothing compiled yet), "median" of the next five.
 *
 * <pre>java -Dslf4j.internal.verbosity=ERROR -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     app.margin.article.FormatsBenchmark</pre>
 */
public final class FormatsBenchmark {
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are "
            + "or his from at which but have an they you were her she there one all we their sea lamp rock night "
            + "keeper storm boat light wind tower harbour letter morning island wave bell iron stone").split(" ");

    private FormatsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-bench");
        ArticleImporter importer = new ArticleImporter();
        System.out.println("file | size | sections in Margin | entries in its own TOC | first open ms | median ms");
        report(importer, novel(dir.resolve("novel.epub")), null);
        report(importer, page(dir.resolve("long-page.html")), null);
        for (String real : List.of("/usr/share/doc/live-manual/epub/live-manual.en.epub",
                "/usr/share/doc/nodejs/api/process.html", "/usr/share/doc/nodejs/api/fs.html",
                "/usr/share/doc/nettle-dev/nettle.html", "/usr/share/doc/nodejs/api/all.html",
                "/usr/share/common-licenses/GPL-3")) {
            Path file = Path.of(real);
            if (Files.isRegularFile(file)) {
                Path named = file;
                if (!real.contains(".")) {
                    named = Files.copy(file, dir.resolve(file.getFileName() + ".txt"));
                }
                report(importer, named, file);
            }
        }
    }

    private static void report(ArticleImporter importer, Path file, Path shownAs) throws Exception {
        long first = open(importer, file);
        long[] times = new long[5];
        Article article = null;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            article = importer.importFile(file);
            ArticleLayout.of(article);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%s | %.1f MB | %d | %s | %d | %d%n",
                shownAs != null ? shownAs : file.getFileName(), Files.size(file) / 1e6, count(article.sections()),
                tocEntries(file), first / 1_000_000, times[2] / 1_000_000);
    }

    private static long open(ArticleImporter importer, Path file) throws Exception {
        long t0 = System.nanoTime();
        ArticleLayout.of(importer.importFile(file));
        return System.nanoTime() - t0;
    }

    private static int count(List<Section> sections) {
        int n = 0;
        for (Section s : sections) {
            n += 1 + count(s.children());
        }
        return n;
    }

    /** Entries in the file's own table of contents: the EPUB's nav or NCX; a page's table of contents list. */
    private static String tocEntries(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".epub")) {
            try (EpubArchive archive = EpubArchive.open(file, name, Long.MAX_VALUE)) {
                EpubPackage book = EpubPackage.read(archive, name);
                return countToc(book.toc) + " (" + book.tocKind + ")";
            }
        }
        if (name.endsWith(".html")) {
            Document page = Jsoup.parse(file.toFile());
            for (String query : new String[] {"#toc li", ".toc li", "nav.toc li", "div.contents li"}) {
                int n = page.select(query).size();
                if (n > 0) {
                    return n + " (" + query + ")";
                }
            }
            return "none";
        }
        return "none (plain text)";
    }

    private static int countToc(List<EpubPackage.TocEntry> entries) {
        int n = 0;
        for (EpubPackage.TocEntry e : entries) {
            n += 1 + countToc(e.children());
        }
        return n;
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 8 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ". ";
    }

    /** A novel-sized book: chapters of paragraphs until the EPUB file is 5 MB. */
    static Path novel(Path file) throws Exception {
        Random random = new Random(7);
        List<String> chapters = new ArrayList<>();
        int chapterCount = 120;
        StringBuilder[] bodies = new StringBuilder[chapterCount];
        for (int c = 0; c < chapterCount; c++) {
            bodies[c] = new StringBuilder("<h1>Chapter " + (c + 1) + "</h1>");
        }
        long target = 5L * 1000 * 1000;
        int round = 0;
        while (true) {
            for (int c = 0; c < chapterCount; c++) {
                for (int p = 0; p < 20; p++) {
                    bodies[c].append("<p>");
                    for (int s = 0; s < 4; s++) {
                        bodies[c].append(sentence(random));
                    }
                    bodies[c].append("</p>\n");
                }
            }
            round++;
            EpubBuilder builder = new EpubBuilder().title("A Long Novel");
            List<Toc> toc = new ArrayList<>();
            for (int c = 0; c < chapterCount; c++) {
                builder.chapter("ch" + c + ".xhtml", bodies[c].toString());
                toc.add(Toc.of("Chapter " + (c + 1), "ch" + c + ".xhtml"));
            }
            builder.toc(toc.toArray(Toc[]::new)).write(file);
            if (Files.size(file) >= target || round > 100) {
                break;
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long text = zip.stream().mapToLong(e -> e.getSize()).sum();
            System.out.printf(Locale.ROOT, "(generated novel: %.1f MB of XHTML in %d chapters)%n", text / 1e6,
                    chapters.size() + chapterCount);
        }
        return file;
    }

    /** A 2 MB saved news page: menus, a sidebar and comments around a long article with headings. */
    static Path page(Path file) throws Exception {
        Random random = new Random(11);
        StringBuilder html = new StringBuilder(HtmlImporterTest.NEWS_PAGE.substring(0,
                HtmlImporterTest.NEWS_PAGE.indexOf("<div class=\"entry-content\">") + 27));
        int heading = 0;
        while (html.length() < 2 * 1000 * 1000) {
            if (random.nextInt(25) == 0) {
                html.append("<h2>Part ").append(++heading).append("</h2>\n");
            }
            html.append("<p>");
            for (int s = 0; s < 5; s++) {
                html.append(sentence(random));
            }
            html.append("</p>\n");
        }
        String tail = HtmlImporterTest.NEWS_PAGE.substring(HtmlImporterTest.NEWS_PAGE.indexOf("</div>\n</article>"));
        Files.writeString(file, html.append(tail));
        return file;
    }
}
