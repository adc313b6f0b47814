package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraph being built from a column's lines ({@link Paragraphs}): its text, each line joined to the one before
 * with a space, without one inside a web address broken at the line's end ({@link UrlBreaks}), or with a hyphen at
 * the line's end before a word in lower case left as {@link Hyphens#MARK} for {@link Hyphens} to decide; its raised
 * and lowered runs, its lines, where they lie, and whether they are all bold.
 */
final class Draft {
    final StringBuilder text;
    /** The raised and lowered runs of the text (see {@link Fragment.Shift#spans}). */
    private final List<Fragment.Shift> shifts = new ArrayList<>();
    final List<Paragraphs.Line> built = new ArrayList<>();
    final Equations.Box extent = new Equations.Box();
    final int page;
    final Paragraphs.Line first;
    Paragraphs.Line last;
    int lines = 1;
    private int boldLines;
    /** Whether its first line is a caption's ("Figure 3.", "Table 2:"). */
    final boolean caption;

    /** A paragraph that starts with this line, on page {@code page}. */
    Draft(int page, Paragraphs.Line first) {
        Paragraphs.Line line = ChapterLabels.spaced(first); // "Chapitre3" → "Chapitre 3"
        this.page = page;
        extent.add(line.x0(), line.x1(), line.y(), line.size());
        text = new StringBuilder(line.text());
        shifts.addAll(line.shifts());
        this.first = line;
        last = line;
        built.add(line);
        boldLines = line.bold() ? 1 : 0;
        caption = Breaks.caption(line.text());
    }

    /** The line after the text so far, joined to it; in a display equation ({@code display}) a hyphen goes. */
    void append(Paragraphs.Line line, boolean display) {
        int end = text.length() - 1;
        char lastChar = text.charAt(end);
        int next = line.text().codePointAt(0);
        // A web address broken at the line's end goes on without a space, its "-" kept.
        boolean address = UrlBreaks.continues(text, line.text());
        if (!address && lastChar == '-' && end > 0 && Character.isLetter(text.charAt(end - 1))
                && Character.isLowerCase(next)) {
            // A hyphenated line end: TeX's hyphen (joined) or a real one, decided once the document is read.
            if (display) {
                text.setLength(end);
            } else {
                text.setCharAt(end, Hyphens.MARK);
            }
        } else if (!address && !(lastChar == '-' && end > 0 && !Character.isWhitespace(text.charAt(end - 1)))) {
            text.append(' '); // a hyphen at a line's end that stays ("3-540", "Verlag-Haus") takes no space
        }
        add(line);
    }

    /** Puts the line after the text so far, its separator (if any) already there. */
    void add(Paragraphs.Line line) {
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

    /** The paragraph built, of this kind and level. */
    PdfParagraph made(PdfParagraph.Kind kind, int level) {
        return new PdfParagraph(text.toString(), page, first.x0(), first.y() - 0.75f * first.size(), first.size(),
                boldLines == lines, kind, level, Fragment.Shift.spans(shifts, text.length()), null, null);
    }
}
