package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure's frame that {@link Decorations} left out because it is drawn at the same place on three pages or more:
 * a thesis class's documentation shows pictures of pages (yathesis' glossary, index and list of symbols), each framed
 * at the top of its page, the frames alike. A frame of strokes, no page's background, with a figure's caption right
 * under it, within its width, is that figure's, whatever other pages draw there.
 */
final class CaptionedFrames {
    /** How far under a frame its caption may start, in body ems (as {@link FigureRegions} pairs them). */
    private static final float CAPTION_EMS = 4;

    private CaptionedFrames() {}

    /**
     * {@code clusters} and the regions of the page's decorations ({@link Graphics.Drawn#decorations}) that are frames
     * with a figure's caption under them.
     */
    static List<Cluster> add(List<Cluster> clusters, Graphics.Drawn drawn, List<Caption> captions, float body) {
        if (drawn == null || drawn.decorations().isEmpty() || captions.isEmpty()) {
            return clusters;
        }
        List<Cluster> out = new ArrayList<>(clusters);
        for (Cluster c : FigurePanels.clusters(new Graphics.Drawn(drawn.width(), drawn.height(), drawn.decorations()),
                body)) {
            if (frame(c, body) && captioned(c, captions, body)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Strokes only (lines or an outline) around an area: no rule, no fill (a header's band), no image. */
    private static boolean frame(Cluster c, float body) {
        if (c.rule(body)) {
            return false;
        }
        for (Graphics.Box b : c.boxes) {
            if (b.kind() != Graphics.Kind.STROKE) {
                return false;
            }
        }
        return true;
    }

    private static boolean captioned(Cluster c, List<Caption> captions, float body) {
        for (Caption k : captions) {
            float below = k.y0() - c.y1;
            if (!k.table() && below >= -body && below <= CAPTION_EMS * body && k.x0() >= c.x0 - body
                    && k.x1() <= c.x1 + body) {
                return true;
            }
        }
        return false;
    }
}
