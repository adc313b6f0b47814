package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Go to Page takes the reader. A page with text is found by its label (or, failing that, by its place in order,
 * as {@link ArticleLayout#blockOfPage} finds it). A page without text (a blank verso, a page that is all picture) has
 * no block, and so no label the layout knows; when the labels around it show it is there ("iii" then "v" has an "iv"
 * between), the reader goes to the next page with text and is told so. Evince goes to such a page; saying it does
 * not exist was wrong.
 *
 * @param block the block to bring to the top
 * @param note  what to tell the reader (the page asked for has no text), or null when it is the page asked for
 */
record PageGoal(int block, String note) {

    /** Where {@code asked} ("12", "iv", " IV ") is in {@code layout}; empty when the document has no such page. */
    static Optional<PageGoal> of(ArticleLayout layout, String asked) {
        if (layout == null || !layout.paged() || asked == null || asked.isBlank()) {
            return Optional.empty();
        }
        String wanted = asked.strip();
        List<String> labels = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        String last = null;
        for (int i = 0; i < layout.blocks().size(); i++) {
            String page = layout.pageAt(i);
            if (page != null && !page.equals(last)) {
                labels.add(page);
                firsts.add(i);
                last = page;
            }
        }
        int blank = labels.stream().anyMatch(wanted::equalsIgnoreCase) ? -1 : blankPageBefore(labels, wanted);
        if (blank >= 0) {
            return Optional.of(new PageGoal(firsts.get(blank), "Page " + wanted + " has no text: this is page "
                    + labels.get(blank) + ", the next page with text."));
        }
        int block = layout.blockOfPage(wanted);
        return block < 0 ? Optional.empty() : Optional.of(new PageGoal(block, null));
    }

    /**
     * The index of the label of the first page with text after page {@code wanted}, when the labels around show that
     * page is there though it has no text; else -1. Between two labels of its kind that it falls between ("iii",
     * "v"), just after the last of its kind ("ix" then "1" has an "x"), or before the first of its kind when the
     * numbering starts later ("3" first has a "1" and a "2").
     */
    private static int blankPageBefore(List<String> labels, String wanted) {
        Numbering kind = Numbering.of(wanted);
        if (kind == null) {
            return -1;
        }
        int n = kind.value(wanted);
        boolean anyBelow = false;
        for (int k = 0; k < labels.size(); k++) {
            String here = labels.get(k);
            if (Numbering.of(here) != kind || kind.value(here) >= n) {
                continue;
            }
            anyBelow = true;
            if (k + 1 < labels.size()) {
                String next = labels.get(k + 1);
                boolean sameKind = Numbering.of(next) == kind;
                if (sameKind ? kind.value(next) > n : n == kind.value(here) + 1) {
                    return k + 1;
                }
            }
        }
        if (!anyBelow && n >= 1) {
            for (int k = 0; k < labels.size(); k++) {
                String here = labels.get(k);
                if (Numbering.of(here) == kind && (k == 0 || Numbering.of(labels.get(k - 1)) != kind)) {
                    return kind.value(here) > n ? k : -1;
                }
            }
        }
        return -1;
    }

    /** How pages are numbered: 1, 2, 3 or i, ii, iii (either case). */
    private enum Numbering {
        ARABIC, ROMAN;

        static Numbering of(String label) {
            if (label.matches("[0-9]{1,6}")) {
                return ARABIC;
            }
            return label.matches("(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})") && !label.isEmpty()
                    ? ROMAN : null;
        }

        int value(String label) {
            if (this == ARABIC) {
                return Integer.parseInt(label);
            }
            String s = label.toLowerCase(Locale.ROOT);
            int total = 0;
            for (int i = 0; i < s.length(); i++) {
                int v = digit(s.charAt(i));
                total += i + 1 < s.length() && v < digit(s.charAt(i + 1)) ? -v : v;
            }
            return total;
        }

        private static int digit(char c) {
            return switch (c) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                case 'c' -> 100;
                case 'd' -> 500;
                default -> 1000;
            };
        }
    }
}
