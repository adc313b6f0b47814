package app.margin.ui.reader;

import app.margin.article.pdf.PageDrawing;
import app.margin.ui.queue.Background;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The page the reader is on, drawn before the original-page window asks for it, and the PDF kept open between
 * windows: the first page PDFBox draws after a document opens costs 250–350 ms (its renderer's classes, the
 * document's fonts), later ones 20–80 ms, so the window opened cold missed the 150 ms a page by far. The shell asks
 * for a page ({@link #prepare}) when the reader has stopped on it; the window borrows the open document and that
 * page ({@link #lend}) and gives the document back when it closes ({@link #giveBack}).
 *
 * <p>One owner at a time: the document is here, in a drawing task started here, or lent to one window; a task in
 * flight keeps {@link #lend} from lending (the window then opens its own copy, as before). Used on the FX thread.
 */
public final class OriginalPageAhead {
    /** What a window borrows: the open document and the page drawn ahead, if one is (else {@code null}). */
    record Lent(PageDrawing drawing, OriginalPageViewModel.Drawn drawn) {}

    private record Done(PageDrawing drawing, OriginalPageViewModel.Drawn drawn) {}

    private final Background background;
    private Path pdf;
    private float dpi;
    private PageDrawing drawing;
    private OriginalPageViewModel.Drawn drawn;
    private boolean busy;
    private boolean lent;
    /** Counts {@link #clear()}s: a task that ends after one closes what it opened instead of keeping it. */
    private long generation;

    public OriginalPageAhead(Background background) {
        this.background = background;
    }

    /** As {@link #prepare(Path, OriginalPagePassage, List, float)}, at the top of the page labelled {@code label}. */
    public void prepare(Path file, String label, List<OriginalPageViewModel.Highlight> highlights, float atDpi) {
        prepare(file, new OriginalPagePassage(label, ""), highlights, atDpi);
    }

    /**
     * Draws the page of {@code passage} in {@code file} with the highlights near it and the passage looked for on it,
     * unless it is drawn so already; opens the document first when it is not open (another document open here is
     * closed).
     */
    public void prepare(Path file, OriginalPagePassage passage, List<OriginalPageViewModel.Highlight> highlights,
                        float atDpi) {
        if (!file.equals(pdf) || atDpi != dpi) {
            clear();
            pdf = file;
            dpi = atDpi;
        }
        if (busy || lent) {
            return;
        }
        PageDrawing from = drawing;
        if (from != null && drawn != null && passage.equals(drawn.passage())
                && drawn.near().equals(near(from.labels(), drawn.index(), highlights))) {
            return;
        }
        busy = true;
        long asked = generation;
        OriginalPageViewModel.Drawn before = from != null ? drawn : null; // its picture kept if the page is the same
        background.run(() -> {
            PageDrawing d = from != null ? from : PageDrawing.open(file);
            boolean drawn = false;
            try {
                Done done = new Done(d, draw(d, passage, highlights, atDpi, before));
                drawn = true;
                return done;
            } finally {
                if (!drawn && from == null) {
                    d.close(); // opened here, for nothing
                }
            }
        }, done -> {
            busy = false;
            if (asked != generation) {
                closeLater(done.drawing());
                return;
            }
            drawing = done.drawing();
            drawn = done.drawn();
        }, failure -> { // the window says why when it is opened there
            busy = false;
            if (asked != generation && from != null) {
                closeLater(from); // cleared while it was drawn: nobody else has it
            }
        });
    }

    /**
     * Lends the open document of {@code file} drawn at {@code atDpi}, with the page drawn ahead, to a window; {@code
     * null} when there is none to lend (not open, another file, or a page being drawn).
     */
    Lent lend(Path file, float atDpi) {
        if (busy || lent || drawing == null || !file.equals(pdf) || atDpi != dpi) {
            return null;
        }
        lent = true;
        Lent out = new Lent(drawing, drawn);
        drawing = null;
        drawn = null;
        return out;
    }

    /** Takes back a window's document when it closes: kept when it is still the document shown, else closed. */
    void giveBack(Path file, float atDpi, PageDrawing returned) {
        lent = false;
        if (file.equals(pdf) && atDpi == dpi && drawing == null && !busy) {
            drawing = returned;
        } else {
            closeLater(returned);
        }
    }

    /** Closes the document held here when it is not {@code file}'s (another PDF is shown). */
    public void keepOnly(Path file) {
        if (pdf != null && !pdf.equals(file)) {
            clear();
        }
    }

    /** Closes the document held here: another article is shown, or none. */
    public void clear() {
        generation++;
        pdf = null;
        drawn = null;
        PageDrawing held = drawing;
        drawing = null;
        if (held != null && !busy) { // else a task is drawing with it, and closes it as it ends (its generation past)
            closeLater(held);
        }
    }

    /** Whether a document is open here (for tests). */
    boolean holdsDocument() {
        return drawing != null;
    }

    private void closeLater(PageDrawing d) {
        background.execute(() -> {
            try {
                d.close();
            } catch (IOException e) {
                // Read only: nothing to lose.
            }
        });
    }

    /** Draws a page with its highlights: the ones whose paragraph is on it or starts on the page before. */
    static OriginalPageViewModel.Drawn draw(PageDrawing from, int at, List<OriginalPageViewModel.Highlight> highlights,
                                            float dpi) throws IOException {
        long start = System.nanoTime();
        List<OriginalPageViewModel.Highlight> near = near(from.labels(), at, highlights);
        List<PageDrawing.Box> boxes = near.isEmpty() ? List.of() : from.find(at, quotes(near, ""), dpi);
        return drawn(from, at, near, boxes, null, dpi, start, null);
    }

    /**
     * Draws the page of {@code passage} with its highlights, the passage looked for on it with them (one pass over
     * the page's text): on the page of its block, or on the next when its block runs on there and it is not found
     * on the first (the reader was at a paragraph's end, over the page break). Not found so, its words are looked for
     * again in capitals, then in small letters, on those two pages in turn: a heading or a name the page prints in
     * capitals or small capitals (PDFBox gives those as either) that the reflow has in ordinary case. The picture of
     * {@code drawn} (or {@code null}) is taken instead of drawing it again when it is that page at that resolution: a
     * page drawn ahead for another line of it costs only the look through its text.
     */
    static OriginalPageViewModel.Drawn draw(PageDrawing from, OriginalPagePassage passage,
                                            List<OriginalPageViewModel.Highlight> highlights, float dpi,
                                            OriginalPageViewModel.Drawn drawn) throws IOException {
        long start = System.nanoTime();
        int at = Math.max(0, from.indexOf(passage.label()));
        List<OriginalPageViewModel.Highlight> near = near(from.labels(), at, highlights);
        List<String> quotes = quotes(near, passage.quote());
        List<PageDrawing.Box> boxes = quotes.isEmpty() ? List.of() : from.find(at, quotes, dpi);
        if (passage.quote().isEmpty() || boxes.stream().anyMatch(b -> b.quote() == near.size())) {
            return drawn(from, at, near, boxes, passage, dpi, start, drawn);
        }
        String quote = passage.quote();
        for (String words : new LinkedHashSet<>(List.of(quote, quote.toUpperCase(Locale.ROOT),
                quote.toLowerCase(Locale.ROOT)))) {
            for (int page = words.equals(quote) ? at + 1 : at; page <= at + 1 && page < from.pageCount(); page++) {
                List<OriginalPageViewModel.Highlight> there = near(from.labels(), page, highlights);
                List<PageDrawing.Box> found = from.find(page, quotes(there, words), dpi);
                if (found.stream().anyMatch(b -> b.quote() == there.size())) {
                    return drawn(from, page, there, found, passage, dpi, start, drawn);
                }
            }
        }
        return drawn(from, at, near, boxes, passage, dpi, start, drawn);
    }

    /** The highlights' quotes, and the passage's after them when there is one. */
    private static List<String> quotes(List<OriginalPageViewModel.Highlight> near, String passage) {
        List<String> quotes = new ArrayList<>(near.stream().map(OriginalPageViewModel.Highlight::exact).toList());
        if (!passage.isEmpty()) {
            quotes.add(passage);
        }
        return quotes;
    }

    /** The page drawn, with the boxes found on it: the highlights' marks, and the passage's lines in points. */
    private static OriginalPageViewModel.Drawn drawn(PageDrawing from, int at,
                                                     List<OriginalPageViewModel.Highlight> near,
                                                     List<PageDrawing.Box> boxes, OriginalPagePassage passage,
                                                     float dpi, long start, OriginalPageViewModel.Drawn drawn)
            throws IOException {
        var picture = drawn != null && drawn.index() == at && drawn.dpi() == dpi ? drawn.image()
                : toFx(from.render(at, dpi));
        float scale = from.scale(at, dpi);
        List<OriginalPageViewModel.Mark> found = new ArrayList<>();
        List<OriginalPageLanding.Band> lines = new ArrayList<>();
        for (PageDrawing.Box b : boxes) {
            if (b.quote() < near.size()) {
                found.add(new OriginalPageViewModel.Mark(b.x(), b.y(), b.width(), b.height(),
                        near.get(b.quote()).color()));
            } else {
                lines.add(new OriginalPageLanding.Band(b.x() / scale, b.y() / scale, b.width() / scale,
                        b.height() / scale));
            }
        }
        return new OriginalPageViewModel.Drawn(at, from.labels().get(at), picture, found, near, dpi, scale,
                passage == null ? null : new OriginalPageLanding.Spot(passage, lines), System.nanoTime() - start);
    }

    /** A drawn page as a JavaFX image, pixel for pixel (no javafx.swing in the packaged runtime). */
    static WritableImage toFx(BufferedImage drawn) {
        int w = drawn.getWidth();
        int h = drawn.getHeight();
        int[] argb = drawn.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    /** The highlights whose paragraph starts on page {@code at} or the one before. */
    static List<OriginalPageViewModel.Highlight> near(List<String> labels, int at,
                                                      List<OriginalPageViewModel.Highlight> highlights) {
        String here = labels.get(at);
        String before = at > 0 ? labels.get(at - 1) : null;
        List<OriginalPageViewModel.Highlight> near = new ArrayList<>();
        for (OriginalPageViewModel.Highlight h : highlights) {
            if (here.equals(h.page()) || (before != null && before.equals(h.page()))) {
                near.add(h);
            }
        }
        return List.copyOf(near);
    }
}
