package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleWriter;
import app.margin.article.ContentHash;
import app.margin.article.pdf.PageDrawing;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReaderDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The AOT cache's training run (packaging/build.sh), not part of a normal start: opens each file given before
 * {@code --} the way the app does (import, layout, library copy, content hash), then starts Margin with the
 * arguments after it, usually {@code --smoke FILE}. A cache trained on the bundled article alone holds none of
 * the web page and EPUB readers (jsoup, Readability4J and Kotlin's library, the zip reading), whose loading was
 * about 0.4 s of a book's or page's first open; opening one of each here puts their classes in the cache. The start
 * that follows opens a PDF long enough for its first pages to be shown before the rest is read (packaging/training's
 * {@code manual.pdf}), so the cache also holds that path's classes, the status bar's spinner and the notes store's.
 *
 * <pre>java -XX:AOTCacheOutput=margin.aot -cp ... app.margin.app.AotTraining page.html book.epub paper.pdf manual.pdf \
 *     -- --smoke manual.pdf</pre>
 */
public final class AotTraining {
    /** The most pages of a training PDF drawn; the training PDFs have two and eight. */
    private static final int MAX_DRAWN_PAGES = 8;

    private AotTraining() {
    }

    /**
     * A normal start listens on its data folder's socket for later launches (in init, before the window is built) and a
     * later launch hands its file over; a --smoke run does neither, so their classes (Unix-domain sockets, NIO
     * channels, about 100 of them) would otherwise be loaded from the jars and the runtime at every start.
     */
    private static void trainInstanceChannel() throws IOException {
        Path folder = Files.createTempDirectory("margin-training-channel");
        Path socket = InstanceChannel.socketFor(folder);
        InstanceChannel channel = InstanceChannel.listen(socket, request -> { }).orElseThrow();
        try {
            boolean taken = InstanceChannel.handOver(socket, new InstanceChannel.Request(Optional.empty()));
            System.out.println("margin training: a later launch's hand-over " + (taken ? "was taken" : "was not taken"));
        } finally {
            channel.close();
            Files.deleteIfExists(socket);
            Files.deleteIfExists(folder);
        }
    }

    /**
     * The original page (Ctrl+Shift+O) and a PDF's figures are drawn by PDFBox's renderer through Java2D, whose classes
     * the reflow never loads: without this, the first page drawn after opening a PDF waited 0.5-1.3 s for them. Every
     * page of a training PDF is drawn (they are few), so that what only a later page holds is drawn too: the manual's
     * links without appearance streams, its translucent fill and its picture.
     */
    private static void trainPageDrawing(Path pdf) throws IOException {
        try (PageDrawing drawing = PageDrawing.open(pdf)) {
            drawing.labels();
            for (int page = 0; page < Math.min(drawing.pageCount(), MAX_DRAWN_PAGES); page++) {
                drawing.render(page, 96f);
            }
            drawing.find(0, List.of("the"), 96f);
            drawing.cropPng(0, 72f, 72f, 144f, 144f, 144f);
            System.out.println("margin training: drew the pages of " + pdf.getFileName());
        }
    }

    public static void main(String[] args) throws ArticleException, IOException {
        List<String> all = Arrays.asList(args);
        int split = all.indexOf("--");
        List<String> files = split < 0 ? all : all.subList(0, split);
        ArticleImporter importer = new ArticleImporter();
        for (String file : files) {
            Article article = importer.open(Path.of(file)).article();
            // The reading pane's text model too (no Node, any thread): the smoke run below shows a PDF, so the book's
            // table columns and widths would otherwise be read from the jar before its first frame.
            ReaderDocument.of(ArticleLayout.of(article));
            ArticleWriter.write(article, OutputStream.nullOutputStream());
            ContentHash.of(article);
            System.out.println("margin training: opened " + file + " (" + article.sections().size() + " sections)");
            if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                trainPageDrawing(Path.of(file));
            }
        }
        trainInstanceChannel();
        if (split >= 0) {
            System.setProperty(SmokeProbe.TRAINING, "true");
            Launcher.main(all.subList(split + 1, all.size()).toArray(String[]::new));
        }
    }
}
