package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The display equations of the paragraphs being rebuilt ({@link Paragraphs}): which lines start or continue one (see
 * {@link Equations}), and each display's crop. A display that the reading order's cut split into pieces is put back
 * together: a piece that touches an earlier display of its page joins it, and so does a paragraph of only equation
 * numbers ("(3.18) (3.19) (3.20)", read as a column of its own) beside it. A line in smaller type of a few signs
 * and no letter under a display goes on in it (a limit set in a text font).
 */
final class Displays {
    /** What a line does to the display being built. */
    enum Step { NONE, STARTS, GOES_ON, ENDS }

    /** The most paragraphs back that a piece of a display looks for the rest of it. */
    private static final int PIECES_BACK = 8;
    /** A big operator's limit set in a text font has at most this many signs ("0", "n=1"). */
    private static final int LIMIT_SIGNS = 6;

    private final float body;
    /** The display being built, else null; the foot of the line of text above it in its column. */
    private Equations.Box box;
    private float above = -Float.MAX_VALUE;
    private final Map<PdfParagraph, PdfFigure> crops = new HashMap<>();
    /** The paragraphs that are only equation numbers, with where they lie. */
    private final Map<PdfParagraph, PdfFigure> numbers = new HashMap<>();
    /**
     * The lines of each display made and of each paragraph of numbers, a list for each piece of it the page's reading
     * order read apart (a column of numbers, a part of an aligned display), its text read from them ({@link #read}).
     */
    private final Map<PdfParagraph, List<List<Paragraphs.Line>>> pieces = new HashMap<>();

    Displays(float body) {
        this.body = body;
    }

    /** The page's ink of glyphs in fonts of mathematics that say no letter (a big ∑ of cmex), for the crops. */
    private List<Graphics.Box> ink = List.of();

    /** Sets the ink of the page being read: a display's crop takes in the ink it touches (see {@link Ink}). */
    void ink(List<Graphics.Box> page) {
        ink = page;
    }

    /** The displays made, with where to cut them from their page. */
    Map<PdfParagraph, PdfFigure> crops() {
        return crops;
    }

    boolean open() {
        return box != null;
    }

    /**
     * What line {@code at} of a column does: starts a display (mathematics set apart from the column's left edge
     * {@code left}, with two characters of mathematics or more or in small type, and no line of text within an em
     * of it; or mathematics just above such a line: a display's first line at the margin), goes on in the one being
     * built, ends it, or nothing.
     */
    Step step(List<Paragraphs.Line> lines, int at, float left) {
        Paragraphs.Line line = lines.get(at);
        boolean math = mathematics(line);
        if (box != null && box.near(line.y())
                && (math || Equations.number(line.text()) || limit(line) || under(lines, at))) {
            return Step.GOES_ON;
        }
        boolean first = starts(lines, at, left);
        // Or the first line of a display set at the margin, whose next line is indented or numbered.
        first |= math && box == null && at + 1 < lines.size() && !beside(lines, at) && starts(lines, at + 1, left)
                && lines.get(at + 1).y() - line.y() <= 2.5f * Math.max(line.size(), body);
        if (first) {
            above = at > 0 && text(lines.get(at - 1))
                    ? lines.get(at - 1).y() + 0.25f * lines.get(at - 1).size() : -Float.MAX_VALUE;
            return Step.STARTS;
        }
        if (box != null) {
            box.clip(above, text(line) ? line.y() - 0.75f * line.size() : Float.MAX_VALUE);
            return Step.ENDS;
        }
        return Step.NONE;
    }

    private boolean starts(List<Paragraphs.Line> lines, int at, float left) {
        Paragraphs.Line line = lines.get(at);
        return mathematics(line) && (line.math() >= 2 || line.size() < 0.9f * body) // not a code line's one arrow
                && Equations.displayed(line.text(), line.x0(), left, Math.max(line.size(), body))
                && !beside(lines, at);
    }

    /** Starts a display with this line (after the paragraph before it was put out). */
    void begin(Paragraphs.Line line) {
        box = new Equations.Box();
        box.clip(above, Float.MAX_VALUE);
        grow(line);
    }

    void grow(Paragraphs.Line line) {
        box.add(line.x0(), line.x1(), line.y(), line.size());
    }

    /** Puts out the display built, its lines {@code built} and its first line {@code first}, into {@code out}. */
    void close(List<PdfParagraph> out, List<Paragraphs.Line> built, int page, Paragraphs.Line first) {
        PdfFigure crop = Equations.inked(box.figure(page), ink, first.size());
        box = null;
        List<List<Paragraphs.Line>> all = new ArrayList<>();
        all.add(List.copyOf(built));
        PdfParagraph previous = out.isEmpty() ? null : out.get(out.size() - 1);
        PdfFigure column = previous == null ? null : Equations.beside(numbers.get(previous), crop, first.size());
        if (column != null) { // its numbers, read as a column before it
            out.remove(out.size() - 1);
            all.addAll(0, pieces.getOrDefault(previous, List.of()));
            crop = column;
        }
        for (int k = out.size() - 1; k >= Math.max(0, out.size() - PIECES_BACK); k--) {
            PdfParagraph before = out.get(k);
            PdfFigure joined = before.kind() == PdfParagraph.Kind.EQUATION && before.page() == page
                    ? Equations.joined(crops.get(before), crop, first.size()) : null;
            if (joined != null) { // a piece of a display read before it
                all.addAll(0, pieces.getOrDefault(before, List.of()));
                replace(out, k, before, before.withText(DisplayRows.read(all)), joined, all);
                return;
            }
        }
        PdfParagraph display = new PdfParagraph(DisplayRows.read(all), page, first.x0(), first.y() - 0.75f * first.size(),
                first.size(), false, PdfParagraph.Kind.EQUATION, 0);
        out.add(display);
        crops.put(display, crop);
        pieces.put(display, all);
    }

    /**
     * Takes a paragraph of only equation numbers ({@code lying} where its lines lie) into the display just before it
     * when it is beside it (a column of numbers read after its display); returns whether it did.
     */
    boolean numbersAfter(List<PdfParagraph> out, String text, List<Paragraphs.Line> built, PdfFigure lying,
            float em) {
        PdfParagraph before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before == null || before.kind() != PdfParagraph.Kind.EQUATION || !Equations.numbers(text)) {
            return false;
        }
        PdfFigure column = Equations.beside(crops.get(before), lying, em);
        if (column == null) {
            return false;
        }
        List<List<Paragraphs.Line>> all = new ArrayList<>(pieces.getOrDefault(before, List.of()));
        all.add(List.copyOf(built));
        replace(out, out.size() - 1, before, before.withText(DisplayRows.read(all)), column, all);
        return true;
    }

    /** Notes a paragraph put out as text that is only equation numbers, for the display that may follow it. */
    void noteNumbers(PdfParagraph p, List<Paragraphs.Line> built, PdfFigure lying) {
        if (Equations.numbers(p.text())) {
            numbers.put(p, lying);
            pieces.put(p, List.of(List.copyOf(built)));
        }
    }

    private void replace(List<PdfParagraph> out, int k, PdfParagraph before, PdfParagraph whole, PdfFigure crop,
            List<List<Paragraphs.Line>> all) {
        crops.remove(before);
        pieces.remove(before);
        out.set(k, whole);
        crops.put(whole, crop);
        pieces.put(whole, all);
    }

    /**
     * The left edge of the column a region is in: its own, or that of the text up to three regions before or after
     * it in the same column (a display is a region of its own, set apart by the space around it, and its numbers
     * and its notes at the right may be regions of their own too).
     */
    static float columnLeft(List<ReadingOrder.Region> regions, int r) {
        ReadingOrder.Region region = regions.get(r);
        float left = region.x0();
        for (int k = Math.max(0, r - 3); k <= Math.min(regions.size() - 1, r + 3); k++) {
            ReadingOrder.Region other = regions.get(k);
            if (other.x0() < region.x1() && region.x0() < other.x1()) {
                left = Math.min(left, other.x0());
            }
        }
        return left;
    }

    /**
     * Whether a line is a big operator's limit set in a text font: in smaller type, a few signs and no letter outside
     * fonts of mathematics (the "0" under an integral of OpenType mathematics whose digits come from the text face),
     * and no decimal number (a table's figures beside its examples, "0.382").
     */
    private boolean limit(Paragraphs.Line line) {
        String signs = line.text().replace(" ", "");
        return line.size() < 0.9f * body && line.words() == 0 && signs.length() <= LIMIT_SIGNS
                && signs.indexOf('.') < 0 && signs.indexOf(',') < 0;
    }

    /**
     * Whether a line under the display being built is a piece of it set in the text face at the body's size: a
     * fraction's denominator or a limit whose digits come from the text font ("6" under ejpecp's π², kpfonts'), a
     * few signs and no letter nor decimal number, lying within the display's width, and not just above a line that
     * is no mathematics (whose numerator it is: interface3's "1" over "72" in "1 bp = 1/72 in").
     */
    private boolean under(List<Paragraphs.Line> lines, int at) {
        Paragraphs.Line line = lines.get(at);
        String signs = line.text().replace(" ", "");
        if (line.words() != 0 || signs.isEmpty() || signs.length() > LIMIT_SIGNS || signs.indexOf('.') >= 0
                || signs.indexOf(',') >= 0 || !box.spans(line.x0(), line.x1())) {
            return false;
        }
        Paragraphs.Line next = at + 1 < lines.size() ? lines.get(at + 1) : null;
        return next == null || next.y() - line.y() > Math.max(line.size(), body) || mathematics(next);
    }

    /**
     * Whether a line is running text, whose words a display's crop stays off: letters outside fonts of mathematics,
     * three or more (not a fraction's numerator "1" read as a line of its own).
     */
    private static boolean text(Paragraphs.Line line) {
        return line.words() >= 3 && !mathematics(line);
    }

    private static boolean mathematics(Paragraphs.Line line) {
        return Equations.mathematics(line.text(), line.math(), line.words());
    }

    /**
     * Whether a line of mathematics sits beside running text, within an em of a line that is not mathematics (nor a
     * limit, see {@link #limit}): a radical's index, a fraction or a small matrix set in a line of text, not a display.
     */
    private boolean beside(List<Paragraphs.Line> lines, int at) {
        Paragraphs.Line line = lines.get(at);
        for (int k = Math.max(0, at - 4); k < Math.min(lines.size(), at + 5); k++) {
            Paragraphs.Line other = lines.get(k);
            if (k != at && Math.abs(other.y() - line.y()) < Math.max(line.size(), other.size())
                    && !mathematics(other) && !limit(other)) {
                return true;
            }
        }
        return false;
    }
}
