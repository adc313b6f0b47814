package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a page draws pictures and lines: the bounding box of every painted path (stroked or filled) and of every image,
 * in the glyphs' coordinates ({@code x} from the crop box's left edge, {@code y} down from its top edge, points), seen
 * in the same pass that collects the glyphs ({@link GlyphCollector} hands each operator here), cut to the clipping
 * paths' bounds. A box inside the one before it (or around it) grows it instead of making a new one, and a page keeps
 * at most {@link #MAX_BOXES}, so a plot of 100,000 strokes costs little. Shadings are not counted. On a turned page
 * (a landscape page whose /Rotate is 90) the boxes are placed on the page as it is shown, as its glyphs are.
 */
final class Graphics {
    static final int MAX_BOXES = 4_000;

    enum Kind { IMAGE, FILL, STROKE }

    /** A painted area; {@code y0} is its top; {@code parts}: how many paintings it holds. */
    record Box(float x0, float y0, float x1, float y1, Kind kind, int parts) {
        float width() {
            return x1 - x0;
        }

        float height() {
            return y1 - y0;
        }

        /** A line: under 2.5 points thick across (a rule, a table's border, a fraction bar; some TeX drivers draw
         * rules as stretched one-pixel images). */
        boolean thin() {
            return Math.min(width(), height()) < 2.5f;
        }
    }

    /**
     * A page's size, the boxes it painted, and the ink of its glyphs in fonts of mathematics that say no letter (a
     * big ∑ or delimiter of TeX's cmex), which a display equation's crop takes in.
     */
    record Drawn(float width, float height, List<Box> boxes, List<Box> ink, List<Box> decorations) {
        Drawn(float width, float height, List<Box> boxes) {
            this(width, height, boxes, List.of());
        }

        Drawn(float width, float height, List<Box> boxes, List<Box> ink) {
            this(width, height, boxes, ink, List.of());
        }

        /**
         * The same page without the boxes that are decorations ({@link Decorations#of}), which it keeps aside as its
         * {@code decorations} (a figure's frame drawn at one place on three pages is one: {@link CaptionedFrames}).
         */
        Drawn without(java.util.Set<Long> places) {
            if (places.isEmpty()) {
                return this;
            }
            List<Box> kept = new ArrayList<>(boxes.size());
            List<Box> left = new ArrayList<>();
            for (Box b : boxes) {
                (places.contains(Decorations.place(b)) ? left : kept).add(b);
            }
            return new Drawn(width, height, kept, ink, left);
        }
    }

    private List<Box> boxes = new ArrayList<>();
    /** The clip's bounds (x0, y0, x1, y1), saved and restored with the graphics state. */
    private float[] clip = {-Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
    private final java.util.ArrayDeque<float[]> saved = new java.util.ArrayDeque<>();
    /** Whether fills are white (invisible on the paper), saved and restored with the clip. */
    private boolean white;
    /** Whether fills are in a device colour space (grey, RGB, CMYK), where a colour's numbers say white. */
    private boolean device = true;
    private static final java.util.Set<String> DEVICE = java.util.Set.of("DeviceGray", "DeviceRGB", "DeviceCMYK");
    private final java.util.ArrayDeque<Boolean> savedWhite = new java.util.ArrayDeque<>();
    private boolean clipping;
    private PageFrame frame;
    private float area;
    private boolean empty = true;
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;

    /** Starts a page: its crop box and its rotation place the boxes. */
    void start(PDPage page) {
        boxes = new ArrayList<>();
        empty = true;
        clipping = false;
        white = false;
        device = true;
        saved.clear();
        savedWhite.clear();
        clip = new float[] {-Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        PDRectangle box = page.getCropBox();
        frame = PageFrame.of(page);
        area = box.getWidth() * box.getHeight();
    }

    /** The page's boxes, handed over once. */
    List<Box> finish() {
        List<Box> out = boxes;
        boxes = new ArrayList<>();
        return out;
    }

    /** One operator of the page's drawing, with the transformation in effect and the resources it draws from. */
    void operator(String name, List<COSBase> operands, Matrix ctm, PDResources resources) {
        switch (name) {
            case "re" -> {
                if (numbers(operands, 4)) {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float w = number(operands, 2);
                    float h = number(operands, 3);
                    point(ctm, x, y);
                    point(ctm, x + w, y);
                    point(ctm, x, y + h);
                    point(ctm, x + w, y + h);
                }
            }
            case "m", "l" -> points(operands, 2, ctm);
            case "c" -> points(operands, 6, ctm);
            case "v", "y" -> points(operands, 4, ctm);
            case "S", "s" -> paint(Kind.STROKE);
            case "f", "F", "f*" -> paint(white ? null : Kind.FILL); // a white fill paints nothing on paper
            case "B", "B*", "b", "b*" -> paint(Kind.FILL);
            case "g", "rg" -> white = white(operands, 1f);
            case "k" -> white = white(operands, 0f);
            case "sc", "scn" -> white = device && white(operands, operands.size() == 4 ? 0f : 1f);
            case "cs" -> {
                white = false;
                device = !operands.isEmpty() && operands.get(0) instanceof COSName space
                        && DEVICE.contains(space.getName());
            }
            case "n" -> paint(null);
            case "W", "W*" -> clipping = true;
            case "q" -> save();
            case "Q" -> restore();
            case "Do" -> {
                if (!operands.isEmpty() && operands.get(0) instanceof COSName xobject && resources != null
                        && resources.isImageXObject(xobject)) {
                    image(ctm);
                }
            }
            case "BI" -> image(ctm);
            default -> { }
        }
    }

    /** Saves the clip, as {@code q} and a form's drawing do. */
    void save() {
        if (saved.size() < 1_000) {
            saved.push(clip.clone());
            savedWhite.push(white);
        }
    }

    /** Restores the clip, as {@code Q} and the end of a form's drawing do. */
    void restore() {
        if (!saved.isEmpty()) {
            clip = saved.pop();
            white = savedWhite.pop();
        }
    }

    private void image(Matrix ctm) {
        empty = true;
        point(ctm, 0, 0);
        point(ctm, 1, 0);
        point(ctm, 0, 1);
        point(ctm, 1, 1);
        paint(Kind.IMAGE);
    }

    private void points(List<COSBase> operands, int count, Matrix ctm) {
        if (numbers(operands, count)) {
            for (int i = 0; i + 1 < count; i += 2) {
                point(ctm, number(operands, i), number(operands, i + 1));
            }
        }
    }

    /** Whether a colour's operands are all {@code paper} (1 for grey and RGB, 0 for CMYK): white. */
    private static boolean white(List<COSBase> operands, float paper) {
        int n = 0;
        for (COSBase o : operands) {
            if (o instanceof COSNumber number) {
                if (Math.abs(number.floatValue() - paper) > 0.01f) {
                    return false;
                }
                n++;
            } else {
                return false; // a pattern or a named colour
            }
        }
        return n == 1 || n == 3 && paper == 1f || n == 4 && paper == 0f;
    }

    private static boolean numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    private void point(Matrix m, float x, float y) {
        float ux = m.getScaleX() * x + m.getShearX() * y + m.getTranslateX();
        float uy = m.getShearY() * x + m.getScaleY() * y + m.getTranslateY();
        float px = frame.x(ux, uy);
        float py = frame.y(ux, uy);
        if (!Float.isFinite(px) || !Float.isFinite(py)) {
            return;
        }
        if (empty) {
            minX = maxX = px;
            minY = maxY = py;
            empty = false;
        } else {
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
    }

    private static float area(Box b) {
        return b.width() * b.height();
    }

    /** Paints the path (or, for null, only ends it); a clipping path narrows the clip first. */
    private void paint(Kind kind) {
        if (empty) {
            clipping = false;
            return;
        }
        empty = true;
        if (clipping) {
            clipping = false;
            clip = new float[] {Math.max(clip[0], minX), Math.max(clip[1], minY), Math.min(clip[2], maxX),
                    Math.min(clip[3], maxY)};
        }
        if (kind == null) {
            return;
        }
        Box box = new Box(Math.max(minX, clip[0]), Math.max(minY, clip[1]), Math.min(maxX, clip[2]),
                Math.min(maxY, clip[3]), kind, 1);
        if (box.x1 < box.x0 || box.y1 < box.y0) {
            return; // clipped away
        }
        if (!boxes.isEmpty()) {
            Box last = boxes.get(boxes.size() - 1);
            // A stroke inside the last box (or around it) joins it: a drawing's many strokes cost one box.
            boolean within = box.x0 >= last.x0 && box.x1 <= last.x1 && box.y0 >= last.y0 && box.y1 <= last.y1
                    || last.x0 >= box.x0 && last.x1 <= box.x1 && last.y0 >= box.y0 && last.y1 <= box.y1;
            boolean small = area(box) < 0.25f * area && area(last) < 0.25f * area; // not a page's background
            if (boxes.size() >= MAX_BOXES || within && small && !box.thin() && !last.thin()
                    && kind != Kind.IMAGE && last.kind != Kind.IMAGE) {
                boxes.set(boxes.size() - 1, new Box(Math.min(last.x0, box.x0), Math.min(last.y0, box.y0),
                        Math.max(last.x1, box.x1), Math.max(last.y1, box.y1),
                        last.kind == Kind.IMAGE ? Kind.IMAGE : kind == Kind.FILL ? Kind.FILL : last.kind,
                        last.parts + 1));
                return;
            }
        }
        boxes.add(box);
    }
}
