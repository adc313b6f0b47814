package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The document's own links (its link annotations: a table of contents' entries, "section 4.7", "page 33", a
 * citation, a footnote mark, a web address), read page by page as the glyphs are, and laid on the glyphs under them
 * ({@link Glyph#link}), so that the text under a link becomes a link span as a word in italics becomes emphasis. Only
 * two kinds are kept: a go-to inside the document (an explicit or a named destination, its place looked up later by
 * {@link Destinations}) and a web address ({@code http}, {@code https} or {@code mailto}: {@link Span#opensOutside}, as
 * a web page's links are kept). Every other action (launch, JavaScript, a go-to into another file, a form's
 * submission, a named action…) is no link and is neither run nor followed. A page has at most
 * {@link #MAX_A_PAGE} links (of the first {@link #MAX_ANNOTATIONS_A_PAGE} annotations looked at), the document
 * {@link #MAX_LINKS}; an area under half a point across, or over a quarter of the page (a link laid over a whole page
 * or column says nothing about its words), is none. Pages are taken in step with the glyphs' pass, by a walk of the
 * page tree of their own. Not thread-safe.
 */
final class PdfLinks {
    static final int MAX_A_PAGE = 500;
    static final int MAX_ANNOTATIONS_A_PAGE = 5_000;
    static final int MAX_LINKS = 50_000;
    /** A link's target before its place is looked up: this and its index. */
    private static final String PENDING = "pdf-link:";
    private static final int MAX_QUADS = 64;
    /** The height of the bands a page's link areas are sorted into, in points. */
    private static final float BAND = 8f;
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final int MAX_ADDRESS = 2_000;
    /** An address of one piece: no spaces, no control characters. */
    private static final Pattern WHOLE = Pattern.compile("[^\\s\\p{Cntrl}]+");

    /** Where a link leads as the file says: a web address, or a destination inside the document, not looked up. */
    record Link(String address, COSBase destination) {}

    /**
     * A link's area on the shown page, in the glyphs' frame. TeX's drivers draw it a point wider than its text on each
     * side (\pdflinkmargin): a glyph is under it when its middle is inside it and it reaches into it past that
     * margin, so a comma right after a linked word stays out, and a full stop set out into the margin (microtype's
     * protrusion) at a link's end stays in.
     */
    private record Area(float x0, float y0, float x1, float y1, int link) {
        private static final float MARGIN = 1f;

        boolean holds(Glyph g) {
            float x = g.x() + g.width() / 2;
            float y = g.y() - 0.3f * g.size();
            if (!(x0 <= x && x <= x1 && y0 <= y && y <= y1)) {
                return false;
            }
            float in = x1 - x0 > 4 * MARGIN ? MARGIN + 0.1f : 0f;
            return g.x() < x1 - in && g.end() > x0 + in;
        }

        float size() {
            return (x1 - x0) * (y1 - y0);
        }
    }

    private final PageWalk walk;
    private int walked;
    private final List<Link> links = new ArrayList<>();
    private final Destinations destinations;

    PdfLinks(PDDocument document) {
        this.walk = new PageWalk(document);
        this.destinations = new Destinations(document);
    }

    /** The target a link's span carries until its place is looked up ({@link LinkTargets}). */
    static String pending(int link) {
        return PENDING + link;
    }

    /** The link a span's target names while pending, or -1 (a citation's link, a note's mark, anything else). */
    static int pendingLink(Span span) {
        String target = span.target();
        if (span.style() != Span.Style.LINK || target == null || !target.startsWith(PENDING)) {
            return -1;
        }
        try {
            return Integer.parseInt(target.substring(PENDING.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The runs under the document's links that end by {@code end}: a table of contents' entry keeps the link over its
     * title when its dot leaders are made one "…" (see {@code Columns}).
     */
    static List<Fragment.Shift> before(List<Fragment.Shift> shifts, int end) {
        return shifts.stream().filter(s -> s.kind() == Fragment.Shift.Kind.LINK && s.end() <= end).toList();
    }

    Link link(int index) {
        return index >= 0 && index < links.size() ? links.get(index) : null;
    }

    Destinations destinations() {
        return destinations;
    }

    /**
     * Page {@code index}'s glyphs, each that lies under a link (its middle inside the link's area; under two, the
     * smaller) marked with it. Pages come in order, as the glyphs' pass reads them.
     */
    List<Glyph> mark(int index, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return glyphs;
        }
        try {
            PDPage page = page(index);
            List<Area> areas = page == null ? List.of() : areas(page);
            return areas.isEmpty() ? glyphs : marked(glyphs, areas);
        } catch (RuntimeException e) {
            return glyphs; // a damaged annotation: the text without links
        }
    }

    /** The glyphs marked with the areas they lie in, looked for among those that cross the glyph's band of height. */
    private static List<Glyph> marked(List<Glyph> glyphs, List<Area> areas) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Area a : areas) {
            top = Math.min(top, a.y0());
            bottom = Math.max(bottom, a.y1());
        }
        int count = Math.max(1, Math.min(4_096, (int) ((bottom - top) / BAND) + 1));
        List<List<Area>> bands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bands.add(null);
        }
        for (Area a : areas) {
            int from = Math.max(0, (int) Math.floor((a.y0() - top) / BAND));
            int to = Math.min(count - 1, (int) Math.floor((a.y1() - top) / BAND));
            for (int i = from; i <= to; i++) {
                if (bands.get(i) == null) {
                    bands.set(i, new ArrayList<>(4));
                }
                bands.get(i).add(a);
            }
        }
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            int band = (int) Math.floor((g.y() - 0.3f * g.size() - top) / BAND);
            Area best = null;
            for (Area a : band < 0 || band >= count || bands.get(band) == null ? List.<Area>of() : bands.get(band)) {
                if (a.holds(g) && (best == null || a.size() < best.size())) {
                    best = a;
                }
            }
            out.add(best == null ? g : g.linked(best.link()));
        }
        return out;
    }

    /** The page the glyphs' pass reads as {@code index}: its walk, taken in step (a broken node counts as a page). */
    private PDPage page(int index) {
        PDPage page = null;
        while (walked <= index) {
            try {
                page = walk.next();
            } catch (RuntimeException e) {
                page = null;
            }
            walked++;
        }
        return walked == index + 1 ? page : null;
    }

    private List<Area> areas(PDPage page) {
        if (!(page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations)) {
            return List.of();
        }
        PageFrame frame = PageFrame.of(page);
        float pageSize = Math.abs((frame.right() - frame.left()) * (frame.top() - frame.bottom()));
        List<Area> areas = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < Math.min(annotations.size(), MAX_ANNOTATIONS_A_PAGE) && found < MAX_A_PAGE
                && links.size() < MAX_LINKS; i++) {
            if (!(annotations.getObject(i) instanceof COSDictionary annotation)
                    || !COSName.LINK.equals(annotation.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            float[] rect = numbers(annotation.getDictionaryObject(COSName.RECT), 4);
            Link link = rect == null ? null : target(annotation);
            if (link == null) {
                continue;
            }
            List<Area> boxes = boxes(annotation, rect, frame, links.size());
            boxes.removeIf(a -> !(a.x1() - a.x0() >= 0.5f && a.y1() - a.y0() >= 0.5f && a.size() <= pageSize / 4));
            if (!boxes.isEmpty()) {
                links.add(link);
                areas.addAll(boxes);
                found++;
            }
        }
        return areas;
    }

    /**
     * Where a link leads: a go-to's destination or the annotation's own, or a web address; null for every other action
     * (never followed) and for an address of another kind (a file, a script).
     */
    private static Link target(COSDictionary annotation) {
        if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
            COSName kind = action.getCOSName(COSName.S);
            if (GO_TO.equals(kind)) {
                COSBase destination = action.getItem(COSName.D);
                return destination == null ? null : new Link(null, destination);
            }
            if (COSName.URI.equals(kind) && action.getDictionaryObject(COSName.URI) instanceof COSString uri) {
                String address = uri.getString().strip();
                boolean web = address.length() <= MAX_ADDRESS && Span.opensOutside(address)
                        && WHOLE.matcher(address).matches();
                return web ? new Link(address, null) : null;
            }
            return null; // launch, JavaScript, another file, a form: neither run nor followed
        }
        COSBase destination = annotation.getItem(COSName.DEST);
        return destination == null ? null : new Link(null, destination);
    }

    /**
     * The link's areas on the shown page: its quadrilaterals when it has them and they lie within its rectangle
     * (a link over a line's end and the next line's start), else the rectangle.
     */
    private static List<Area> boxes(COSDictionary annotation, float[] rect, PageFrame frame, int link) {
        List<Area> out = new ArrayList<>();
        float[] quads = numbers(annotation.getDictionaryObject(COSName.QUADPOINTS), -1);
        if (quads != null && quads.length >= 8 && quads.length % 8 == 0 && quads.length / 8 <= MAX_QUADS) {
            float x0 = Math.min(rect[0], rect[2]) - 1;
            float x1 = Math.max(rect[0], rect[2]) + 1;
            float y0 = Math.min(rect[1], rect[3]) - 1;
            float y1 = Math.max(rect[1], rect[3]) + 1;
            boolean inside = true;
            for (int i = 0; i < quads.length; i += 2) {
                inside &= x0 <= quads[i] && quads[i] <= x1 && y0 <= quads[i + 1] && quads[i + 1] <= y1;
            }
            if (inside) {
                for (int q = 0; q < quads.length; q += 8) {
                    out.add(area(java.util.Arrays.copyOfRange(quads, q, q + 8), frame, link));
                }
                return out;
            }
        }
        out.add(area(new float[] {rect[0], rect[1], rect[2], rect[3]}, frame, link));
        return out;
    }

    /** The box around points (x, y pairs) of user space, on the shown page. */
    private static Area area(float[] points, PageFrame frame, int link) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            float x = frame.x(points[i], points[i + 1]);
            float y = frame.y(points[i], points[i + 1]);
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        return new Area(x0, y0, x1, y1, link);
    }

    /** An array of finite numbers ({@code count} of them, or any number when -1), or null. */
    private static float[] numbers(COSBase base, int count) {
        if (!(base instanceof COSArray array) || count >= 0 && array.size() != count || array.size() > 8 * MAX_QUADS) {
            return null;
        }
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(array.getObject(i) instanceof COSNumber n) || !Float.isFinite(n.floatValue())) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }
}
