package app.margin.article.pdf;

import java.util.List;

/**
 * Code listings: lines set in a monospaced face, two or more in a row, or one set apart (indented from its column, or
 * with room above and below). {@link Paragraphs} makes them a paragraph of their own kind
 * ({@link PdfParagraph.Kind#CODE}), its lines kept one a line with their indentation, as an HTML {@code pre} is.
 * A monospaced word among others stays in its line (a code span, see {@link FragmentRuns}).
 */
final class Listings {
    /**
     * The share of a line's characters (spaces aside) that must be monospaced, its first among them: half, as a
     * placeholder in a listing ("⟨letterhead goes here⟩") is set in other faces.
     */

    private Listings() {}

    /**
     * Which of a column's lines belong to a listing: code lines two or more in a row in one size, or one set apart
     * that has a character other than letters and digits (a lone word in the margin is a label): indented an em or
     * more from the column's left edge {@code left} and from the lines around it, or with more room above and below
     * it than the column's {@code pitch} (a third more, or the column's edge; its top only when the paragraph before
     * does not go on into the column, {@code goesOn}: the end of a sentence cut off by the column's break is no
     * listing; a fifth of an em more on both sides between two lines).
     */
    static boolean[] of(List<Paragraphs.Line> lines, float left, float pitch, boolean goesOn) {
        int n = lines.size();
        boolean[] code = new boolean[n];
        for (int i = 0; i < n; i++) {
            code[i] = CodeLines.code(lines.get(i)) && !Breaks.contentsLine(lines.get(i).text());
        }
        boolean[] listing = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!code[i]) {
                continue;
            }
            if (i > 0 && code[i - 1] && sameSize(lines, i - 1) || i + 1 < n && code[i + 1] && sameSize(lines, i)) {
                listing[i] = true;
                continue;
            }
            Paragraphs.Line line = lines.get(i);
            float em = line.size();
            boolean apartAbove = i == 0 ? !goesOn : line.y() - lines.get(i - 1).y() > 1.3f * pitch;
            boolean apartBelow = i == n - 1 || lines.get(i + 1).y() - line.y() > 1.3f * pitch;
            boolean indented = line.x0() >= left + em && (i == 0 || line.x0() >= lines.get(i - 1).x0() + em)
                    && (i == n - 1 || line.x0() >= lines.get(i + 1).x0() + em);
            // A line displayed between two of text with a little more room than their pitch on both sides (a verbatim
            // line's skips: sample-sigconf.pdf's "\citestyle{acmauthoryear}", 13.5 points apart on 11).
            boolean displayed = i > 0 && i < n - 1 && line.y() - lines.get(i - 1).y() > pitch + 0.2f * em
                    && lines.get(i + 1).y() - line.y() > pitch + 0.2f * em;
            listing[i] = (indented || apartAbove && apartBelow || displayed)
                    && !line.text().matches("[\\p{L}\\p{N}\\s]*");
        }
        return listing;
    }

    /** Whether lines {@code i} and {@code i + 1} are in one size (a file name ending a sentence above a listing). */
    private static boolean sameSize(List<Paragraphs.Line> lines, int i) {
        return Math.abs(lines.get(i).size() - lines.get(i + 1).size()) <= 0.9f;
    }

    /**
     * Whether a listing that ended region {@code r - 1} (its last line {@code last}, its first at {@code top}, infinite
     * when it came from the page before and fills its column) goes on in region {@code r}, the next column: the
     * region lies to the right of it, the listing's last line is its column's last (no text of body size below it
     * there: the column's foot, footnotes aside), the region's first line is its column's first (no text above it
     * there but what spans both columns, a title or a band) and stands higher than the listing's first (by more than
     * a line), the listing's column has a line of text above it (not code: a margin's labels or a grid of names make
     * no column), and it is set in the same size. Two listings side by side at one height are a table of code (with
     * text under them, or at a page's foot: luatex.pdf's {@code \luabytecode} lines), not one listing broken by a
     * column.
     */
    static boolean goesOnInNextColumn(List<ReadingOrder.Region> regions, List<List<Paragraphs.Line>> lines, int r,
                                      Paragraphs.Line last, float top, float body) {
        if (r == 0 || lines.get(r).isEmpty()) {
            return false;
        }
        ReadingOrder.Region before = regions.get(r - 1);
        ReadingOrder.Region region = regions.get(r);
        Paragraphs.Line first = lines.get(r).get(0);
        if (region.x0() < before.x1() - 0.5f * last.size() || Math.abs(first.size() - last.size()) > 0.5f
                || first.y() > top - 1.5f * first.size()) {
            return false;
        }
        boolean textAbove = top == Float.POSITIVE_INFINITY;
        for (int q = 0; q < regions.size(); q++) {
            boolean underBefore = overlap(regions.get(q), before);
            boolean overRegion = overlap(regions.get(q), region);
            for (Paragraphs.Line line : lines.get(q)) {
                textAbove |= underBefore && !overRegion && line.y() < top - 0.5f * line.size() && !CodeLines.code(line);
                if (q != r - 1 && underBefore && line.y() > last.y() + 0.5f * last.size()
                        && line.size() > body - 0.9f) {
                    return false; // text under the listing in its column
                }
                if (q != r && overRegion && !underBefore && line.y() < first.y() - 0.5f * first.size()) {
                    return false; // text above the next part in its column
                }
            }
        }
        return textAbove;
    }

    /**
     * The left edge of region {@code r}'s column, read from the regions that share its width and not the width of
     * region {@code r - 1}, the column before (a title across both columns is no column's edge).
     */
    static float nextColumnLeft(List<ReadingOrder.Region> regions, int r) {
        float left = regions.get(r).x0();
        for (ReadingOrder.Region other : regions) {
            if (overlap(other, regions.get(r)) && !overlap(other, regions.get(r - 1))) {
                left = Math.min(left, other.x0());
            }
        }
        return left;
    }

    /** Whether two regions share some of their width. */
    private static boolean overlap(ReadingOrder.Region a, ReadingOrder.Region b) {
        return a.x0() < b.x1() && b.x0() < a.x1();
    }

    /**
     * Whether lines of code are running text set in a monospaced face (a list of names filling its lines), not a
     * listing: three lines or more, all but the last ending within half an em of the right edge, or two of them or
     * more ending in a word hyphenated ("abovewith-" "delims").
     */
    static boolean justified(List<Paragraphs.Line> lines) {
        if (lines.size() < 3) {
            return false;
        }
        float right = 0;
        for (Paragraphs.Line line : lines) {
            right = Math.max(right, CodeLines.end(line));
        }
        boolean full = true;
        int hyphenated = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            full &= CodeLines.end(lines.get(i)) >= right - 0.5f * lines.get(i).size();
            String text = lines.get(i).text();
            hyphenated += text.matches(".*\\p{L}-") && Character.isLowerCase(lines.get(i + 1).text().codePointAt(0))
                    ? 1 : 0;
        }
        return full || hyphenated >= 2;
    }

    /**
     * Adds the listing of {@code lines} (on page {@code page}, starting with {@code first}, in a column whose left edge
     * is {@code columnLeft}) to {@code out}; when it {@code goesOn} from a listing that ended the page before, its lines
     * go on in that one instead, indented as far in from their column's edge as that one's ({@code indent}, the value
     * the last call returned): a listing broken inside a nested block keeps the block's indent.
     *
     * @return how far this listing's left edge is in from its column's: its leftmost line's, or the one it goes on
     */
    static float add(List<PdfParagraph> out, boolean goesOn, List<Paragraphs.Line> lines, int page,
                     Paragraphs.Line first, float columnLeft, float indent) {
        PdfParagraph before = goesOn && !out.isEmpty() ? out.get(out.size() - 1) : null;
        if (before != null && before.kind() == PdfParagraph.Kind.CODE) {
            String more = text(lines, Math.min(columnLeft + indent, leftmost(lines)));
            out.set(out.size() - 1, new PdfParagraph(before.text() + "\n" + more, before.page(), before.x(),
                    before.y(), before.size(), false, PdfParagraph.Kind.CODE, 0));
            return indent;
        }
        out.add(new PdfParagraph(text(lines), page, first.x0(), first.y() - 0.75f * first.size(), first.size(),
                false, PdfParagraph.Kind.CODE, 0));
        return leftmost(lines) - columnLeft;
    }

    private static float leftmost(List<Paragraphs.Line> lines) {
        float base = Float.MAX_VALUE;
        for (Paragraphs.Line line : lines) {
            base = Math.min(base, line.x0());
        }
        return base;
    }

    /**
     * A listing's text: its lines one a line, each indented by its distance from the leftmost line in characters,
     * and the pieces of a line (set apart by a gap wider than a word space, such as a comment after code) at their
     * columns.
     */
    static String text(List<Paragraphs.Line> lines) {
        return text(lines, leftmost(lines));
    }

    /** The listing's lines, each indented by its distance from {@code base} in characters of the listing's face. */
    private static String text(List<Paragraphs.Line> lines, float base) {
        float width = characterWidth(lines);
        StringBuilder out = new StringBuilder();
        for (Paragraphs.Line line : lines) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            int lineStart = out.length();
            for (Fragment part : line.parts()) {
                int column = Math.round((part.x0() - base) / width);
                int at = out.length() - lineStart;
                out.append(" ".repeat(Math.max(at == 0 ? 0 : 1, column - at)));
                out.append(part.text());
            }
        }
        return out.toString();
    }

    /**
     * The width of one character of the listing's face: the narrowest of its monospaced pieces' widths by their
     * characters (a piece set wholly in the face gives it exactly: a word space inside a piece is one character, as
     * two would have cut it); of any pieces when none is wholly monospaced; half an em when no piece has three
     * characters.
     */
    private static float characterWidth(List<Paragraphs.Line> lines) {
        float mono = Float.MAX_VALUE;
        float any = Float.MAX_VALUE;
        for (Paragraphs.Line line : lines) {
            for (Fragment part : line.parts()) {
                int n = part.text().codePointCount(0, part.text().length());
                if (n >= 3) {
                    any = Math.min(any, part.width() / n);
                    if (wholly(part)) {
                        mono = Math.min(mono, part.width() / n);
                    }
                }
            }
        }
        float size = lines.get(0).size();
        float width = mono != Float.MAX_VALUE ? mono : any != Float.MAX_VALUE ? any : 0.5f * size;
        return Math.max(width, 0.3f * size);
    }

    private static boolean wholly(Fragment part) {
        for (Fragment.Shift s : part.shifts()) {
            if (s.kind() == Fragment.Shift.Kind.MONO && s.start() == 0 && s.end() >= part.text().length()) {
                return true;
            }
        }
        return false;
    }
}
