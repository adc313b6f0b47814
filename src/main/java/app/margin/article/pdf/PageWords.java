package app.margin.article.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds quoted words on a page, as rectangles over them: the page's glyphs in PDFBox's order, letters made plain as
 * the reflow makes them ({@link Letters}: ligatures, odd hyphens), spaces, line breaks and middle dots left out of the
 * match (the reflow joins an author's lines with " · "), and a
 * hyphen at a line's end dropped when the next line starts in lower case (the reflow joined the word). A quote is
 * found at its first place on the page; one that runs over a page break has its part on the page marked; one not on
 * the page gets no rectangle.
 */
final class PageWords {
    /** The fewest letters of a quote over a page break marked on one of its pages: fewer could be found by chance. */
    static final int MIN_PART = 16;
    private PageWords() {}

    /** One letter of the page: which glyph drew it, on which line, and whether it is a line end's hyphen. */
    private record Letter(char c, TextPosition glyph, int line, boolean softHyphen) {}

    static List<PageDrawing.Box> find(PDDocument document, int index, List<String> quotes, float scale)
            throws IOException {
        List<PageDrawing.Box> boxes = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        // The order the page draws its glyphs first (column by column, as the reflow reads a paper); for what is not
        // found so, the order of their places (text a page draws glyph by glyph out of order, such as code listings).
        Text drawn = new Text(letters(document, index, false));
        for (int q = 0; q < quotes.size(); q++) {
            if (!drawn.find(q, quotes.get(q), scale, boxes)) {
                missed.add(q);
            }
        }
        if (!missed.isEmpty()) {
            Text placed = new Text(letters(document, index, true));
            for (int q : missed) {
                if (!placed.find(q, quotes.get(q), scale, boxes)) {
                    drawn.findPart(q, quotes.get(q), scale, boxes);
                }
            }
        }
        return boxes;
    }

    /** A page's letters as two strings: hyphens at joined line ends left out, and kept. */
    private static final class Text {
        final List<Letter> letters;
        final StringBuilder joined = new StringBuilder();
        final List<Letter> joinedAt = new ArrayList<>();
        final StringBuilder kept = new StringBuilder();

        Text(List<Letter> letters) {
            this.letters = letters;
            for (Letter l : letters) {
                kept.append(l.c());
                if (!l.softHyphen()) {
                    joined.append(l.c());
                    joinedAt.add(l);
                }
            }
        }

        boolean find(int q, String quote, float scale, List<PageDrawing.Box> boxes) {
            String wanted = squeeze(Letters.plain(quote));
            if (wanted.isEmpty()) {
                return true;
            }
            int at = joined.indexOf(wanted);
            if (at >= 0) {
                boxes.addAll(boxes(q, joinedAt.subList(at, at + wanted.length()), scale));
                return true;
            }
            at = kept.indexOf(wanted);
            if (at >= 0) {
                boxes.addAll(boxes(q, letters.subList(at, at + wanted.length()), scale));
                return true;
            }
            return false;
        }

        /**
         * The part of a quote that runs over a page break: its longest beginning at this page's end (the page it
         * starts on) or its longest end at the page's start (the page it ends on), whichever is longer, when at
         * least {@link #MIN_PART} letters.
         */
        boolean findPart(int q, String quote, float scale, List<PageDrawing.Box> boxes) {
            String wanted = squeeze(Letters.plain(quote));
            int head = longest(wanted, true);
            int tail = longest(wanted, false);
            if (Math.max(head, tail) < MIN_PART) {
                return false;
            }
            boolean beginning = head >= tail;
            String part = beginning ? wanted.substring(0, head) : wanted.substring(wanted.length() - tail);
            int at = beginning ? joined.lastIndexOf(part) : joined.indexOf(part);
            List<Letter> run = joinedAt.subList(at, at + part.length());
            // At the page's end (its last two lines: a footer may follow) or its start (a running head may lead).
            int lastLine = joinedAt.get(joinedAt.size() - 1).line();
            boolean atEdge = beginning ? run.get(run.size() - 1).line() >= lastLine - 1
                    : run.get(0).line() <= joinedAt.get(0).line() + 1;
            if (!atEdge) {
                return false;
            }
            boxes.addAll(boxes(q, run, scale));
            return true;
        }

        /** The length of the longest beginning (or end) of {@code wanted} on the page: shorter ones are there too. */
        private int longest(String wanted, boolean beginning) {
            int low = 0;
            int high = wanted.length() - 1;
            while (low < high) {
                int mid = (low + high + 1) / 2;
                String part = beginning ? wanted.substring(0, mid) : wanted.substring(wanted.length() - mid);
                if (joined.indexOf(part) >= 0) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low;
        }
    }

    /** One rectangle a line: from the first letter's left to the last one's right, the type's height. */
    private static List<PageDrawing.Box> boxes(int quote, List<Letter> run, float scale) {
        List<PageDrawing.Box> out = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int line = run.get(i).line();
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (; i < run.size() && run.get(i).line() == line; i++) {
                TextPosition g = run.get(i).glyph();
                float size = Math.max(g.getFontSizeInPt(), g.getHeightDir());
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
                top = Math.min(top, g.getYDirAdj() - 0.85 * size);
                bottom = Math.max(bottom, g.getYDirAdj() + 0.25 * size);
            }
            out.add(new PageDrawing.Box(quote, left * scale, top * scale, (right - left) * scale,
                    (bottom - top) * scale));
        }
        return out;
    }

    /**
     * The text without spaces, and without middle dots: the reflow puts " · " between an author's lines
     * ({@link TitleBlock}), where the page has none.
     */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '·')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The page's letters without spaces, in the order the page draws them or (sorted) by their places. */
    private static List<Letter> letters(PDDocument document, int index, boolean sorted) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private List<TextPosition> line = new ArrayList<>();

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                line.addAll(positions);
            }

            @Override
            protected void writeLineSeparator() {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }

            @Override
            protected void writePageEnd() {
                writeLineSeparator();
            }
        };
        stripper.setSortByPosition(sorted);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.writeText(document, Writer.nullWriter());
        List<Letter> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            int first = out.size();
            for (TextPosition g : lines.get(n)) {
                String plain = squeeze(Letters.plain(g.getUnicode() == null ? "" : g.getUnicode()));
                for (int k = 0; k < plain.length(); k++) {
                    out.add(new Letter(plain.charAt(k), g, n, false));
                }
            }
            // A hyphen ending the line before this one, when this line starts in lower case: the reflow joined it.
            if (first > 0 && out.size() > first && Character.isLowerCase(out.get(first).c())
                    && out.get(first - 1).c() == '-') {
                Letter h = out.get(first - 1);
                out.set(first - 1, new Letter(h.c(), h.glyph(), h.line(), true));
            }
        }
        return out;
    }
}
