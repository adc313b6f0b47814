package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A display equation's text from the pieces the page's reading order cut it into ({@link Displays}): one piece as it
 * was read, the columns of an aligned display (and a column of its numbers) row by row.
 */
final class DisplayRows {
    private DisplayRows() {}

    /**
     * A display's text, read from its pieces (each a list of lines as the page's reading order read them, a piece
     * cut where its lines go back up the page: a column read after another): a piece alone as it was read; pieces read apart (a column of numbers read before the equations, the columns of an
     * aligned display) row by row from the top, each row's pieces left to right: "(3.12) (3.13) x = y x′ = y′ X = Y
     * X′ = Y′" reads "(3.12) x = y X = Y (3.13) x′ = y′ X′ = Y′", when each piece has a line in each row (else, a
     * fraction's parts beside its left side, as read). A row is the lines in the display's main size (within 85 % of
     * its largest) whose boxes overlap by a quarter of their height or more (a binomial's top, an exponent raised
     * within its line); a line in smaller type (a limit, an index) is in the row it overlaps so, else in the nearest;
     * within a row each piece keeps its lines' order.
     */
    static String read(List<List<Paragraphs.Line>> read) {
        // A display built on over columns of the reading order: each column a piece (its lines go down the page).
        List<List<Paragraphs.Line>> pieces = new ArrayList<>();
        for (List<Paragraphs.Line> piece : read) {
            List<Paragraphs.Line> run = new ArrayList<>();
            for (Paragraphs.Line line : piece) {
                if (!run.isEmpty() && line.y() < run.get(run.size() - 1).y() - 0.1f * line.size()) {
                    pieces.add(run);
                    run = new ArrayList<>();
                }
                run.add(line);
            }
            if (!run.isEmpty()) {
                pieces.add(run);
            }
        }
        if (pieces.size() == 1) {
            return String.join(" ", pieces.get(0).stream().map(Paragraphs.Line::text).toList());
        }
        float main = 0;
        for (List<Paragraphs.Line> piece : pieces) {
            for (Paragraphs.Line line : piece) {
                main = Math.max(main, line.size());
            }
        }
        List<List<Paragraphs.Line>> rows = new ArrayList<>();
        List<Paragraphs.Line> byY = new ArrayList<>();
        pieces.forEach(byY::addAll);
        byY.sort(java.util.Comparator.comparingDouble(Paragraphs.Line::y));
        for (Paragraphs.Line line : byY) {
            if (line.size() >= 0.85f * main) {
                List<Paragraphs.Line> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (last != null && overlap(last, line) >= 0.25f) {
                    last.add(line);
                } else {
                    rows.add(new ArrayList<>(List.of(line)));
                }
            }
        }
        java.util.Map<Paragraphs.Line, Integer> rowOf = new java.util.IdentityHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Paragraphs.Line line : rows.get(r)) {
                rowOf.put(line, r);
            }
        }
        for (Paragraphs.Line line : byY) {
            if (!rowOf.containsKey(line)) {
                int best = 0;
                float nearest = Float.MAX_VALUE;
                for (int r = 0; r < rows.size(); r++) {
                    float d = overlap(rows.get(r), line) >= 0.25f ? -1 : distance(rows.get(r), line);
                    if (d < nearest) {
                        nearest = d;
                        best = r;
                    }
                }
                rowOf.put(line, best);
            }
        }
        for (List<Paragraphs.Line> piece : pieces) {
            java.util.Set<Integer> in = new java.util.HashSet<>();
            for (Paragraphs.Line line : piece) {
                in.add(rowOf.get(line));
            }
            if (in.size() < rows.size()) { // a fraction's parts, a left side beside them: as read
                List<String> asRead = new ArrayList<>();
                pieces.forEach(p -> p.forEach(l -> asRead.add(l.text())));
                return String.join(" ", asRead);
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < Math.max(1, rows.size()); r++) {
            int row = r;
            List<List<Paragraphs.Line>> here = new ArrayList<>();
            for (List<Paragraphs.Line> piece : pieces) {
                List<Paragraphs.Line> in = piece.stream().filter(l -> rowOf.get(l) == row).toList();
                if (!in.isEmpty()) {
                    here.add(in);
                }
            }
            here.sort(java.util.Comparator.comparingDouble(in -> in.stream().mapToDouble(Paragraphs.Line::x0).min()
                    .orElse(0)));
            here.forEach(in -> in.forEach(l -> out.add(l.text())));
        }
        return String.join(" ", out);
    }

    /** How much of a line's box (its type's height) the boxes of a row's lines cover: 0 to 1. */
    private static float overlap(List<Paragraphs.Line> row, Paragraphs.Line line) {
        float top = line.y() - 0.75f * line.size();
        float bottom = line.y() + 0.25f * line.size();
        float best = 0;
        for (Paragraphs.Line other : row) {
            float otherTop = other.y() - 0.75f * other.size();
            float otherBottom = other.y() + 0.25f * other.size();
            float covered = Math.min(bottom, otherBottom) - Math.max(top, otherTop);
            best = Math.max(best, covered / Math.min(line.size(), other.size()));
        }
        return best;
    }

    /** How far a line's box lies from a row's nearest box, above or below it. */
    private static float distance(List<Paragraphs.Line> row, Paragraphs.Line line) {
        float top = line.y() - 0.75f * line.size();
        float bottom = line.y() + 0.25f * line.size();
        float nearest = Float.MAX_VALUE;
        for (Paragraphs.Line other : row) {
            float otherTop = other.y() - 0.75f * other.size();
            float otherBottom = other.y() + 0.25f * other.size();
            nearest = Math.min(nearest, Math.max(0, Math.max(otherTop - bottom, top - otherBottom)));
        }
        return nearest;
    }
}
