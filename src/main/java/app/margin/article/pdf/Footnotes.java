package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's footnotes, taken out of its text and linked from their marks. A footnote is a line in smaller type (at
 * least 0.9 pt below the body's) in the lower half of the page, with no body-size text below it in its column and
 * body text above it, that starts with a mark the page's body text has raised: one to three digits (a full stop
 * or parenthesis after them or not) or * ∗ † ‡ § ¶ ‖, followed by a space, or any short run (a letter too) set
 * raised. The lines in small type below it in its column belong to it until the next mark; a gap of more than two
 * lines ends the notes. A rule above the notes is not looked for: the
 * size, the place and the mark are enough on the documents tried, and a rule alone (a table's, a figure's) says
 * little.
 *
 * <p>{@link FootnoteLinks} links the marks to the notes and puts the notes in the text. The text stays as the page
 * has it: the mark stays where it stands ("package2", the span over "2"), and the note's text starts with its mark as
 * its mark and a space ("1 The note.", and "1 La note." where the page sets "1. La note."). A note that runs on at the foot of the next page is
 * joined when it plainly does (see {@link #runOn}); else its last lines stay that page's small type.
 */
final class Footnotes {
    private static final Pattern MARK = Pattern.compile("^(([0-9]{1,3})[.)]?\\s|([*∗†‡§¶‖]{1,3})\\s?)\\s*(\\S.*)$");
    private static final float SMALLER = 0.9f;
    private static final Pattern ENDS = Pattern.compile("(?s).*[.!?)\\]”\"’»]\\s*$");

    private Footnotes() {}

    /**
     * The page's fragments without its footnotes; each footnote is added to {@code notes} as a {@code NOTE}
     * paragraph with its id ({@code "fn-p3-1"}: the page from 1, the note on the page from 1) and its mark.
     *
     * @param marked    the page's fragments whose raised runs may be a note's mark: with the cells of its tables,
     *                  as a table (or an author block read as one) calls notes too
     * @param fragments the page's fragments to take the notes from
     */
    static List<Fragment> take(PageEdges.Page page, List<Fragment> marked, List<Fragment> fragments, float body,
            List<PdfParagraph> notes) {
        List<Fragment> small = new ArrayList<>();
        for (Fragment f : fragments) {
            if (small(f, body) && f.y() > 0.5f * page.height()) {
                small.add(f);
            }
        }
        if (small.isEmpty()) {
            return fragments;
        }
        java.util.Set<String> called = called(marked, body);
        small.sort(Comparator.comparingDouble(Fragment::y).thenComparingDouble(Fragment::x0));
        java.util.Set<Fragment> taken = new java.util.HashSet<>();
        runOn(page, small, fragments, body, called, notes, taken);
        List<Note> found = new ArrayList<>();
        for (Fragment start : small) {
            if (called.isEmpty()) {
                break;
            }
            if (taken.contains(start) || mark(start, called) == null || !atFoot(start, fragments, body)) {
                continue;
            }
            Note note = null;
            float lastY = start.y();
            for (Fragment f : small) {
                if (taken.contains(f) || f.y() < start.y() - 0.3f * f.size() || !overlaps(f, start)) {
                    continue;
                }
                if (f.y() - lastY > 2.2f * f.size()) {
                    break;
                }
                String[] mark = mark(f, called);
                if (mark != null) {
                    note = new Note(f, mark[0], new StringBuilder(mark[1]));
                    found.add(note);
                } else if (note != null) {
                    join(note.text, f.text());
                } else {
                    continue;
                }
                taken.add(f);
                lastY = f.y();
            }
        }
        if (taken.isEmpty()) {
            return fragments;
        }
        // Reading order of the notes: column by column as the page reads, top to bottom in each.
        found.sort(Comparator.comparingDouble((Note n) -> column(n, found)).thenComparingDouble(n -> n.first.y()));
        int n = 1;
        for (Note note : found) {
            String id = "fn-p" + (page.index() + 1) + "-" + n++;
            // The note starts with its mark alone ("1 La note.", not "1. La note."), as the reader shows a note's
            // number beside a note that does not start with it: yathesis-fr.pdf's notes showed "1 1. Sauf …".
            notes.add(new PdfParagraph(note.mark + " " + note.text, page.index(), note.first.x0(),
                    note.first.top(), note.first.size(), note.first.bold(), PdfParagraph.Kind.NOTE, 0, List.of(), id,
                    note.mark));
        }
        List<Fragment> kept = new ArrayList<>(fragments.size());
        for (Fragment f : fragments) {
            if (!taken.contains(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** A note being read: its first line, its mark ("1" where the page sets "1."), its text after it. */
    private record Note(Fragment first, String mark, StringBuilder text) {}

    /**
     * The end of the last page's last note, when it runs on here: that note does not end a sentence, and the top
     * unmarked small line at the foot of this page's first column starts in lower case (or the note ended with a
     * hyphen, a comma, a semicolon or a colon). That line and the small lines below it, up to a marked one, join the note.
     */
    private static void runOn(PageEdges.Page page, List<Fragment> small, List<Fragment> fragments, float body,
            java.util.Set<String> called, List<PdfParagraph> notes, java.util.Set<Fragment> taken) {
        PdfParagraph last = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        if (last == null || last.page() != page.index() - 1 || ENDS.matcher(last.text()).matches()) {
            return;
        }
        Fragment start = null;
        for (Fragment f : small) {
            // a line with words: a summation's small "n" over its sign (nwejm p. 2) is no note's end
            if (mark(f, called) == null && words(f.text()) && atFoot(f, fragments, body)
                    && (start == null || f.x1() < start.x0() || overlaps(f, start) && f.y() < start.y())) {
                start = f;
            }
        }
        char end = last.text().charAt(last.text().length() - 1);
        // ";" and ":" end a note's line that lists works (nwejm's "Ensenbach et Trettin, 2016, Das … ;"), the next
        // work's authors starting the next page's foot with a capital
        if (start == null || !(Character.isLowerCase(start.text().codePointAt(0)) || "-,;:".indexOf(end) >= 0)) {
            return;
        }
        StringBuilder text = new StringBuilder(last.text());
        float lastY = start.y();
        for (Fragment f : small) {
            if (f.y() < start.y() - 0.3f * f.size() || !overlaps(f, start)) {
                continue;
            }
            if (f.y() - lastY > 2.2f * f.size() || mark(f, called) != null) {
                break;
            }
            join(text, f.text());
            taken.add(f);
            lastY = f.y();
        }
        notes.set(notes.size() - 1, last.withText(text.toString()));
    }

    /** The left end of the leftmost note that shares a column with this one. */
    private static float column(Note note, List<Note> all) {
        float x = note.first.x0();
        for (Note other : all) {
            if (overlaps(other.first, note.first)) {
                x = Math.min(x, other.first.x0());
            }
        }
        return x;
    }

    private static boolean small(Fragment f, float body) {
        return f.size() <= body - SMALLER && f.size() >= 0.45f * body;
    }

    /** Body-size text above it in its column and none below it. */
    private static boolean atFoot(Fragment note, List<Fragment> fragments, float body) {
        boolean above = false;
        for (Fragment f : fragments) {
            if (small(f, body) || !overlaps(f, note)) {
                continue;
            }
            if (f.y() > note.y()) {
                return false;
            }
            above = true;
        }
        return above;
    }

    private static boolean overlaps(Fragment a, Fragment b) {
        return Math.min(a.x1(), b.x1()) > Math.max(a.x0(), b.x0());
    }

    /** The raised runs of the page's body-size text: the marks a footnote may have. */
    private static java.util.Set<String> called(List<Fragment> fragments, float body) {
        java.util.Set<String> marks = new java.util.HashSet<>();
        for (Fragment f : fragments) {
            if (!small(f, body)) {
                f.raised().forEach(r -> marks.addAll(marks(f.text().substring(r.start(), r.end()))));
            }
        }
        return marks;
    }

    /**
     * A raised run as marks: itself, and each of its marks when it lists several ("3,4" calls notes 3 and 4, as
     * nwejm sets an author's affiliations: its notes 3, 4 and 5 had run into note 2).
     */
    static List<String> marks(String raised) {
        String run = raised.strip();
        List<String> marks = new ArrayList<>(List.of(run));
        if (run.indexOf(',') >= 0) { // ",4" too: what is left raised once "3" of "3,4" links its note
            for (String piece : run.split(",")) {
                String mark = piece.strip();
                if (mark.codePointCount(0, mark.length()) > 3) {
                    return List.of(run);
                }
                if (!mark.isEmpty()) {
                    marks.add(mark);
                }
            }
        }
        return marks;
    }

    /**
     * The line's footnote mark and the text after it, or {@code null} when it does not start with a mark that the
     * page's body text has raised.
     */
    private static String[] mark(Fragment f, java.util.Set<String> called) {
        String[] mark = mark(f);
        return mark != null && called.contains(mark[0]) ? mark : null;
    }

    private static String[] mark(Fragment f) {
        String text = f.text();
        if (!f.raised().isEmpty() && f.raised().get(0).start() == 0) {
            Fragment.Shift r = f.raised().get(0);
            String mark = text.substring(0, r.end()).strip();
            String rest = text.substring(r.end()).strip();
            if (mark.codePointCount(0, mark.length()) <= 3 && words(rest)) {
                return new String[] {mark, rest};
            }
        }
        Matcher m = MARK.matcher(text);
        if (!m.matches() || !words(m.group(4))) {
            return null;
        }
        return new String[] {m.group(2) != null ? m.group(2) : m.group(3), m.group(4)};
    }

    /** Whether a note's text has words in it (three letters or more), not only numbers as a table's row has. */
    private static boolean words(String rest) {
        return rest.codePoints().filter(Character::isLetter).limit(3).count() == 3;
    }

    /**
     * Appends a line to a paragraph's text; a hyphen at the line's end before a word in lower case is left as
     * {@link Hyphens#MARK}, for {@link Hyphens} to keep or join.
     */
    static void join(StringBuilder text, String line) {
        int end = text.length() - 1;
        if (end < 0) {
            text.append(line);
            return;
        }
        char last = text.charAt(end);
        if (last == '-' && end > 0 && Character.isLetter(text.charAt(end - 1))
                && Character.isLowerCase(line.codePointAt(0))) {
            text.setCharAt(end, Hyphens.MARK); // joined or kept by Hyphens
        } else if (!(last == '-' && end > 0 && !Character.isWhitespace(text.charAt(end - 1)))) {
            text.append(' ');
        }
        text.append(line);
    }
}
