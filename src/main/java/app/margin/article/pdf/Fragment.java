package app.margin.article.pdf;

/**
 * A run of words on one baseline with no wide gap inside: a line of a column, a cell of a table, a page number.
 *
 * @param size   the size most of its letters are set in
 * @param bold   whether (nearly) all its letters are bold: a run-in bold phrase does not make a line bold; a word in
 *               typewriter or mathematics (not bold) inside a line otherwise bold leaves it bold, unless such
 *               letters outnumber the bold ones
 * @param shifts the runs of its text set smaller and above its baseline (superscripts, footnote marks) or below it
 *               (subscripts), in order
 * @param math   how many of its characters are set in a font of mathematics
 * @param words  how many of its letters are set in a font that is not one of mathematics
 */
record Fragment(float x0, float x1, float y, float size, boolean bold, String text, java.util.List<Shift> shifts,
                int math, int words) {
    /**
     * Characters {@code start} (inclusive) to {@code end} (exclusive) of a text set apart: smaller and raised or
     * lowered, or in an italic, a monospaced or a bold face; or under one of the document's links, {@code target}
     * naming it until its place is looked up ({@link PdfLinks#pending}).
     */
    record Shift(int start, int end, Kind kind, String target) {
        enum Kind { RAISED, LOWERED, ITALIC, MONO, BOLD, LINK }

        Shift(int start, int end, Kind kind) {
            this(start, end, kind, null);
        }

        Shift(int start, int end, boolean lowered) {
            this(start, end, lowered ? Kind.LOWERED : Kind.RAISED);
        }

        boolean lowered() {
            return kind == Kind.LOWERED;
        }

        Shift shifted(int by) {
            return new Shift(start + by, end + by, kind, target);
        }

        /**
         * The runs of a text {@code length} long as spans: raised ones superscript (among them the marks
         * {@link FootnoteLinks} looks for), lowered ones subscript, the faces' emphasis, code and strong, and the
         * document's links (their targets still pending: {@link LinkTargets}).
         */
        static java.util.List<app.margin.model.Span> spans(java.util.List<Shift> shifts, int length) {
            java.util.List<app.margin.model.Span> spans = new java.util.ArrayList<>(shifts.size());
            for (Shift r : shifts) {
                if (r.end() <= length && r.start() < r.end()) {
                    spans.add(new app.margin.model.Span(r.start(), r.end(), switch (r.kind()) {
                        case LOWERED -> app.margin.model.Span.Style.SUBSCRIPT;
                        case RAISED -> app.margin.model.Span.Style.SUPERSCRIPT;
                        case ITALIC -> app.margin.model.Span.Style.EMPHASIS;
                        case MONO -> app.margin.model.Span.Style.CODE;
                        case BOLD -> app.margin.model.Span.Style.STRONG;
                        case LINK -> app.margin.model.Span.Style.LINK;
                    }, r.target()));
                }
            }
            return spans;
        }
    }

    Fragment {
        shifts = java.util.List.copyOf(shifts);
    }

    /**
     * As a record's own: every component alike. Written out because a record's generated equals and hashCode are
     * linked through method handles at their first call (~11 ms each on the installed runtime, a PDF's first page
     * waiting for it: fragments go into hash sets from the first pages on).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fragment f && Float.compare(x0, f.x0) == 0 && Float.compare(x1, f.x1) == 0
                && Float.compare(y, f.y) == 0 && Float.compare(size, f.size) == 0 && bold == f.bold
                && math == f.math && words == f.words && java.util.Objects.equals(text, f.text)
                && shifts.equals(f.shifts);
    }

    /** From its place, size and text: equal fragments have them equal (see {@link #equals}). */
    @Override
    public int hashCode() {
        int h = Float.hashCode(x0);
        h = 31 * h + Float.hashCode(x1);
        h = 31 * h + Float.hashCode(y);
        h = 31 * h + Float.hashCode(size);
        return 31 * h + java.util.Objects.hashCode(text);
    }

    Fragment(float x0, float x1, float y, float size, boolean bold, String text) {
        this(x0, x1, y, size, bold, text, java.util.List.of(), 0, 0);
    }

    /** The runs set raised (superscripts, footnote marks), in order. */
    java.util.List<Shift> raised() {
        return shifts.stream().filter(s -> s.kind() == Shift.Kind.RAISED).toList();
    }

    float top() {
        return y - 0.75f * size;
    }

    float bottom() {
        return y + 0.25f * size;
    }

    float width() {
        return x1 - x0;
    }

    Fragment joinedWith(Fragment right) {
        float total = text.length() + right.text.length();
        float mixed = (size * text.length() + right.size * right.text.length()) / Math.max(1f, total);
        return new Fragment(Math.min(x0, right.x0), Math.max(x1, right.x1), size >= right.size ? y : right.y, mixed,
                bold && right.bold, text + " " + right.text, joined(right), math + right.math, words + right.words);
    }

    private java.util.List<Shift> joined(Fragment right) {
        if (right.shifts.isEmpty()) {
            return shifts;
        }
        java.util.List<Shift> all = new java.util.ArrayList<>(shifts);
        right.shifts.forEach(r -> all.add(r.shifted(text.length() + 1)));
        return all;
    }
}
