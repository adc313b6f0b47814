package app.margin.exchange.readers;

import app.margin.model.Placement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where each of a book's marks stands in its article, found by its words ({@link ArticleText}): exactly, loosely, or
 * by its beginning and end. Words found in several places are decided by the chapter, then by the marks' own order
 * in the file; words too common, or still found in several places, stay unplaced. A position is only used to order
 * the marks, never to place one.
 */
final class MarkPlaces {

    /** Occurrences looked at before a passage counts as too common to place. */
    private static final int MAX_OCCURRENCES = 50;
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("\\d{1,15}");
    private static final java.util.regex.Pattern ORDER = java.util.regex.Pattern.compile(
            "(?i)^(location|page) (\\d{1,9})");

    private MarkPlaces() {
    }

    /**
     * The place of each mark's words, or null. Words found in several places are decided by the chapter, and then
     * by the marks' order: when the file numbers its marks (a Kindle location, a page), the one place between the
     * neighbours placed before and after it in that order is taken.
     */
    static Placement[] find(ArticleText text, List<ForeignHighlight> marks, Map<String, String> chapters) {
        Placement[] places = new Placement[marks.size()];
        List<List<Placement>> several = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            ForeignHighlight h = marks.get(i);
            several.add(null);
            if (h.text().isEmpty()) {
                continue;
            }
            List<Placement> found = text.find(h.text(), MAX_OCCURRENCES);
            String chapter = chapters.get(BookMatch.key(h.chapter()));
            if (found.size() > 1 && chapter != null) {
                found.removeIf(p -> !text.layout().sectionIdAt(p.blockIndex()).equals(chapter));
            }
            if (found.size() == 1) {
                places[i] = found.get(0);
            } else if (found.isEmpty()) {
                places[i] = text.findByEnds(h.text());
            } else if (found.size() < MAX_OCCURRENCES) {
                several.set(i, found);
            }
        }
        List<long[]> orders = marks.stream().map(MarkPlaces::order).toList();
        for (int i = 0; i < marks.size(); i++) {
            long[] order = orders.get(i);
            if (several.get(i) == null || order == null) {
                continue;
            }
            Placement before = null;
            Placement after = null;
            long[] beforeOrder = null;
            long[] afterOrder = null;
            for (int j = 0; j < marks.size(); j++) {
                long[] o = orders.get(j);
                if (places[j] == null || o == null || several.get(j) != null) {
                    continue;
                }
                int c = Arrays.compare(o, order);
                if (c < 0 && (beforeOrder == null || Arrays.compare(o, beforeOrder) > 0)) {
                    beforeOrder = o;
                    before = places[j];
                } else if (c > 0 && (afterOrder == null || Arrays.compare(o, afterOrder) < 0)) {
                    afterOrder = o;
                    after = places[j];
                }
            }
            Placement from = before;
            Placement to = after;
            List<Placement> between = several.get(i).stream()
                    .filter(p -> (from == null || compare(p, from) >= 0) && (to == null || compare(p, to) <= 0))
                    .toList();
            if (between.size() == 1 && (from != null || to != null)) {
                places[i] = between.get(0);
            }
        }
        return places;
    }

    private static int compare(Placement a, Placement b) {
        return a.blockIndex() != b.blockIndex() ? Integer.compare(a.blockIndex(), b.blockIndex())
                : Integer.compare(a.start(), b.start());
    }

    /**
     * The mark's place in the file's own order, or null: its Kindle location or page, or the steps of its EPUB CFI
     * (compared step by step).
     */
    static long[] order(ForeignHighlight h) {
        java.util.regex.Matcher m = ORDER.matcher(h.location());
        if (m.find()) {
            return new long[] {Long.parseLong(m.group(2))};
        }
        if (h.location().startsWith("epubcfi(")) {
            String start = h.location().replaceFirst("^epubcfi\\(", "").replaceFirst(",([^,]*),.*$", "$1")
                    .replaceAll("\\[[^]]*\\]", "");
            java.util.regex.Matcher steps = STEP.matcher(start);
            List<Long> out = new ArrayList<>();
            while (steps.find() && out.size() < 64) {
                out.add(Long.parseLong(steps.group()));
            }
            return out.isEmpty() ? null : out.stream().mapToLong(Long::longValue).toArray();
        }
        return null;
    }
}
