package app.margin.ui.reader;

import app.margin.model.HighlightColor;
import app.margin.ui.queue.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the original-page view takes a page at screen resolution (96 dpi): drawn by PDFBox, a highlight looked
 * for on it, made a JavaFX image. Not run by the suite: {@code java -cp target/classes:target/test-classes:$(cat
 * cp.txt) app.margin.ui.reader.OriginalPageBenchmark [FILE.pdf]} (default: TeX Live's clsguide.pdf). Prints every
 * page of a first pass (the renderer warming up, after the text was read as the app does) and the median and worst
 * of five more.
 */
public final class OriginalPageBenchmark {
    private OriginalPageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args.length > 0 ? args[0] : "/usr/share/doc/texlive-doc/latex/base/clsguide.pdf");
        if (!Files.isRegularFile(pdf)) {
            System.out.println("No such file: " + pdf);
            return;
        }
        // As in the app: the document's text has been read (PDFBox loaded, its parsing compiled) before Ctrl+Shift+O.
        long read = System.nanoTime();
        new app.margin.article.ArticleImporter().importFile(pdf);
        System.out.printf("text read first: %.0f ms%n", (System.nanoTime() - read) / 1e6);
        Background inPlace = new Background(Runnable::run, Runnable::run);
        List<OriginalPageViewModel.Highlight> highlights = new ArrayList<>();
        for (int page = 1; page <= 2000; page++) {
            highlights.add(new OriginalPageViewModel.Highlight(Integer.toString(page), "the class",
                    HighlightColor.YELLOW));
        }
        for (int pass = 0; pass < 6; pass++) {
            OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, pdf, highlights, 96f);
            List<Double> ms = new ArrayList<>();
            vm.open("1");
            ms.add(vm.lastMillis());
            int last = -1;
            while (vm.indexProperty().get() != last) {
                last = vm.indexProperty().get();
                vm.next();
                if (vm.indexProperty().get() != last) {
                    ms.add(vm.lastMillis());
                }
            }
            vm.close();
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("pass %d: %d pages, median %.1f ms, worst %.1f ms, first %.1f ms%n", pass + 1,
                    sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1], ms.get(0));
            if (pass == 0) {
                System.out.println("  " + Arrays.toString(ms.stream().mapToLong(Math::round).toArray()));
            }
        }
    }
}
