package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a page's figures and tables in what it paints ({@link Graphics}): painted boxes near each other make a region
 * (a page's background and specks left out); regions with only a little text between them join (a figure's panels
 * and their labels); a region next to a caption ("Figure 3.", "Table 1:"; a figure's usually below, a table's above)
 * is its figure, and a large one without a caption is a figure of its own unless it is a panel of text (a boxed
 * note, a code listing), which is one only with a caption. Rules alone (booktabs) make a table with the "Table"
 * caption next to them, from the first rule to the last; a table of text cells without rules ({@link Tables}) is cut
 * from under its caption to its cells' extent. The glyphs inside a region (labels, cells) leave the text; a caption
 * stays in it. See {@code docs/pdf.md}, "Figures and tables".
 */
final class FigureRegions {
    /**
     * A figure: where it is on its page (points, glyph coordinates), its caption's first line, or null, and the words
     * drawn inside it ({@link FigureText}), "" when none.
     */
    record Region(int page, float x0, float y0, float x1, float y1, Fragment caption, String text) {}

    /** A page's text without the figures' glyphs, and its figures. */
    record Found(List<Fragment> text, List<Region> regions) {}

    /**
     * The least width and height of a figure without a caption, in points: half an inch on a page of A4 or letter,
     * less on a smaller page (a slide of 128 by 96 mm: about 0.3 inch), in proportion to its width.
     */
    static final float MIN_SIZE = 36f;
    /** The width of A4, in points, at which a figure without a caption is {@link #MIN_SIZE} at least. */
    private static final float A4_WIDTH = 595f;
    /** Room left around a crop, in points. */
    static final float PAD = 3f;

    private FigureRegions() {}

    static Found find(int page, List<Fragment> fragments, Graphics.Drawn drawn, float body) {
        List<Cluster> clusters = FigurePanels.clusters(drawn, body);
        List<Caption> captions = Caption.captions(fragments, clusters, body);
        clusters = CaptionedFrames.add(clusters, drawn, captions, body); // a figure's frame, drawn on three pages
        if (clusters.isEmpty() && captions.isEmpty()) {
            return new Found(fragments, List.of());
        }
        List<Cluster> areas = new ArrayList<>();
        List<Cluster> rules = new ArrayList<>();
        List<Cluster> panels = new ArrayList<>();
        List<Cluster> lettered = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.edgeTab(drawn.width(), drawn.height(), fragments, body)) {
                fragments = without(fragments, c.inside(fragments, body)); // a tab and its label: no figure, no text
            } else if (c.rule(body)) {
                rules.add(c);
            } else if (Lettering.lettered(c, fragments, body)) {
                lettered.add(c); // a logo: its letters go with it, as a figure or as a decoration
            } else if (!c.thin && c.framesText(fragments, body)) {
                panels.add(c); // a panel of text (a boxed note, a listing) is not a figure: its text stays
            } else if (c.width() >= 1.5f * body && c.height() >= 1.5f * body) {
                areas.add(c);
            }
        }
        areas.addAll(lettered.stream().filter(c -> c.width() >= 1.5f * body && c.height() >= 1.5f * body).toList());
        FigurePanels.join(areas, panels, fragments, body);
        FigurePanels.join(panels, List.of(), fragments, body);
        List<Cluster> chosen = new ArrayList<>();
        Set<Caption> used = new HashSet<>();
        List<Cluster> candidates = new ArrayList<>(areas);
        candidates.addAll(panels); // a panel of text with a caption is a figure (framed examples, a boxed algorithm)
        assign(candidates, captions, used, chosen, body);
        for (Caption caption : captions) {
            if (caption.table() && !used.contains(caption)) {
                Cluster table = caption.ruledTable(rules, fragments, body);
                if (table == null) {
                    table = caption.cellTable(fragments, body);
                }
                if (table != null) {
                    table.caption = caption.first();
                    used.add(caption);
                    chosen.add(table);
                }
            }
        }
        float least = MIN_SIZE * Math.min(1f, drawn.width() / A4_WIDTH);
        for (Cluster c : areas) {
            if (c.caption == null && c.width() >= least && c.height() >= least
                    && !(c.thin && c.framesText(fragments, body))) { // a grid of lines: a plot, not a ruled table
                chosen.add(c);
            }
        }
        fragments = Lettering.withoutSmall(fragments, lettered, chosen, body); // a small logo's letters: no text
        return absorb(page, fragments, chosen, captions, drawn, body);
    }

    private static List<Fragment> without(List<Fragment> fragments, List<Fragment> out) {
        if (out.isEmpty()) {
            return fragments;
        }
        List<Fragment> kept = new ArrayList<>(fragments);
        kept.removeAll(out);
        return kept;
    }


    /**
     * Gives each caption the region nearest it, and each region one caption: below a figure, above a table (the
     * other side costs two ems more), within four ems, overlapping it across.
     */
    private static void assign(List<Cluster> areas, List<Caption> captions, Set<Caption> used, List<Cluster> chosen,
            float body) {
        record Pair(Cluster area, Caption caption, float cost) {}
        List<Pair> pairs = new ArrayList<>();
        for (Cluster a : areas) {
            for (Caption c : captions) {
                if (c.x1() <= a.x0 || c.x0() >= a.x1) {
                    continue;
                }
                float below = c.y0() - a.y1; // the caption under the region
                float above = a.y0 - c.y1(); // the caption over it
                float cost = Float.MAX_VALUE;
                if (below >= -body && below <= 4 * body) {
                    cost = Math.max(0, below) + (c.table() ? 2 * body : 0);
                }
                if (above >= -body && above <= 4 * body) {
                    cost = Math.min(cost, Math.max(0, above) + (c.table() ? 0 : 2 * body));
                }
                if (c.x0() >= a.x0 && c.x1() <= a.x1 && c.y0() >= a.y0 && c.y1() <= a.y1) {
                    cost = Math.min(cost, body); // a framed figure with its caption inside the frame
                }
                if (cost < Float.MAX_VALUE) {
                    pairs.add(new Pair(a, c, cost));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::cost));
        for (Pair p : pairs) {
            if (p.area().caption == null && !used.contains(p.caption())) {
                p.area().caption = p.caption().first();
                used.add(p.caption());
                chosen.add(p.area());
            }
        }
    }

    /** The labels between a figure and its caption (under the last row of its panels): short lines, across it. */
    private static List<Fragment> between(Cluster c, List<Caption> captions, List<Fragment> fragments, float body) {
        List<Fragment> out = new ArrayList<>();
        for (Caption k : captions) {
            if (k.first() != c.caption) {
                continue;
            }
            float top = k.y0() >= c.y1 ? c.y1 : k.y1();
            float bottom = k.y0() >= c.y1 ? k.y0() : c.y0;
            for (Fragment f : fragments) {
                if (f.top() >= top - 1 && f.bottom() <= bottom + 0.5f && f.x0() >= c.x0 - body && f.x1() <= c.x1 + body
                        && !FigurePanels.running(f, body)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Takes the glyphs inside each region out of the text (captions stay) and makes the crops. */
    private static Found absorb(int page, List<Fragment> fragments, List<Cluster> chosen, List<Caption> captions,
            Graphics.Drawn drawn, float body) {
        if (chosen.isEmpty()) {
            return new Found(fragments, List.of());
        }
        Set<Fragment> keep = new HashSet<>();
        for (Caption c : captions) {
            for (Fragment f : fragments) {
                if (f.top() >= c.y0() - 0.1f && f.bottom() <= c.y1() + 0.1f && f.x0() >= c.x0() - 0.1f
                        && f.x1() <= c.x1() + 0.1f) {
                    keep.add(f);
                }
            }
        }
        Set<Fragment> taken = new HashSet<>();
        List<Region> regions = new ArrayList<>();
        float width = drawn == null ? Float.MAX_VALUE : drawn.width();
        float height = drawn == null ? Float.MAX_VALUE : drawn.height();
        for (Cluster c : chosen) {
            List<Fragment> in = c.inside(fragments, body);
            in.addAll(between(c, captions, fragments, body));
            List<Fragment> own = new ArrayList<>();
            for (Fragment f : in) {
                if (!keep.contains(f)) {
                    if (taken.add(f)) {
                        own.add(f); // the words go with the first figure that takes them
                    }
                    c.add(new Cluster(f.x0(), f.top(), f.x1(), f.bottom()));
                }
            }
            float y0 = Math.max(0, c.y0 - PAD);
            float y1 = Math.min(height, c.y1 + PAD);
            for (Caption k : captions) { // the room around a crop stops short of a caption's lines
                if (k.x0() < c.x1 && k.x1() > c.x0) {
                    y0 = k.y1() <= c.y0 + 0.5f ? Math.max(y0, Math.min(c.y0, k.y1())) : y0;
                    y1 = k.y0() >= c.y1 - 0.5f ? Math.min(y1, Math.max(c.y1, k.y0())) : y1;
                }
            }
            regions.add(new Region(page, Math.max(0, c.x0 - PAD), y0, Math.min(width, c.x1 + PAD), y1, c.caption,
                    FigureText.of(own, body)));
        }
        List<Fragment> text = new ArrayList<>(fragments.size());
        for (Fragment f : fragments) {
            if (!taken.contains(f)) {
                text.add(f);
            }
        }
        return new Found(text, regions);
    }
}
