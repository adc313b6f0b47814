package app.margin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How one paragraph is set beyond its plain text: what it is (a list item, a quote, a table row, a figure…), its
 * inline spans, its alignment, the element ids that point at it and the page it was on. A paragraph without a form
 * is a body paragraph. The text itself stays a plain string, the one thing anchors, find, reading positions and
 * cards read: a form changes only how it looks.
 *
 * @param role     what the paragraph is
 * @param depth    nesting: a list item's or a quote's level, from 1, or a heading's level inside its section (a
 *                 {@link Role#SUBHEADING}, one the outline does not list); 0 for other roles
 * @param marker   a list item's marker as the source numbers it ("•", "3.", "iv."), or {@code null}; not part of the
 *                 text, so it is never quoted or found
 * @param align    the source's alignment where it carries meaning (a centred title page)
 * @param spans    inline styles, ordered by start; they may nest (a link in emphasis) but stay inside the text
 * @param picture  for {@link Role#FIGURE}: the picture shown above the text; else {@code null}
 * @param ids      element ids that start at this paragraph (link and footnote targets), without '#'
 * @param page     the page the paragraph starts on as the source labels it ("iv", "12"), or {@code null}
 * @param ruleAbove whether a horizontal rule (a scene break) comes before the paragraph
 * @param loose    whether the paragraph, a list item's (or a definition's), is spaced as paragraphs are rather than
 *                 set close to the next item: the source's list is loose (HTML items holding {@code p} blocks,
 *                 Markdown's blank lines between items)
 * @param cells    for a table row: its cells' own alignment, column span and row span, in the order of the text's
 *                 cells (split by {@link #CELL}); a cell past the list's end is {@link Cell#PLAIN}, so the list is
 *                 empty for most rows, and for other roles
 * @param tableStart for a table row: whether it is its table's first row, so that a table straight after another
 *                 (a row above it, with nothing between) is a table of its own; a row after a paragraph that is not
 *                 a row starts a table either way ({@link #continuesTable}). Always false for other roles
 */
public record ParagraphForm(Role role, int depth, String marker, Align align, List<Span> spans, Picture picture,
                            List<String> ids, String page, boolean ruleAbove, boolean loose, List<Cell> cells,
                            boolean tableStart) {

    /** What a paragraph is. Code blocks stay {@link Section#preformatted()}. */
    public enum Role {
        BODY("body"), SUBHEADING("subheading"), LIST_ITEM("item"), QUOTE("quote"), TERM("term"), DEFINITION("definition"),
        TABLE_HEADER("table-header"), TABLE_ROW("table-row"), FIGURE("figure"), CAPTION("caption"),
        NOTE("note");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Role ofKey(String key) {
            for (Role r : values()) {
                if (r.key.equals(key)) {
                    return r;
                }
            }
            return null;
        }

        /** Whether the paragraph's text is table cells separated by {@link #CELL}. */
        public boolean tabular() {
            return this == TABLE_HEADER || this == TABLE_ROW;
        }
    }

    public enum Align { START, CENTER, END }

    /**
     * A table cell's own setting: its alignment as the source gives it ({@link Align#START} when it gives none), how
     * many columns it spans, from 1 to {@value #MAX_SPAN}, and how many rows, from 1 to {@value #MAX_ROWS}. The cell's
     * text stays one cell of the row's text, so anchors in a row land as before; a cell spanning rows stands in its
     * first row, and each row below that it covers keeps an empty cell of its own in its place.
     */
    public record Cell(Align align, int span, int rows) {
        /** HTML's own limit for {@code colspan}. */
        public static final int MAX_SPAN = 1000;
        /** HTML's own limit for {@code rowspan}. */
        public static final int MAX_ROWS = 65_534;
        public static final Cell PLAIN = new Cell(Align.START, 1, 1);

        public Cell {
            Objects.requireNonNull(align, "align");
            if (span < 1 || span > MAX_SPAN) {
                throw new IllegalArgumentException("a cell spans 1 to " + MAX_SPAN + " columns, not " + span);
            }
            if (rows < 1 || rows > MAX_ROWS) {
                throw new IllegalArgumentException("a cell spans 1 to " + MAX_ROWS + " rows, not " + rows);
            }
        }

        /** A cell of one row. */
        public Cell(Align align, int span) {
            this(align, span, 1);
        }

        /** Whether the cell sets nothing: start-aligned, one column, one row. */
        public boolean plain() {
            // Compared by hand: a record's equals is bootstrapped at its first call (~ms, on the way to a book's
            // first page).
            return align == Align.START && span == 1 && rows == 1;
        }
    }

    /** Between the cells of a table row's text. */
    public static final char CELL = '\t';

    /** The form of a paragraph with nothing special about it. */
    public static final ParagraphForm PLAIN = new ParagraphForm(Role.BODY, 0, null, Align.START, List.of(), null,
            List.of(), null, false);

    /** A form set close to the next paragraph of its kind (a tight list's item, as most are), its cells plain. */
    public ParagraphForm(Role role, int depth, String marker, Align align, List<Span> spans, Picture picture,
                         List<String> ids, String page, boolean ruleAbove) {
        this(role, depth, marker, align, spans, picture, ids, page, ruleAbove, false, List.of());
    }

    /** A form that starts no table of its own: a row of it continues the table of a row just above. */
    public ParagraphForm(Role role, int depth, String marker, Align align, List<Span> spans, Picture picture,
                         List<String> ids, String page, boolean ruleAbove, boolean loose, List<Cell> cells) {
        this(role, depth, marker, align, spans, picture, ids, page, ruleAbove, loose, cells, false);
    }

    public ParagraphForm {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(align, "align");
        depth = Math.max(0, depth);
        marker = marker == null || marker.isBlank() ? null : marker;
        spans = sorted(spans);
        ids = List.copyOf(ids);
        page = page == null || page.isBlank() ? null : page;
        if (role == Role.FIGURE) {
            Objects.requireNonNull(picture, "a figure's picture");
        } else {
            picture = null;
        }
        cells = role.tabular() ? withoutPlainEnd(cells) : List.of();
        tableStart = tableStart && role.tabular();
    }

    /**
     * Whether a paragraph of this form, straight after one of form {@code above}, is a row of the same table: both
     * are rows, and this one does not start a table of its own. A table ends where its element ends, so two tables
     * with nothing between them (a DocBook table and the note after it, also set as a table) stay two.
     */
    public boolean continuesTable(ParagraphForm above) {
        return role.tabular() && above.role.tabular() && !tableStart;
    }

    private static List<Cell> withoutPlainEnd(List<Cell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).plain()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    /** A table row's cell {@code index} (from 0, in the text's order): {@link Cell#PLAIN} past the list. */
    public Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.PLAIN;
    }

    /** How many cells a table row's text holds: its {@link #CELL} separators and one. */
    public static int cellCount(String text) {
        int n = 1;
        for (int i = text.indexOf(CELL); i >= 0; i = text.indexOf(CELL, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Span> sorted(List<Span> spans) {
        if (spans.size() < 2) {
            return List.copyOf(spans);
        }
        List<Span> list = new ArrayList<>(spans);
        list.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return List.copyOf(list);
    }

    /** Whether this form sets nothing: the paragraph is an ordinary body paragraph. */
    public boolean plain() {
        return role == Role.BODY && depth == 0 && marker == null && align == Align.START && spans.isEmpty()
                && ids.isEmpty() && page == null && !ruleAbove && !loose;
    }

    /**
     * Whether every span lies inside a text of this length.
     */
    public boolean fits(int length) {
        for (Span s : spans) {
            if (s.end() > length) {
                return false;
            }
        }
        return true;
    }

    public ParagraphForm withSpans(List<Span> newSpans) {
        return new ParagraphForm(role, depth, marker, align, newSpans, picture,
                ids, page, ruleAbove, loose, cells, tableStart);
    }

    public ParagraphForm withIds(List<String> newIds) {
        return new ParagraphForm(role, depth, marker, align, spans, picture,
                newIds, page, ruleAbove, loose, cells, tableStart);
    }

    public ParagraphForm withPage(String newPage) {
        return new ParagraphForm(role, depth, marker, align, spans, picture,
                ids, newPage, ruleAbove, loose, cells, tableStart);
    }

    public ParagraphForm withRuleAbove(boolean rule) {
        return new ParagraphForm(role, depth, marker, align, spans, picture, ids, page, rule, loose, cells, tableStart);
    }

    /** This form with another picture: a figure's, its size read from the file's header. */
    public ParagraphForm withPicture(Picture newPicture) {
        return new ParagraphForm(role, depth, marker, align, spans, newPicture,
                ids, page, ruleAbove, loose, cells, tableStart);
    }

    public ParagraphForm withLoose(boolean spaced) {
        return new ParagraphForm(role, depth, marker, align, spans, picture,
                ids, page, ruleAbove, spaced, cells, tableStart);
    }

    /**
     * The form of a code block ({@link Section#preformatted()}) standing where a paragraph of {@code role} would:
     * inside a list item, a quote, a description or a note it keeps that role and depth, so the page indents it with
     * its item (an item that starts with code has its marker beside it); elsewhere it is {@link #PLAIN}.
     */
    public static ParagraphForm nestedCode(Role role, int depth, String marker) {
        return switch (role) {
            case LIST_ITEM, QUOTE, DEFINITION, NOTE -> new ParagraphForm(role, depth,
                    role == Role.LIST_ITEM ? marker : null, Align.START, List.of(), null, List.of(), null, false);
            default -> PLAIN;
        };
    }

    /** This form with these cells (a table row's alignments and column and row spans). */
    public ParagraphForm withCells(List<Cell> newCells) {
        return new ParagraphForm(role, depth, marker, align, spans, picture,
                ids, page, ruleAbove, loose, newCells, tableStart);
    }

    /** This form as its table's first row, or not ({@link #tableStart}). */
    public ParagraphForm withTableStart(boolean start) {
        return new ParagraphForm(role, depth, marker, align, spans, picture, ids, page, ruleAbove, loose, cells, start);
    }

    /** A form of this role and nothing else. */
    public static ParagraphForm of(Role role) {
        return new ParagraphForm(role, 0, null, Align.START, List.of(), null, List.of(), null, false);
    }
}
