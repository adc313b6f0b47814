package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Picture;
import app.margin.model.Placement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Markdown study sheet of one article's annotations, for printing, sharing or pasting into other notes:
 *
 * <pre>
 * # Title
 *
 * *Byline*
 *
 * Study notes exported from Margin on 2025-03-04.
 *
 * ## Section title          (one heading per section that has annotations, in reading order;
 *                            '#' depth = section level + 1; the lead is headed by the title, as in the outline)
 * section notes, each "**Section note** · Tags: #exam #week-3 · 2025-03-01 09:30" then its text
 * > highlighted passage     (highlights in reading order, then their note and
 * note text                  "*Yellow highlight · Tags: … · time*")
 * - Bookmark: name
 *
 * ## Unplaced               (annotations whose passage no longer appears in the article)
 * </pre>
 *
 * Annotations go under the section where their anchor resolves now, not where they were made. The reader's text
 * is escaped only where Markdown would read it as something else (see {@link MarkdownText}). Times are shown in
 * the clock's zone. The lead is headed by the article's title, the name the outline gives it.
 */
public final class StudySheet {

    /** What Anki tags call the lead (the sheet heads it by the article's title, as the outline does). */
    public static final String LEAD_HEADING = "Introduction";
    /** The heading of annotations whose anchor no longer resolves. */
    public static final String UNPLACED_HEADING = "Unplaced";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private StudySheet() {}

    /** The sheet dated today, times in the system's zone. */
    public static String markdown(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks,
            Function<Anchor, Optional<Placement>> placement) {
        return markdown(layout, notes, bookmarks, placement, Clock.systemDefaultZone());
    }

    /**
     * The sheet.
     *
     * @param placement where an anchor sits now, e.g. {@code new AnchorResolver(layout)::resolve}
     * @param clock     gives the export date and the zone times are shown in
     */
    public static String markdown(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks,
            Function<Anchor, Optional<Placement>> placement, Clock clock) {
        return markdown(of(layout, notes, bookmarks, placement, clock));
    }

    /**
     * What the sheet holds, in the order it shows it: the one content model the Markdown sheet, the PDF and the
     * printed sheet are all made from.
     *
     * @param title    the article's title
     * @param byline   its byline, or empty
     * @param exported the day the sheet was made
     * @param zone     the zone its times are shown in
     * @param parts    one per heading with annotations, in reading order; the unplaced ones last
     * @param marks    for a highlight whose passage has emphasis, code or links: those spans, with offsets into its
     *                 quoted words, by the note's id
     * @param pages    for an annotation in a paged source (a PDF): the page its words are on ("12", "iv"), by its id
     * @param pictures for a highlight on a figure (its caption or alt text): the figure's picture, by the note's id
     * @param pictureBase where the article's pictures are ({@link app.margin.model.Article#pictureBase()}), or
     *                 {@code null}; {@link app.margin.article.PictureFiles#read} reads them from there
     */
    public record Sheet(String title, String byline, LocalDate exported, ZoneId zone, List<Part> parts,
                        Map<String, List<Span>> marks, Map<String, String> pages, Map<String, Picture> pictures,
                        String pictureBase) {
        public Sheet {
            byline = byline == null ? "" : byline;
            parts = List.copyOf(parts);
            marks = Map.copyOf(marks);
            pages = Map.copyOf(pages);
            pictures = Map.copyOf(pictures);
        }

        /** A sheet without pictures. */
        public Sheet(String title, String byline, LocalDate exported, ZoneId zone, List<Part> parts,
                     Map<String, List<Span>> marks, Map<String, String> pages) {
            this(title, byline, exported, zone, parts, marks, pages, Map.of(), null);
        }

        /** A sheet whose passages are plain text. */
        public Sheet(String title, String byline, LocalDate exported, ZoneId zone, List<Part> parts) {
            this(title, byline, exported, zone, parts, Map.of(), Map.of());
        }

        /** The sheet of one section only (with its section notes, highlights and bookmarks). */
        public Sheet only(String sectionId) {
            return new Sheet(title, byline, exported, zone,
                    parts.stream().filter(p -> !p.unplaced() && p.sectionId().equals(sectionId)).toList(), marks,
                    pages, pictures, pictureBase);
        }

        /** "p. 12" for an annotation of a paged source, or empty: students cite pages. */
        public Optional<String> pageOf(String annotationId) {
            String page = pages.get(annotationId);
            return page == null ? Optional.empty() : Optional.of("p. " + page);
        }

        /** The spans of a highlight's quoted words (offsets into them); empty when they are plain. */
        public List<Span> marksOf(Note note) {
            return marks.getOrDefault(note.id(), List.of());
        }

        /** The picture of the figure a highlight is on, if it is on one. */
        public Optional<Picture> pictureOf(Note note) {
            return Optional.ofNullable(pictures.get(note.id()));
        }

        /** Every note on the sheet, section notes and highlights, in the sheet's order. */
        public List<Note> notes() {
            List<Note> all = new ArrayList<>();
            for (Part part : parts) {
                all.addAll(part.sectionNotes());
                all.addAll(part.highlights());
            }
            return all;
        }
    }

    /**
     * One heading of the sheet and what goes under it, each list in reading order.
     *
     * @param sectionId    the section, or {@code null} for the unplaced annotations
     * @param heading      the heading's text
     * @param level        its depth, 1 for a top-level section (the unplaced part is 1)
     * @param unplaced     whether these are annotations whose passage is no longer in the article
     * @param sectionNotes notes on the whole section, oldest first
     * @param highlights   highlights, in reading order
     * @param bookmarks    bookmarks, in reading order
     */
    public record Part(String sectionId, String heading, int level, boolean unplaced, List<Note> sectionNotes,
                       List<Note> highlights, List<Bookmark> bookmarks) {
        public Part {
            sectionNotes = List.copyOf(sectionNotes);
            highlights = List.copyOf(highlights);
            bookmarks = List.copyOf(bookmarks);
        }
    }

    /** The sheet's content, for any rendering of it. */
    public static Sheet of(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks,
            Function<Anchor, Optional<Placement>> placement, Clock clock) {
        Map<String, SectionPart> sections = new LinkedHashMap<>();
        for (String sectionId : layout.sectionOrder()) {
            sections.put(sectionId, new SectionPart());
        }
        SectionPart unplaced = new SectionPart();
        Map<String, List<Span>> marks = new java.util.HashMap<>();
        Map<String, String> pages = new java.util.HashMap<>();
        Map<String, Picture> pictures = new java.util.HashMap<>();
        for (Note note : notes) {
            Optional<Placement> at = placement.apply(note.anchor());
            at.map(p -> layout.pageAt(p.blockIndex())).ifPresent(page -> pages.put(note.id(), page));
            at.ifPresent(p -> {
                ParagraphForm form = layout.blocks().get(p.blockIndex()).form();
                List<Span> inQuote = spansWithin(form, p.start(), p.end());
                if (note.kind() == NoteKind.HIGHLIGHT && !inQuote.isEmpty()) {
                    marks.put(note.id(), inQuote);
                }
                if (note.kind() == NoteKind.HIGHLIGHT && form.role() == ParagraphForm.Role.FIGURE) {
                    pictures.put(note.id(), form.picture());
                }
            });
            SectionPart part = at.map(p -> sections.get(layout.sectionIdAt(p.blockIndex()))).orElse(unplaced);
            Placement where = at.orElse(new Placement(Integer.MAX_VALUE, 0, 0));
            (note.kind() == NoteKind.SECTION ? part.sectionNotes : part.highlights).add(new Placed<>(note, where));
        }
        for (Bookmark bookmark : bookmarks) {
            Optional<Placement> at = placement.apply(bookmark.anchor());
            at.map(p -> layout.pageAt(p.blockIndex())).ifPresent(page -> pages.put(bookmark.id(), page));
            SectionPart part = at.map(p -> sections.get(layout.sectionIdAt(p.blockIndex()))).orElse(unplaced);
            part.bookmarks.add(new Placed<>(bookmark, at.orElse(new Placement(Integer.MAX_VALUE, 0, 0))));
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, SectionPart> entry : sections.entrySet()) {
            SectionPart part = entry.getValue();
            if (part.isEmpty()) {
                continue;
            }
            String sectionId = entry.getKey();
            Block first = layout.blocks().get(layout.blockOf(sectionId));
            int level = first.kind() == Block.Kind.HEADING ? first.level() : 1; // the lead starts with the title
            // The lead is headed as the outline names it: by the article's title.
            String title = layout.sectionTitle(sectionId);
            parts.add(part.toPart(sectionId, title, level, false));
        }
        if (!unplaced.isEmpty()) {
            parts.add(unplaced.toPart(null, UNPLACED_HEADING, 1, true));
        }
        return new Sheet(layout.article().title(), layout.article().byline(), LocalDate.now(clock),
                clock.getZone(), parts, marks, pages, pictures, layout.article().pictureBase());
    }

    /** The spans of {@code form} over {@code [start, end)}, clipped to it and counted from {@code start}. */
    static List<Span> spansWithin(ParagraphForm form, int start, int end) {
        List<Span> out = new ArrayList<>();
        for (Span s : form.spans()) {
            int from = Math.max(s.start(), start);
            int to = Math.min(s.end(), end);
            if (to > from) {
                out.add(new Span(from - start, to - start, s.style(), s.target()));
            }
        }
        return out;
    }

    /** The sheet as Markdown. */
    public static String markdown(Sheet sheet) {
        return MarkdownSheet.sheet(sheet, false);
    }

    /**
     * The sheet as Markdown whose every note ends with a link back into Margin
     * ({@code margin://open?article=…&note=…}), for notes kept in Obsidian or Logseq.
     */
    public static String linkedMarkdown(Sheet sheet) {
        return MarkdownSheet.sheet(sheet, true);
    }

    /** What the unplaced part says under its heading. */
    public static final String UNPLACED_EXPLANATION =
            "These no longer match the article's text, so they are listed with what they quoted.";

    /** "Yellow highlight" for a highlight with a colour, else empty. */
    public static Optional<String> colourLabel(Note note) {
        if (note.kind() != NoteKind.HIGHLIGHT || note.color() == null) {
            return Optional.empty();
        }
        String key = note.color().key();
        return Optional.of(Character.toUpperCase(key.charAt(0)) + key.substring(1) + " highlight");
    }

    /** When a note was last changed, as the sheet shows it. */
    public static String time(Note note, ZoneId zone) {
        return TIME.format(note.updated().atZone(zone));
    }

    /** One note as Markdown, for the clipboard: the quoted passage of a highlight, the text, and its details. */
    public static String noteMarkdown(Note note, ZoneId zone) {
        return MarkdownSheet.note(note, zone);
    }

    private record Placed<T>(T item, Placement at) {}

    private static final Comparator<Placement> READING_ORDER = Comparator.comparingInt(Placement::blockIndex)
            .thenComparingInt(Placement::start).thenComparingInt(Placement::end);

    /** The annotations that go under one heading. */
    private static final class SectionPart {
        final List<Placed<Note>> sectionNotes = new ArrayList<>();
        final List<Placed<Note>> highlights = new ArrayList<>();
        final List<Placed<Bookmark>> bookmarks = new ArrayList<>();

        boolean isEmpty() {
            return sectionNotes.isEmpty() && highlights.isEmpty() && bookmarks.isEmpty();
        }

        Part toPart(String sectionId, String heading, int level, boolean unplaced) {
            sectionNotes.sort(Comparator.comparing((Placed<Note> p) -> p.item().created())
                    .thenComparing(p -> p.item().id()));
            highlights.sort(Comparator.comparing((Placed<Note> p) -> p.at(), READING_ORDER)
                    .thenComparing(p -> p.item().created()).thenComparing(p -> p.item().id()));
            bookmarks.sort(Comparator.comparing((Placed<Bookmark> p) -> p.at(), READING_ORDER)
                    .thenComparing(p -> p.item().created()).thenComparing(p -> p.item().id()));
            return new Part(sectionId, heading, level, unplaced,
                    sectionNotes.stream().map(Placed::item).toList(), highlights.stream().map(Placed::item).toList(),
                    bookmarks.stream().map(Placed::item).toList());
        }
    }
}
