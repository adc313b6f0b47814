package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from a page's columns: lines on one baseline are joined, and a new paragraph starts at a gap
 * taller than the column's usual line pitch, a change of type size or weight, an indented first line, a bullet or
 * number, a caption ("Figure 3.", "Table 2:"), or after a short line that ends a sentence. A paragraph that a column
 * or page break interrupts (it ends without a full stop and the next column begins in lower case, or it ends with a
 * hyphen) goes on in the next column, past footnotes in smaller type, which follow it. Hyphenated line ends are joined ("impor-" "tant" → "important").
 */
final class Paragraphs {
    static final Pattern CAPTION = Pattern.compile(
            "(?i)^(figure|fig\\.|table|tab\\.|listing|algorithm|abbildung|abb\\.|tabelle|tableau|exhibit|chart)"
            + "\\s*[0-9IVX]+[0-9.\\-]*\\s*[:.|—–-].*|^(figure|fig\\.|table|abbildung|tabelle|tableau)\\s+[0-9]+(\\.[0-9]+)?\\s+\\p{Lu}.*");
    private static final Pattern BULLET =
            Pattern.compile("^([•◦▪▸►‣∙·●○■□–—*]|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]+\\)|\\[[0-9]{1,4}\\])\\s.*");
    static final Pattern NUMBERED = Pattern.compile("^(([0-9]{1,2}(\\.[0-9]{1,2}){0,4})|[A-Z](\\.[0-9]{1,2}){0,3}|[IVX]{1,5})\\.?\\s+\\p{L}.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"”’)»]$");
    /** A line of a table of contents: its title, dot leaders (made " … ") and a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(".* … [0-9ivxlcdm]+$");

    /** A line of a column: the fragments on one baseline ({@code parts}, left to right), joined. */
    record Line(float x0, float x1, float y, float size, boolean bold, String text,
                List<Fragment.Shift> shifts, int math, int words, List<Fragment> parts) {}

    private final List<PdfParagraph> out = new ArrayList<>();
    /** Small type met while a paragraph waits to go on in the next column (footnotes): put after it. */
    private final List<PdfParagraph> held = new ArrayList<>();
    private final float body;
    private StringBuilder text;
    /** The raised and lowered runs of the paragraph being built (see {@link #spans}). */
    private final List<Fragment.Shift> shifts = new ArrayList<>();
    private Line first;
    private Line last;
    /** The lines of the paragraph being built, and whether they are a code listing (see {@link Listings}). */
    private final List<Line> built = new ArrayList<>();
    private boolean code;
    private int page;
    private int boldLines;
    private int lines;
    private boolean caption;
    private boolean continuable;
    /** The listing being built goes on from the one the page before ended with: one listing, joined. */
    private boolean listingGoesOn;
    /** The left edge of the column being read, and of the one the paragraph being built started in. */
    private float regionLeft;
    private float startLeft;
    /** How far the last listing's leftmost line sat in from its column's edge (a listing going on keeps it). */
    private float listingIndent;
    /** The display equations (see {@link Displays}); where the lines of the paragraph being built lie. */
    private final Displays displays;
    private Equations.Box extent;
    /** Whether the column before was set with hanging indents (see {@link Columns#hanging}). */
    private boolean wasHanging;

    /** @param body the body type's size: a column in smaller type does not interrupt a paragraph */
    Paragraphs(float body) {
        this.body = body;
        this.displays = new Displays(body);
    }

    /** Adds one page's columns, in reading order. */
    void page(int index, List<ReadingOrder.Region> regions) {
        page(index, regions, List.of());
    }

    /** The same, with the ink of the page's glyphs that say no letter (see {@link Displays#ink}). */
    void page(int index, List<ReadingOrder.Region> regions, List<Graphics.Box> ink) {
        displays.ink(ink);
        for (int r = 0; r < regions.size(); r++) {
            ReadingOrder.Region region = regions.get(r);
            float left = Displays.columnLeft(regions, r);
            regionLeft = left;
            List<Line> lines = Columns.lines(region.fragments());
            float pitch = Columns.pitch(lines);
            boolean[] listing = Listings.of(lines, left, pitch,
                    continuable && text != null && !ENDS_SENTENCE.matcher(text).matches());
            if (continuable && text != null && small(lines) && !listing[0]) {
                Paragraphs notes = new Paragraphs(body);
                notes.page(index, List.of(region));
                held.addAll(notes.finish());
                continue;
            }
            boolean hanging = Columns.hanging(lines, region, wasHanging);
            wasHanging = hanging;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (equation(index, lines, i, left)) {
                    continue;
                }
                Line previous = i > 0 ? lines.get(i - 1) : null;
                boolean starts;
                if (previous == null) {
                    starts = listing[i] || code || !(continuable && text != null && continues(line, region));
                } else if (listing[i] || listing[i - 1]) {
                    // A listing's lines go on, whatever their indent, until a gap or a line of text.
                    starts = listing[i] != listing[i - 1] || Math.abs(line.size() - previous.size()) > 0.9f
                            || line.y() - previous.y() > Math.max(1.3f * pitch, pitch + 0.3f * line.size());
                } else {
                    starts = breaksBefore(previous, line, region, pitch, hanging);
                }
                if (starts) {
                    // Only over a page break: regions side by side on one page are often a table of code, not one
                    // listing (luatex.pdf's \\edef lines beside their values).
                    boolean goesOn = previous == null && r == 0 && index != page && code && text != null && listing[i];
                    flush();
                    start(index, line);
                    code = listing[i];
                    listingGoesOn = goesOn;
                } else {
                    append(line);
                }
            }
            continuable = text != null && !caption && !code && !displays.open()
                    && !ENDS_SENTENCE.matcher(text).matches() && last != null
                    && last.x1() > region.x1() - 0.1f * (region.x1() - region.x0());
        }
    }

    List<PdfParagraph> finish() {
        flush();
        return out;
    }

    /** The display equations among the paragraphs {@link #finish} gave, with where to cut them from their page. */
    java.util.Map<PdfParagraph, PdfFigure> equations() {
        return displays.crops();
    }

    /**
     * Takes a line into a display equation when it starts one or goes on in the one being built (see
     * {@link Equations}); ends the display at a line that is not one. Returns whether the line was taken.
     */
    private boolean equation(int index, List<Line> lines, int at, float left) {
        Line line = lines.get(at);
        switch (displays.step(lines, at, left)) {
            case GOES_ON -> {
                append(line);
                displays.grow(line);
            }
            case STARTS -> {
                flush();
                start(index, line);
                displays.begin(line);
            }
            case ENDS -> {
                flush();
                start(index, line); // the text after a display starts anew
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean small(List<Line> lines) {
        for (Line line : lines) {
            if (line.size() > body - 0.9f) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    private boolean continues(Line line, ReadingOrder.Region region) {
        if (Math.abs(line.size() - last.size()) > 0.9f || line.x0() > region.x0() + 0.6f * line.size()) {
            return false;
        }
        int c = line.text().codePointAt(0);
        char end = text.charAt(text.length() - 1);
        return Character.isLowerCase(c) || end == '-' || end == ',' || UrlBreaks.continues(text, line.text());
    }

    private boolean breaksBefore(Line a, Line b, ReadingOrder.Region region, float pitch, boolean hanging) {
        float em = Math.max(a.size(), b.size());
        float width = region.x1() - region.x0();
        if (Math.abs(a.size() - b.size()) > 0.9f || a.bold() != b.bold()) {
            return true;
        }
        if (b.y() - a.y() > Math.max(1.3f * pitch, pitch + 0.3f * em)) {
            return true;
        }
        if (CAPTION.matcher(b.text()).matches() || BULLET.matcher(b.text()).matches()
                || CONTENTS_LINE.matcher(a.text()).matches()) {
            return true;
        }
        if (a.bold() && b.bold() && !ENDS_SENTENCE.matcher(a.text()).matches()) {
            return false; // a heading's second line, however it is indented
        }
        if (BULLET.matcher(first.text()).matches() && b.x0() > first.x0() + 0.3f * em
                && !ENDS_SENTENCE.matcher(a.text()).matches()) {
            return false; // a list item's hanging indent
        }
        boolean aIndented = a.x0() > region.x0() + 0.6f * em;
        boolean bIndented = b.x0() > region.x0() + 0.6f * em && b.x0() < region.x0() + 6 * em;
        boolean aShort = a.x1() < region.x1() - Math.max(2 * em, 0.12f * width);
        if (hanging && !aIndented && bIndented && !aShort) {
            return false; // an entry's second line, under its hanging indent
        }
        if (hanging && !bIndented && b.x0() < region.x0() + 0.6f * em && lines > 1
                && a.x0() > region.x0() + 0.6f * em && a.x0() < region.x0() + 6 * em) {
            return true; // the next entry, back at the margin after one under a hanging indent
        }
        if (hanging && !aIndented && b.x0() < region.x0() + 0.6f * em && lines == 1
                && ENDS_SENTENCE.matcher(a.text()).matches()) {
            return true; // the next entry after an entry of one full line
        }
        if (bIndented && !aIndented && b.x0() > a.x0() + 0.6f * em) {
            return true;
        }
        if (aShort && ENDS_SENTENCE.matcher(a.text()).matches()) {
            return true;
        }
        // A numbered heading in body type: short, and not ending a sentence.
        return aShort && lines == 1 && NUMBERED.matcher(a.text()).matches() && a.text().length() < 80;
    }

    private void start(int index, Line line) {
        extent = new Equations.Box();
        extent.add(line.x0(), line.x1(), line.y(), line.size());
        text = new StringBuilder(line.text());
        shifts.clear();
        shifts.addAll(line.shifts());
        first = line;
        last = line;
        startLeft = regionLeft;
        built.clear();
        built.add(line);
        code = false;
        page = index;
        lines = 1;
        boldLines = line.bold() ? 1 : 0;
        caption = CAPTION.matcher(line.text()).matches();
    }

    private void append(Line line) {
        int end = text.length() - 1;
        char lastChar = text.charAt(end);
        int next = line.text().codePointAt(0);
        // A web address broken at the line's end goes on without a space, its "-" kept.
        boolean address = UrlBreaks.continues(text, line.text());
        if (!address && lastChar == '-' && end > 0 && Character.isLetter(text.charAt(end - 1))
                && Character.isLowerCase(next)) {
            text.setLength(end); // a hyphenated line end
        } else if (!address && !(lastChar == '-' && end > 0 && !Character.isWhitespace(text.charAt(end - 1)))) {
            text.append(' '); // a hyphen at a line's end that stays ("3-540", "Verlag-Haus") takes no space
        }
        int at = text.length();
        extent.add(line.x0(), line.x1(), line.y(), line.size());
        line.shifts().forEach(r -> shifts.add(r.shifted(at)));
        text.append(line.text());
        last = line;
        built.add(line);
        lines++;
        if (line.bold()) {
            boldLines++;
        }
    }

    private void flush() {
        if (text != null && !text.isEmpty() && displays.open()) {
            displays.close(out, text.toString(), page, first);
        } else if (text != null && code && !Listings.justified(built)) {
            listingIndent = Listings.add(out, listingGoesOn, built, page, first, startLeft, listingIndent);
        } else if (text != null && !text.isEmpty()
                && !displays.numbersAfter(out, text.toString(), extent.figure(page), first.size())) {
            PdfParagraph p = new PdfParagraph(text.toString(), page, first.x0(), first.y() - 0.75f * first.size(),
                    first.size(), boldLines == lines, caption ? PdfParagraph.Kind.CAPTION : PdfParagraph.Kind.TEXT, 0,
                    spans(text.length()), null, null);
            displays.noteNumbers(p, extent.figure(page));
            out.add(p);
        }
        out.addAll(held);
        held.clear();
        text = null;
        code = false;
        continuable = false;
        listingGoesOn = false;
    }

    /**
     * The raised runs of the paragraph being built as superscript spans (among them the marks {@link FootnoteLinks}
     * looks for), the lowered ones as subscript spans.
     */
    private List<app.margin.model.Span> spans(int length) {
        List<app.margin.model.Span> spans = new ArrayList<>(shifts.size());
        for (Fragment.Shift r : shifts) {
            if (r.end() <= length && r.start() < r.end()) {
                spans.add(new app.margin.model.Span(r.start(), r.end(), switch (r.kind()) {
                    case LOWERED -> app.margin.model.Span.Style.SUBSCRIPT;
                    case RAISED -> app.margin.model.Span.Style.SUPERSCRIPT;
                    case ITALIC -> app.margin.model.Span.Style.EMPHASIS;
                    case MONO -> app.margin.model.Span.Style.CODE;
                    case BOLD -> app.margin.model.Span.Style.STRONG;
                }));
            }
        }
        return spans;
    }
}
