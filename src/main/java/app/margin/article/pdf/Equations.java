package app.margin.article.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Display equations: lines set apart from the text (indented two ems or more, as a centred or indented display is,
 * or carrying an equation number such as "(3)" or "(2.6′)" at an end) that are mostly mathematics, that is, with
 * characters in fonts of mathematics (TeX's cmmi, cmsy, cmex, an OpenType "… Math") and few letters in any other
 * font. The lines after such a line that are mathematics too (a fraction's denominator, a sum's limits, the next line
 * of an aligned display), or only an equation number, belong to it while they are within two and a half ems of it.
 * Inline mathematics is left in its line: a line of running text has words in it.
 */
final class Equations {
    private static final String NUMBER = "\\(\\d{1,3}(?:\\.\\d{1,3})*[a-z]?[′']*\\)";
    private static final Pattern NUMBERED = Pattern.compile("^" + NUMBER + "\\s.*|.*\\s" + NUMBER + "$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^" + NUMBER + "$");
    private static final Pattern NUMBERS = Pattern.compile("^" + NUMBER + "(\\s+" + NUMBER + ")*$");
    /** At most this share of a line's characters may be letters outside fonts of mathematics. */
    static final float WORDS_AT_MOST = 0.35f;
    /** A display is indented at least this many ems from its column's left edge (a paragraph's first line less). */
    static final float INDENT_EMS = 2f;

    private Equations() {}

    /** Whether a line, with {@code math} characters in fonts of mathematics and {@code words} letters in others, is mathematics. */
    static boolean mathematics(String text, int math, int words) {
        int signs = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                signs++;
            }
        }
        return math >= 1 && words <= WORDS_AT_MOST * signs;
    }

    /** Whether a line of mathematics is set apart as a display: indented, or numbered at an end. */
    static boolean displayed(String text, float x0, float regionX0, float em) {
        return x0 >= regionX0 + INDENT_EMS * em || NUMBERED.matcher(text).matches();
    }

    /** Whether a text is only equation numbers, "(3.18) (3.19) (3.20)": a display's numbers read as a column. */
    static boolean numbers(String text) {
        return NUMBERS.matcher(text.strip()).matches();
    }

    /** Whether a line is only an equation number (set on a line of its own beside a display of several lines). */
    static boolean number(String text) {
        return NUMBER_ONLY.matcher(text.strip()).matches();
    }

    /**
     * Two crops of one page as one when they touch or overlap (a display that the reading order's cut split into
     * columns, a fraction read apart from the rest of its line), else null.
     */
    static PdfFigure joined(PdfFigure a, PdfFigure b, float em) {
        if (a == null || a.page() != b.page()) {
            return null;
        }
        boolean along = a.x() <= b.x() + b.width() + 3f * em && b.x() <= a.x() + a.width() + 3f * em;
        return along ? beside(a, b, em) : null;
    }

    /** Two crops of one page as one when they are side by side (a display and its numbers' column), else null. */
    static PdfFigure beside(PdfFigure a, PdfFigure b, float em) {
        if (a == null || b == null || a.page() != b.page()
                || a.y() > b.y() + b.height() + 0.5f * em || b.y() > a.y() + a.height() + 0.5f * em) {
            return null;
        }
        float x = Math.min(a.x(), b.x());
        float y = Math.min(a.y(), b.y());
        return new PdfFigure(a.page(), x, y, Math.max(a.x() + a.width(), b.x() + b.width()) - x,
                Math.max(a.y() + a.height(), b.y() + b.height()) - y);
    }

    /**
     * A display's crop grown over the ink it touches, or that lies within an em of it (a big ∑ or delimiter whose
     * font says no letter, so that it is no glyph of the lines), with room around it.
     */
    static PdfFigure inked(PdfFigure crop, List<Graphics.Box> ink, float em) {
        float x0 = crop.x();
        float y0 = crop.y();
        float x1 = crop.x() + crop.width();
        float y1 = crop.y() + crop.height();
        boolean grown = true;
        for (int pass = 0; pass < 3 && grown; pass++) {
            grown = false;
            for (Graphics.Box b : ink) {
                boolean near = b.x0() <= x1 + em && b.x1() >= x0 - em && b.y0() <= y1 && b.y1() >= y0;
                if (near && (b.x0() < x0 || b.x1() > x1 || b.y0() < y0 || b.y1() > y1)) {
                    x0 = Math.min(x0, b.x0() - 0.2f * em);
                    y0 = Math.min(y0, b.y0() - 0.2f * em);
                    x1 = Math.max(x1, b.x1() + 0.2f * em);
                    y1 = Math.max(y1, b.y1() + 0.2f * em);
                    grown = true;
                }
            }
        }
        x0 = Math.max(0f, x0);
        y0 = Math.max(0f, y0);
        return new PdfFigure(crop.page(), x0, y0, x1 - x0, y1 - y0);
    }

    /** The part of a page a display covers, grown line by line. */
    static final class Box {
        private float x0 = Float.MAX_VALUE;
        private float x1 = -Float.MAX_VALUE;
        private float top = Float.MAX_VALUE;
        private float bottom = -Float.MAX_VALUE;
        private float em;
        private float lastY;
        /** The foot of the line of text above the display and the top of the one below it: its room stops there. */
        private float ceiling = -Float.MAX_VALUE;
        private float floor = Float.MAX_VALUE;

        /** Keeps the room around the display between {@code ceiling} and {@code floor} (its lines' neighbours). */
        void clip(float ceiling, float floor) {
            this.ceiling = ceiling;
            this.floor = floor;
        }

        /** Adds a line whose baseline is {@code y}, set in {@code size}. */
        void add(float lineX0, float lineX1, float y, float size) {
            x0 = Math.min(x0, lineX0);
            x1 = Math.max(x1, lineX1);
            top = Math.min(top, y - 0.75f * size);
            bottom = Math.max(bottom, y + 0.25f * size);
            em = Math.max(em, size);
            lastY = y;
        }

        /** Whether a line with its baseline at {@code y} is near enough below the display's last line to join it. */
        boolean near(float y) {
            return y - lastY <= 2.5f * em;
        }

        /** Whether a line from {@code lineX0} to {@code lineX1} lies within the display's width. */
        boolean spans(float lineX0, float lineX1) {
            return lineX0 >= x0 && lineX1 <= x1;
        }

        /**
         * The display as a picture to cut from page {@code page}: its lines with room for what reaches beyond their
         * type size (big operators and delimiters, fraction bars, radicals), kept on the page and off the lines of
         * text above and below it.
         */
        PdfFigure figure(int page) {
            float left = Math.max(0f, x0 - 0.3f * em);
            float up = Math.max(0f, Math.min(top, Math.max(top - 0.7f * em, ceiling)));
            float down = Math.max(bottom, Math.min(bottom + 0.6f * em, floor));
            return new PdfFigure(page, left, up, x1 + 0.3f * em - left, down - up);
        }
    }
}
