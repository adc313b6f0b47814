package app.margin.exchange.readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Kindle's {@code My Clippings.txt}: every book's highlights, notes and bookmarks, one clipping after another:
 *
 * <pre>
 * Title (Author)
 * - Your Highlight on page 12 | Location 180-182 | Added on Monday, 7 December 2026 10:20:31
 *
 * the highlighted words
 * ==========
 * </pre>
 *
 * The file is read a line at a time, so its size does not matter. A byte order mark (Kindle writes one before many
 * titles) and CRLF line ends are taken as they come; a clipping whose separator is missing or broken is still found
 * by its second line; a part that is not a clipping is named, not guessed at. A note is joined to the highlight it
 * belongs to (the highlight just before or after it in the same book whose location range holds the note's).
 */
public final class KindleClippings {

    /** The longest clipping text kept; Kindle itself cuts long highlights much sooner. */
    static final int MAX_TEXT = 100_000;

    private final String name;
    private final ZoneId zone;
    private final Consumer<ForeignHighlight> out;
    private final List<String> skipped;
    private final NoteJoiner joiner;

    // The clipping being read.
    private String title;
    private KindleHeader header;
    private int headerLine;
    private final StringBuilder text = new StringBuilder();
    private boolean cut;
    // A line read but not yet given to a clipping: it may be the next clipping's title.
    private String held;
    private int heldLine;
    private int strayFrom = -1;

    private KindleClippings(String name, ZoneId zone, Consumer<ForeignHighlight> out, List<String> skipped) {
        this.name = name;
        this.zone = zone;
        this.out = out;
        this.skipped = skipped;
        this.joiner = new NoteJoiner(out);
    }

    /** Reads a whole file into a list. */
    public static ForeignFile read(InputStream in, String name, ZoneId zone) throws IOException {
        List<ForeignHighlight> all = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        read(in, name, zone, all::add, skipped::add);
        return new ForeignFile(ReaderFormat.KINDLE, name, all, skipped);
    }

    /**
     * Reads clippings from {@code in} (not closed) and hands each to {@code out} as soon as it is complete; a part
     * that is not a clipping is named to {@code skipped}. Memory stays that of one clipping whatever the file's size.
     */
    public static void read(InputStream in, String name, ZoneId zone, Consumer<ForeignHighlight> out,
            Consumer<String> skipped) throws IOException {
        List<String> problems = new ArrayList<>();
        KindleClippings reader = new KindleClippings(name, zone, out, problems);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                64 * 1024);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            reader.line(line.replace("\uFEFF", ""), number);
            if (!problems.isEmpty()) {
                problems.forEach(skipped);
                problems.clear();
            }
        }
        reader.finish();
        problems.forEach(skipped);
    }

    private void line(String line, int number) {
        if (line.strip().matches("={5,}")) {
            release();
            end();
            return;
        }
        if (held != null && KindleHeader.looksLikeHeader(line.strip())) {
            end(); // a clipping whose separator is missing or broken ends where the next one's title starts
            title = held;
            held = null;
            header = KindleHeader.parse(line.strip(), zone);
            headerLine = number;
            return;
        }
        release();
        held = line;
        heldLine = number;
    }

    /** The held line belongs to the clipping being read (or to no clipping). */
    private void release() {
        if (held == null) {
            return;
        }
        if (header != null) {
            if (text.length() + held.length() > MAX_TEXT) {
                cut = true;
            } else {
                text.append(text.isEmpty() ? "" : "\n").append(held);
            }
        } else if (!held.isBlank() && strayFrom < 0) {
            strayFrom = heldLine;
        }
        held = null;
    }

    private void end() {
        if (strayFrom >= 0) {
            skipped.add(name + ", line " + strayFrom + ": text that is not part of a clipping (no '- Your Highlight"
                    + " …' line above it) was left out.");
            strayFrom = -1;
        }
        if (header != null) {
            if (cut) {
                skipped.add(name + ", line " + headerLine + ": the clipping is longer than " + MAX_TEXT
                        + " characters; only its beginning was kept.");
            }
            String[] book = titleAndAuthor(title);
            joiner.accept(new ForeignHighlight(ReaderFormat.KINDLE, header.kind(), book[0], book[1],
                    header.kind() == ForeignHighlight.Kind.NOTE ? "" : text.toString(),
                    header.kind() == ForeignHighlight.Kind.NOTE ? text.toString() : "", "", header.added(), "",
                    header.describe(), name + ", line " + (headerLine - 1)), header);
        }
        title = null;
        header = null;
        text.setLength(0);
        cut = false;
    }

    private void finish() {
        release();
        end();
        joiner.flush();
    }

    /** "Title (Author)" → {title, author}; the last bracketed part is the author, as Kindle writes it. */
    static String[] titleAndAuthor(String line) {
        String t = line == null ? "" : line.strip();
        if (t.endsWith(")")) {
            int depth = 0;
            for (int i = t.length() - 1; i >= 0; i--) {
                char c = t.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    return i == 0 ? new String[] {t, ""}
                            : new String[] {t.substring(0, i).strip(), t.substring(i + 1, t.length() - 1).strip()};
                }
            }
        }
        return new String[] {t, ""};
    }

    /**
     * Joins each note to its highlight: Kindle writes a note just after (sometimes just before) the highlight it
     * was typed on, at the location where the highlight ends. Holds back at most one highlight and one note.
     */
    private static final class NoteJoiner {
        private final Consumer<ForeignHighlight> out;
        private ForeignHighlight highlight;
        private KindleHeader highlightHeader;
        private ForeignHighlight note;
        private KindleHeader noteHeader;

        NoteJoiner(Consumer<ForeignHighlight> out) {
            this.out = out;
        }

        void accept(ForeignHighlight mark, KindleHeader header) {
            switch (mark.kind()) {
                case NOTE -> {
                    if (highlight != null && highlight.book().equals(mark.book())
                            && highlightHeader.covers(header.locationStart())) {
                        highlight = highlight.withNote(mark.note());
                    } else {
                        flushNote();
                        note = mark;
                        noteHeader = header;
                    }
                }
                case HIGHLIGHT -> {
                    flushHighlight();
                    if (note != null && note.book().equals(mark.book()) && header.covers(noteHeader.locationStart())) {
                        mark = mark.withNote(note.note());
                        note = null;
                    }
                    flushNote();
                    highlight = mark;
                    highlightHeader = header;
                }
                case BOOKMARK -> {
                    flush();
                    out.accept(mark);
                }
            }
        }

        void flush() {
            flushHighlight();
            flushNote();
        }

        private void flushHighlight() {
            if (highlight != null) {
                out.accept(highlight);
                highlight = null;
            }
        }

        private void flushNote() {
            if (note != null) {
                out.accept(note);
                note = null;
            }
        }
    }
}
