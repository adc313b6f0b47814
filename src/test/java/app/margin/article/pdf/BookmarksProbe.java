package app.margin.article.pdf;

import java.io.File;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Not a test: prints a PDF's bookmarks as the outline places them (page, x, y) and how long reading the outline
 * takes, {@code Bookmarks.of} and the first page's entries apart, in this thread's CPU time (the machine is shared).
 * {@code java … BookmarksProbe entries FILE} prints the entries; {@code java … BookmarksProbe time WARM FILE} reads
 * the outline of WARM first (the classes loaded and compiled as in a running Margin), then times FILE's, in a fresh
 * document.
 */
final class BookmarksProbe {
    private BookmarksProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean entries = args[0].equals("entries");
        var clock = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 1; i < args.length; i++) {
            try (PDDocument document = Loader.loadPDF(new File(args[i]))) {
                document.getNumberOfPages();
                long t0 = clock.getCurrentThreadCpuTime();
                Bookmarks bookmarks = Bookmarks.of(document);
                long t1 = clock.getCurrentThreadCpuTime();
                List<Bookmarks.Entry> first = bookmarks.through(1);
                long t2 = clock.getCurrentThreadCpuTime();
                List<Bookmarks.Entry> all = bookmarks.all();
                long t3 = clock.getCurrentThreadCpuTime();
                if (entries) {
                    for (Bookmarks.Entry e : all) {
                        if (!entries && i < args.length - 1) {
                    continue; // the warm-up
                }
                System.out.printf("%d %s p%d x=%.1f y=%.1f%n", e.level(), e.title(), e.page(), e.x(), e.y());
                    }
                }
                if (!entries && i < args.length - 1) {
                    continue; // the warm-up
                }
                System.out.printf("%s: of %.1f ms, first page %.1f ms (%d entries), all %.1f ms (%d entries)%n",
                        new File(args[i]).getName(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, first.size(), (t3 - t2) / 1e6,
                        all.size());
            }
        }
    }
}
