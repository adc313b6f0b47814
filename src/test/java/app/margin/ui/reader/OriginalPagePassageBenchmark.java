package app.margin.ui.reader;

import app.margin.article.pdf.PageDrawing;
import app.margin.model.ArticleLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the original page costs from the key to a page ready to show, when it was not drawn ahead: the page looked up
 * by its label and drawn at 96 dpi, made a JavaFX image, with (now) the reader's passage looked for on it, against
 * without (before), on a warm renderer. For each page of the document a passage as the reader would have it: a line
 * of the first paragraph that starts there, from its middle. Not run by the suite: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) app.margin.ui.reader.OriginalPagePassageBenchmark FILE.pdf
 * [PAGES]} (the first PAGES pages, 40 unless told). Prints the median and worst page of five passes, each page timed
 * both ways in turn, and how many passages were found.
 */
public final class OriginalPagePassageBenchmark {
    private OriginalPagePassageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        int most = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        if (!Files.isRegularFile(pdf)) {
            System.out.println("No such file: " + pdf);
            return;
        }
        long read = System.nanoTime();
        ArticleLayout layout = ArticleLayout.of(new app.margin.article.ArticleImporter().importFile(pdf));
        System.out.printf("text read first: %.0f ms%n", (System.nanoTime() - read) / 1e6);
        List<OriginalPagePassage> passages = new ArrayList<>();
        String last = null;
        for (int b = 0; b < layout.blocks().size() && passages.size() < most; b++) {
            String page = layout.pageAt(b);
            String text = layout.blocks().get(b).text();
            if (page != null && !page.equals(last) && text.length() > 20) {
                last = page;
                int from = app.margin.model.WordRule.boundaryAtOrBefore(text, text.length() / 2);
                var line = new OriginalPagePassage.Place(b, from, Math.min(text.length(), from + 70));
                passages.add(OriginalPagePassage.of(layout, line, null, null));
            }
        }
        try (PageDrawing doc = PageDrawing.open(pdf)) {
            long cold = System.nanoTime();
            OriginalPageAhead.draw(doc, passages.get(0), List.of(), 96f, null);
            System.out.printf("first page, renderer cold: %.0f ms; %d pages with a passage%n",
                    (System.nanoTime() - cold) / 1e6, passages.size());
            List<Double> before = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            int found = 0;
            int elsewhere = 0;
            for (int pass = 0; pass < 6; pass++) {
                for (int i = 0; i < passages.size(); i++) {
                    OriginalPagePassage p = passages.get(i);
                    boolean withFirst = (pass + i) % 2 == 0; // in turn, so neither always has the warmer cache
                    for (int turn = 0; turn < 2; turn++) {
                        boolean with = withFirst == (turn == 0);
                        long start = System.nanoTime();
                        OriginalPageViewModel.Drawn d = with ? OriginalPageAhead.draw(doc, p, List.of(), 96f, null)
                                : OriginalPageAhead.draw(doc, Math.max(0, doc.indexOf(p.label())), List.of(), 96f);
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (pass > 0) {
                            (with ? after : before).add(ms);
                        }
                        if (with && pass == 0 && !d.spot().points().isEmpty()) {
                            found++;
                            if (d.index() != doc.indexOf(p.label())) {
                                elsewhere++;
                            }
                        } else if (with && pass == 0) {
                            System.out.println("  not found: p. " + p.label() + " \"" + p.quote() + "\"");
                        }
                    }
                }
            }
            System.out.printf("passages found: %d of %d (%d on the next page)%n", found, passages.size(), elsewhere);
            System.out.printf("before (no passage): median %.1f ms, worst %.1f ms%n", median(before), worst(before));
            System.out.printf("after (passage looked for): median %.1f ms, worst %.1f ms%n", median(after),
                    worst(after));
        }
    }

    private static double median(List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray()[ms.size() / 2];
    }

    private static double worst(List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
