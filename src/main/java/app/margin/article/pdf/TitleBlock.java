package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The authors in a paper's title block: on the document's first page, from the top down to the first column that is
 * not centred (the abstract, the first heading), short centred lines below the title. Each author's lines (name,
 * affiliation, address, e-mail) are one paragraph, read as one ("Lars Thørväld · The Thørväld Group · Hekla,
 * Iceland · larst@affiliation.org"), where the page sets them as lines of their own.
 *
 * <p>An author starts at a line set larger than the line before it (a name after the last author's address), and at
 * a new column that is not set smaller than the line before it (the next author's block, set apart by white space);
 * an affiliation set smaller in a column of its own below its name (Elsevier's) goes on in it, unless it starts with
 * a small letter ("by", "submitted to"). A line wholly in parentheses goes on ("(MUSO Collaboration)"); a date
 * ("(Dated: August 10, 2010)", "15 February 2006") and a bold line (a title in body size, a heading) are no author's.
 * The title (the page's largest type, and a subtitle in its column) is never an author's, and the abstract's heading
 * ends the block; set alone on its line in the body's type over the abstract's text (AASTeX's centred "ABSTRACT"),
 * it is a paragraph of its own, not the abstract's first words. Only lines that look like an author's are taken: two or more, the first like a name, some set
 * smaller than the first (a name above its affiliation) or one with an e-mail address; a title page's centred
 * copyright line and date stay as they were. Lines right under the title, each a centred column of its own in a size
 * between the title's and the body's, not bold, that are a date or a name alone ("Oren Patashnik", "February 8, 1988"
 * in btxdoc.pdf) are a paragraph each, marked as an author's first line, so that they read as the lead and no heading.
 */
final class TitleBlock {
    /** What a line of the title block is. */
    enum Mark {
        /** Not an author's: read as any line. */
        NONE,
        /** An author's first line, or a line of the title block that is a paragraph of its own (a name alone, a date). */
        STARTS,
        /** An author's next line, a line of its own ("Hekla, Iceland"). */
        GOES_ON,
        /** An author's next line that goes on in the line before it (it ended with a comma or "and"). */
        RUNS_ON
    }

    private static final Pattern EMAIL = Pattern.compile(".*[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+.*");
    /** A date or a version: "(Dated: August 10, 2010)", "Received …", "2019/12/05 v1.19", "22 novembre 2018". */
    private static final Pattern DATE = Pattern.compile("(?iu)^\\(?\\s*(dated|date|received|accepted|revised|published"
            + "|submitted|version|v\\d)\\b.*|.*\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b.*|\\s*(19|20)\\d\\d\\s*"
            + "|.*\\b(jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
            + "|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre"
            + "|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)\\.?\\s+"
            + "(\\d{1,2}(st|nd|rd|th)?,?\\s+)?(19|20)\\d\\d\\b.*");
    /** The abstract's heading, which ends the title block. */
    private static final Pattern ABSTRACT = Pattern.compile(
            "(?i)^(abstract|summary|zusammenfassung|résumé|resumo|resumen|riassunto|sommario)\\b.{0,20}");
    /** The abstract's heading alone on its line ("ABSTRACT", "Abstract."), not run into its text. */
    private static final Pattern HEADING_ALONE = Pattern.compile("(?iu)\\p{L}+[.:]?");
    /** A word of a name: a capital first, then letters, apostrophes, hyphens, full stops ("D.", "O'Neil", "Jean-Paul"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    /** Words between names: "and", "&", "von", "van", "de", "der", "da", "di", "du", "la", "le". */
    private static final Pattern PARTICLE = Pattern.compile("and|&|von|van|de|der|den|da|di|du|la|le");
    /** A line's centre may sit this many body ems off its column's. */
    private static final float CENTRE_EMS = 0.5f;

    private record At(int region, int line) {}

    private TitleBlock() {}

    /**
     * For each region of the first page (in reading order) and each of its lines, what it is: all {@link Mark#NONE}
     * when the page has no authors in a title block.
     */
    static Mark[][] authors(List<ReadingOrder.Region> regions, List<List<Paragraphs.Line>> lines, float body) {
        Mark[][] marks = new Mark[lines.size()][];
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float largest = 0;
        for (int r = 0; r < lines.size(); r++) {
            marks[r] = new Mark[lines.get(r).size()];
            java.util.Arrays.fill(marks[r], Mark.NONE);
            for (Paragraphs.Line line : lines.get(r)) {
                left = Math.min(left, line.x0());
                right = Math.max(right, line.x1());
                largest = Math.max(largest, line.size());
            }
        }
        float title = largest >= body + 1 ? largest - 0.5f : Float.MAX_VALUE;
        List<List<At>> authors = new ArrayList<>();
        List<At> author = null;
        List<At> under = new ArrayList<>(); // lines of their own right under the title, in a size between it and the body
        boolean underTitle = false;
        block:
        for (int r = 0; r < lines.size(); r++) {
            List<Paragraphs.Line> column = lines.get(r);
            if (column.stream().anyMatch(l -> l.size() >= title)) {
                author = null; // the title, and a subtitle under it
                underTitle = true;
                continue;
            }
            if (!centred(column, (left + right) / 2, right - left, body)) {
                break; // the abstract, a heading, the text: the title block has ended
            }
            for (int i = 0; i < column.size(); i++) {
                Paragraphs.Line line = column.get(i);
                if (ABSTRACT.matcher(line.text()).matches()) {
                    break block;
                }
                underTitle &= column.size() == 1 && !line.bold() && Headings.larger(line.size(), body);
                if (underTitle) {
                    under.add(new At(r, i));
                }
                if (line.bold() || DATE.matcher(line.text()).matches()) {
                    author = null; // a title in body size, a heading, a date: no author's
                    continue;
                }
                Paragraphs.Line before = author == null ? null : line(lines, author.get(author.size() - 1));
                boolean sameColumn = author != null && author.get(author.size() - 1).region() == r;
                boolean starts = before == null
                        || (sameColumn ? larger(line, before) && !parenthesized(line.text())
                                : !larger(before, line) || startsLower(line));
                if (starts) {
                    author = new ArrayList<>();
                    authors.add(author);
                }
                author.add(new At(r, i));
            }
        }
        for (List<At> a : authors) {
            if (!looksLikeAnAuthor(a, lines)) {
                continue;
            }
            for (int k = 0; k < a.size(); k++) {
                At at = a.get(k);
                marks[at.region()][at.line()] = k == 0 ? Mark.STARTS
                        : runsOn(line(lines, a.get(k - 1))) ? Mark.RUNS_ON : Mark.GOES_ON;
            }
        }
        for (At at : under) {
            Paragraphs.Line line = line(lines, at);
            boolean alone = authors.stream().anyMatch(a -> a.size() == 1 && a.get(0).equals(at));
            if (marks[at.region()][at.line()] == Mark.NONE
                    && (DATE.matcher(line.text()).matches() || alone && name(line.text()))) {
                marks[at.region()][at.line()] = Mark.STARTS; // a paragraph of its own, not a heading
            }
        }
        abstractHeading(lines, marks, body);
        return marks;
    }

    /**
     * Marks the abstract's heading as a line of its own where it stands alone on its line over the abstract's text
     * in the body's type (not bold, not larger), which would otherwise read it as the abstract's first word.
     */
    private static void abstractHeading(List<List<Paragraphs.Line>> lines, Mark[][] marks, float body) {
        for (int r = 0; r < lines.size(); r++) {
            List<Paragraphs.Line> column = lines.get(r);
            for (int i = 0; i + 1 < column.size(); i++) {
                Paragraphs.Line line = column.get(i);
                if (ABSTRACT.matcher(line.text()).matches() && HEADING_ALONE.matcher(line.text()).matches()) {
                    if (!line.bold() && !Headings.larger(line.size(), body) && marks[r][i] == Mark.NONE) {
                        marks[r][i] = Mark.STARTS;
                    }
                    return;
                }
            }
        }
    }

    /**
     * Whether a line reads as names: two words or more, each a capital's (an initial, "Patashnik", "Jean-Paul") or
     * a particle ("and", "von", "de"), a mark after a name aside; no digits, no colon.
     */
    private static boolean name(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 12) {
            return false;
        }
        for (String word : words) {
            String w = word.replaceAll("[,*∗†‡]+$", "");
            if (!PARTICLE.matcher(w).matches() && !NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether any line of the region is an author's. */
    static boolean any(Mark[] region) {
        for (Mark m : region) {
            if (m != Mark.NONE) {
                return true;
            }
        }
        return false;
    }

    private static Paragraphs.Line line(List<List<Paragraphs.Line>> lines, At at) {
        return lines.get(at.region()).get(at.line());
    }

    /**
     * Whether a column's lines are centred: one line on the page's text, not filling it; several on one axis, not all
     * of one width (a justified paragraph's full lines share an axis too), and none a caption.
     */
    private static boolean centred(List<Paragraphs.Line> column, float middle, float width, float em) {
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        float axis = (column.get(0).x0() + column.get(0).x1()) / 2;
        for (Paragraphs.Line line : column) {
            if (Breaks.caption(line.text()) || Math.abs((line.x0() + line.x1()) / 2 - axis) > CENTRE_EMS * em) {
                return false;
            }
            narrowest = Math.min(narrowest, line.x1() - line.x0());
            widest = Math.max(widest, line.x1() - line.x0());
        }
        if (column.size() == 1) {
            return Math.abs(axis - middle) <= Math.max(em, 0.02f * width) && widest <= 0.85f * width;
        }
        return widest - narrowest > em;
    }

    /** Whether {@code a} is set larger than {@code b}. */
    private static boolean larger(Paragraphs.Line a, Paragraphs.Line b) {
        return a.size() > b.size() + 0.9f;
    }

    /**
     * Whether the line starts with a small letter that is not raised (an affiliation's raised "a" is its mark): "by",
     * "eingereicht am" on a thesis' title page go on in no author.
     */
    private static boolean startsLower(Paragraphs.Line line) {
        return Character.isLowerCase(line.text().codePointAt(0)) && line.shifts().stream()
                .noneMatch(r -> r.kind() == Fragment.Shift.Kind.RAISED && r.start() == 0);
    }

    private static boolean parenthesized(String text) {
        return text.startsWith("(") && text.endsWith(")");
    }

    /**
     * Two lines or more, the first like a name (a capital first, no colon, a dozen words at most: not "Acronym:
     * iPoWr", not "eingereicht am"), with a line set smaller than the first (a name above its affiliation) or an
     * e-mail address.
     */
    private static boolean looksLikeAnAuthor(List<At> author, List<List<Paragraphs.Line>> lines) {
        Paragraphs.Line first = line(lines, author.get(0));
        if (author.size() < 2 || !Character.isUpperCase(first.text().codePointAt(0)) || first.text().contains(":")
                || first.text().split(" ").length > 12) {
            return false;
        }
        for (At at : author) {
            Paragraphs.Line line = line(lines, at);
            if (larger(first, line) || EMAIL.matcher(line.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line after {@code a} goes on in its words: {@code a} ends with a comma, a hyphen or "and" (a line
     * starting in lower case may be an e-mail address, or start with an affiliation's raised letter).
     */
    private static boolean runsOn(Paragraphs.Line a) {
        String text = a.text();
        return text.endsWith(",") || text.endsWith("-") || text.endsWith(" and") || text.endsWith(" &");
    }
}
