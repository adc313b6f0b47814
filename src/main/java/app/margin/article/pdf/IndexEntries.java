package app.margin.article.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A back-of-book index read entry by entry: each entry a paragraph, each sub-entry one of its own a level deeper,
 * every entry's page numbers kept with it. On a page that {@link IndexPages} finds an index's, each of its columns is
 * read so ({@link Paragraphs}): a line goes on the entry above it when it starts with a page number or with leaders,
 * when the line above ended with a comma, a hyphen, leaders or a word that cannot end a phrase, or when it sits at the
 * index's hanging indent (where the page's lines of page numbers alone sit; 3.5 ems and more when it has none) under
 * a line that ended without page numbers ("CTAN (Comprehensive TeX" / "Archive Network), 34"); a letter heading a
 * group ("A", "Symbols") is a paragraph of its own; any other line starts an entry, of the level its indent gives
 * under the entries above it ("arrows" / "extensible, 15"), three at most. A column's margin is its leftmost line's
 * (see {@link #margin} for a column of sub-entries alone).
 */
final class IndexEntries {
    /**
     * What a line of an index does: starts an entry (of level {@code depth}, from 1), goes on in the one above, or
     * heads a group of entries ("A", "Symbols"), a paragraph of its own.
     */
    enum Step { NONE, STARTS, GOES_ON, HEAD }

    record Mark(Step step, int depth) {
        static final Mark NONE = new Mark(Step.NONE, 0);
    }

    /** An indent within this many ems of a column's margin is the margin's. */
    private static final float MARGIN_EMS = 0.7f;
    private static final int MAX_DEPTH = 3;

    /** Margins of columns on the index's pages before: a column of sub-entries alone keeps its entries' margin. */
    private final List<Float> margins = new ArrayList<>();
    /** The indents (in ems from the margin) of the entries open above: a deeper one is their sub-entry. */
    private final Deque<Float> open = new ArrayDeque<>();
    /** The index's last line, whether it ended with page numbers, and its entry's indent. */
    private String previous;
    private boolean previousPages;
    /** The indent of lines that go on an entry, in ems, once seen on a page of the index. */
    private Float hang;
    /** The term of the last entry at the margin, as indexes sort it. */
    private String lastTop;

    /**
     * Each line of a page's columns ({@code columns}, one list for each of {@code regions}): an index's line marked
     * {@link Step#STARTS} or {@link Step#GOES_ON}, or every line {@link Mark#NONE} when the page is no index's.
     */
    Mark[][] marks(List<ReadingOrder.Region> regions, List<List<Paragraphs.Line>> columns) {
        Mark[][] out = new Mark[columns.size()][];
        for (int r = 0; r < columns.size(); r++) {
            out[r] = new Mark[columns.get(r).size()];
            java.util.Arrays.fill(out[r], Mark.NONE);
        }
        boolean[] index = IndexPages.columns(columns);
        if (index == null) {
            previous = null;
            lastTop = null;
            open.clear();
            return out;
        }
        IndexPages.inColumns(regions, columns, index);
        boolean[] uniform = new boolean[columns.size()];
        float[] left = lefts(regions, columns, index, uniform);
        learnHang(columns, index, left);
        java.util.Map<Float, Float> margin = new java.util.HashMap<>();
        for (int r = 0; r < columns.size(); r++) {
            if (!index[r]) {
                continue;
            }
            List<Paragraphs.Line> lines = columns.get(r);
            Float m = margin.get(left[r]);
            if (m == null) {
                m = margin(left[r], uniform[r], lines.get(0));
                margin.put(left[r], m);
            }
            for (int i = 0; i < lines.size(); i++) {
                Paragraphs.Line line = lines.get(i);
                float indent = Math.max(0, (line.x0() - m) / line.size());
                indent = indent < MARGIN_EMS ? 0 : indent;
                String text = line.text();
                if (IndexLines.groupHead(line, indent)) {
                    out[r][i] = new Mark(Step.HEAD, 0);
                    previous = null;
                    open.clear();
                    continue;
                }
                boolean goesOn = previous != null && (IndexLines.pagesAlone(text)
                        || IndexLines.goesOnAfter(previous)
                        || !previousPages && indent > 0 && (hang != null ? Math.abs(indent - hang) < 0.6f
                                : indent >= 3.5f));
                if (goesOn) {
                    out[r][i] = new Mark(Step.GOES_ON, 0);
                } else {
                    while (!open.isEmpty() && open.peek() > indent - 0.5f) {
                        open.pop();
                    }
                    out[r][i] = new Mark(Step.STARTS, Math.min(MAX_DEPTH, open.size() + 1));
                    open.push(indent);
                    lastTop = open.size() == 1 ? IndexLines.sortKey(text) : lastTop;
                }
                previous = text;
                previousPages = IndexLines.endsWithPages(text);
            }
        }
        return out;
    }













    /**
     * Each column's leftmost line among the index's columns that start within three ems of it (a column of the page
     * cut into bands); in {@code uniform}, whether all of that column's lines but its groups' heads start there (a
     * column of sub-entries alone, or of entries alone).
     */
    private static float[] lefts(List<ReadingOrder.Region> regions, List<List<Paragraphs.Line>> columns,
            boolean[] index, boolean[] uniform) {
        float[] lefts = new float[columns.size()];
        for (int r = 0; r < columns.size(); r++) {
            if (!index[r]) {
                continue;
            }
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (int s = 0; s < columns.size(); s++) {
                float em = columns.get(r).get(0).size();
                if (index[s] && Math.abs(regions.get(s).x0() - regions.get(r).x0()) <= 3 * em) {
                    for (Paragraphs.Line line : columns.get(s)) {
                        if (!IndexLines.groupHead(line, 0)) {
                            left = Math.min(left, line.x0());
                            right = Math.max(right, line.x0());
                        }
                    }
                }
            }
            lefts[r] = left;
            uniform[r] = right - left < 0.3f * columns.get(r).get(0).size();
        }
        return lefts;
    }

    /**
     * A column's margin: its leftmost line, or, for a column whose lines all start at one place under a sub-entry
     * that ended the column before, the margin of an earlier column of the index up to three ems left of it (luatex's
     * "tex" library's entries, a column of them alone), or, when there is none and its first term sorts before the
     * entry that sub-entry is under, that sub-entry's margin.
     */
    private float margin(float left, boolean uniform, Paragraphs.Line first) {
        float em = first.size();
        float margin = left;
        if (uniform && open.size() >= 2) {
            for (float m : margins) {
                if (m <= left - MARGIN_EMS * em && m >= left - 3 * em && m < margin) {
                    margin = m;
                }
            }
            if (margin == left && lastTop != null && IndexLines.sortKey(first.text()).compareTo(lastTop) < 0) {
                margin = left - open.peek() * em; // it sorts before the entry above: a sub-entry of it
            }
        } else if (!uniform && margins.stream().noneMatch(k -> Math.abs(k - left) < 1f)) {
            margins.add(left);
        }
        return margin;
    }

    /** The indent of the page's lines of page numbers alone set in from the margin: where an entry's lines go on. */
    private void learnHang(List<List<Paragraphs.Line>> columns, boolean[] index, float[] margin) {
        List<Float> indents = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            if (!index[r]) {
                continue;
            }
            for (Paragraphs.Line line : columns.get(r)) {
                float indent = (line.x0() - margin[r]) / line.size();
                if (indent >= 1 && IndexLines.pagesAlone(line.text())) {
                    indents.add(indent);
                }
            }
        }
        if (!indents.isEmpty()) {
            indents.sort(Float::compare);
            hang = indents.get(indents.size() / 2);
        }
    }
}
