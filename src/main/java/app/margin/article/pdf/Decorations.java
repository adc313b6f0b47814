package app.margin.article.pdf;

/**
 * What a document paints at the same place on page after page (a page's frame, a page number's badge, a logo in the
 * margin): decorations, not figures. A box's place is its left and top edges and its height, to two points.
 */
final class Decorations {
    /** A box painted at the same place on this many pages is a decoration. */
    static final int DECORATION_PAGES = 3;

    private Decorations() {}

    /** A box's place: its left and top edges and its height, to two points (its width may change with a number). */
    static long place(Graphics.Box b) {
        long packed = (Math.round(b.x0() / 2) & 0xfffffL) << 40 | (Math.round(b.y0() / 2) & 0xfffffL) << 20
                | Math.round(b.height() / 2) & 0xfffffL;
        return packed * 0x9E3779B97F4A7C15L; // spread over a hash map's buckets (one to one: an odd factor)
    }

    /**
     * The places of the boxes painted at the same place on {@link #DECORATION_PAGES} pages or more: a page's frame,
     * a page number's badge, a logo in the margin, not figures. The steps of one slide ({@link Overlays}: pages in a
     * row with one label) count as one page: a figure that stays while a slide's points appear one by one is no
     * decoration.
     */
    static java.util.Set<Long> of(java.util.Map<Integer, Graphics.Drawn> pages, java.util.List<String> labels) {
        int[] frames = Overlays.frames(labels, i -> Overlays.slide(pages, i));
        java.util.Map<Long, int[]> count = new java.util.HashMap<>(); // a place: frames with it, the last of them
        for (int page : new java.util.TreeSet<>(pages.keySet())) {
            int frame = page < frames.length ? frames[page] : page;
            for (Graphics.Box b : pages.get(page).boxes()) {
                int[] seen = count.computeIfAbsent(place(b), k -> new int[] {0, -1});
                if (seen[1] != frame) {
                    seen[0]++;
                    seen[1] = frame;
                }
            }
        }
        java.util.Set<Long> out = new java.util.HashSet<>();
        count.forEach((place, seen) -> {
            if (seen[0] >= DECORATION_PAGES) {
                out.add(place);
            }
        });
        return out;
    }
}
