package app.margin.article.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper used only for what it sees: every glyph of a page with its place, size and font, handed
 * over page by page to {@link Sink}; its own line and paragraph guessing is not used. Glyphs whose font has no map to
 * Unicode (or maps them to private-use code points) are counted, not kept, so the text never shows them as garbage.
 * Text drawn at an angle (a figure's labels, a rotated stamp) is left out. A page is abandoned once it has drawn
 * {@link #MAX_GLYPHS_PER_PAGE} glyphs, and the whole run stops at the deadline, checked between operators.
 */
final class GlyphCollector extends PDFTextStripper {
    static final int MAX_GLYPHS_PER_PAGE = 40_000;
    /** The most a page's drawing (its content and the forms it uses) may unpack to. */
    static final long MAX_CONTENT_BYTES = 64L << 20;

    /** What one page drew. */
    record Page(int index, float width, float height, List<Glyph> glyphs, int unmapped, boolean tooDense,
                List<Graphics.Box> graphics, List<Graphics.Box> ink) {}

    interface Sink {
        void page(Page page) throws IOException;

        /** A page that could not be read (damaged) or took longer than a page may; its text is left out. */
        void failed(int index, boolean outOfTime);
    }

    /** The time allowed is over; the pages handed over so far stand. */
    static final class OutOfTime extends IOException {
        private static final long serialVersionUID = 1L;

        OutOfTime() {
            super("out of time");
        }
    }

    /** One page took longer than a page may. */
    private static final class PageTooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        PageTooSlow() {
            super("page too slow");
        }
    }

    private final Sink sink;
    private final long deadline;
    private final long pageTime;
    private long pageDeadline;
    private int pagesSeen;
    private int pageIndex;
    private List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;
    private boolean tooDense;
    private boolean pendingSpace;
    private int operators;
    private float width;
    private float height;
    /** The page's rotation, 0, 90, 180 or 270: the direction of the text that reads upright as the page is shown. */
    private int rotation;
    private final Graphics graphics = new Graphics();
    /** The page's glyphs in fonts of mathematics that say no letter (see {@link Ink}). */
    private Ink ink;
    /** Each font's type: bold, mathematics, italic, monospaced. */
    private final Faces faces = new Faces();

    /** {@code deadline} as {@link System#nanoTime()}; {@code pageTime} in nanoseconds. */
    GlyphCollector(Sink sink, long deadline, long pageTime) throws IOException {
        this.sink = sink;
        this.deadline = deadline;
        this.pageTime = pageTime;
        setSortByPosition(false);
        setStartPage(0); // pages are handed to processPage by index (see processPages), PDFBox's count stays 0
        setSuppressDuplicateOverlappingText(false);
    }

    /**
     * Every page in order, one at a time ({@link PageWalk}), up to the count the document states; PDFBox's own loop
     * first lists every page of the document, which for a 1,000-page manual whose pages sit in compressed object
     * streams unpacks most of the file (seconds) before the first page is read.
     */
    @Override
    protected void processPages(org.apache.pdfbox.pdmodel.PDPageTree pages) throws IOException {
        int count = document.getNumberOfPages();
        PageWalk walk = new PageWalk(document);
        for (int i = 0; i < count; i++) {
            pageIndex = i;
            pagesSeen = i + 1;
            PDPage page;
            try {
                page = walk.next();
            } catch (RuntimeException e) {
                sink.failed(i, false); // a broken page tree
                continue;
            }
            if (page == null) {
                return;
            }
            if (page.hasContents()) {
                processPage(page);
            }
        }
    }

    /** How many pages have been started (read or not). */
    int pagesSeen() {
        return pagesSeen;
    }

    /**
     * One page; a damaged or slow page, or one whose drawing unpacks to more than {@link #MAX_CONTENT_BYTES} (a
     * decompression bomb), is reported to the sink and skipped, and the next one is read.
     */
    @Override
    public void processPage(PDPage page) throws IOException {
        try {
            pageDeadline = System.nanoTime() + pageTime;
            ContentSize.check(page, MAX_CONTENT_BYTES, this::checkTime);
            super.processPage(page);
        } catch (OutOfTime e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            glyphs = new ArrayList<>();
            sink.failed(pageIndex, e instanceof PageTooSlow);
        } catch (StackOverflowError e) {
            glyphs = new ArrayList<>();
            sink.failed(pageIndex, false); // forms nested in forms without end
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        unmapped = 0;
        tooDense = false;
        pendingSpace = false;
        PDRectangle box = page.getCropBox();
        rotation = PageFrame.rotation(page);
        ink = new Ink(PageFrame.of(page));
        boolean turned = rotation % 180 != 0;
        width = turned ? box.getHeight() : box.getWidth();
        height = turned ? box.getWidth() : box.getHeight();
        graphics.start(page);
        checkTime();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++operators & 255) == 0) {
            checkTime();
        }
        graphics.operator(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix(),
                getResources());
        super.processOperator(operator, operands);
    }

    void checkTime() throws IOException {
        long now = System.nanoTime();
        if (now - deadline > 0) {
            throw new OutOfTime();
        }
        if (now - pageDeadline > 0) {
            throw new PageTooSlow();
        }
    }

    /** A form's clipping paths end with its drawing. */
    @Override
    public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
        graphics.save();
        try {
            super.showForm(form);
        } finally {
            graphics.restore();
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (tooDense) {
            return;
        }
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty() || Letters.unreadable(unicode)) {
            unmapped++;
            if (font instanceof org.apache.pdfbox.pdmodel.font.PDVectorFont vector
                    && (faces.of(font) & Faces.MATH) != 0) {
                try {
                    ink.glyph(textRenderingMatrix, font.getFontMatrix(), vector.getPath(code).getBounds2D());
                } catch (IOException | RuntimeException e) {
                    // Only a crop's margin: the glyph is left out as before.
                }
            }
            return;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (tooDense) {
            return;
        }
        if (glyphs.size() + unmapped >= MAX_GLYPHS_PER_PAGE) {
            tooDense = true;
            glyphs = new ArrayList<>();
            return;
        }
        String unicode = text.getUnicode();
        if (unicode == null || Letters.unreadable(unicode)) {
            unmapped++;
            return;
        }
        String plain = Letters.plain(unicode);
        if (plain.isBlank()) {
            pendingSpace = true;
            return;
        }
        if (text.getDir() != rotation) {
            return; // turned on the page as shown: a figure's axis label or a stamp, not running text
        }
        float size = Math.abs(text.getYScale());
        if (size < 0.5f) {
            size = Math.max(1f, text.getFontSizeInPt());
        }
        float x = text.getXDirAdj();
        float y = text.getYDirAdj();
        if (x < -size || y < 0 || x > width + size || y > height + size) {
            pendingSpace = false;
            return; // outside the page
        }
        if (!glyphs.isEmpty()) {
            Glyph last = glyphs.get(glyphs.size() - 1);
            if (Math.abs(last.x() - x) < 0.5f && Math.abs(last.y() - y) < 0.5f && last.text().equals(plain)) {
                return; // drawn twice over itself (a fake bold, a shadow)
            }
        }
        int kind = faces.of(text.getFont());
        glyphs.add(new Glyph(x, y, Math.max(0f, text.getWidthDirAdj()), size, plain, (kind & Faces.BOLD) != 0,
                pendingSpace, (kind & Faces.MATH) != 0, (kind & Faces.ITALIC) != 0, (kind & Faces.MONO) != 0));
        pendingSpace = false;
    }

    @Override
    protected void writePage() throws IOException {
        sink.page(new Page(pageIndex, width, height, glyphs, unmapped, tooDense, graphics.finish(), ink.boxes()));
        glyphs = new ArrayList<>();
    }
}
