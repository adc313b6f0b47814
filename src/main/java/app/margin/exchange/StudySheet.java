package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
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
        ZoneId zone = clock.getZone();
        Map<String, SectionPart> sections = new LinkedHashMap<>();
        for (String sectionId : layout.sectionOrder()) {
            sections.put(sectionId, new SectionPart());
        }
        SectionPart unplaced = new SectionPart();
        for (Note note : notes) {
            Optional<Placement> at = placement.apply(note.anchor());
            SectionPart part = at.map(p -> sections.get(layout.sectionIdAt(p.blockIndex()))).orElse(unplaced);
            Placement where = at.orElse(new Placement(Integer.MAX_VALUE, 0, 0));
            (note.kind() == NoteKind.SECTION ? part.sectionNotes : part.highlights).add(new Placed<>(note, where));
        }
        for (Bookmark bookmark : bookmarks) {
            Optional<Placement> at = placement.apply(bookmark.anchor());
            SectionPart part = at.map(p -> sections.get(layout.sectionIdAt(p.blockIndex()))).orElse(unplaced);
            part.bookmarks.add(new Placed<>(bookmark, at.orElse(new Placement(Integer.MAX_VALUE, 0, 0))));
        }

        List<String> blocks = new ArrayList<>();
        blocks.add("# " + MarkdownText.heading(layout.article().title()));
        String byline = layout.article().byline();
        if (byline != null && !byline.isBlank()) {
            blocks.add("*" + MarkdownText.inline(byline) + "*");
        }
        blocks.add("Study notes exported from Margin on " + LocalDate.now(clock) + ".");
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
            blocks.add("#".repeat(Math.min(6, level + 1)) + " " + MarkdownText.heading(title));
            part.render(blocks, zone, false);
        }
        if (!unplaced.isEmpty()) {
            blocks.add("## " + UNPLACED_HEADING);
            blocks.add("These no longer match the article's text, so they are listed with what they quoted.");
            unplaced.render(blocks, zone, true);
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** One note as Markdown, for the clipboard: the quoted passage of a highlight, the text, and its details. */
    public static String noteMarkdown(Note note, ZoneId zone) {
        List<String> blocks = new ArrayList<>();
        note(blocks, note, zone);
        return String.join("\n\n", blocks) + "\n";
    }

    private static void note(List<String> blocks, Note note, ZoneId zone) {
        if (note.kind() == NoteKind.SECTION) {
            sectionNote(blocks, note, zone);
            return;
        }
        if (note.kind() == NoteKind.HIGHLIGHT && note.anchor().quote() != null) {
            blocks.add(MarkdownText.blockQuote(note.anchor().quote().exact()));
        }
        if (!note.text().isBlank()) {
            blocks.add(MarkdownText.paragraphs(note.text()));
        }
        List<String> details = new ArrayList<>();
        if (note.kind() == NoteKind.HIGHLIGHT && note.color() != null) {
            String key = note.color().key();
            details.add(Character.toUpperCase(key.charAt(0)) + key.substring(1) + " highlight");
        }
        if (!note.tags().isEmpty()) {
            details.add("Tags: " + tags(note));
        }
        details.add(TIME.format(note.updated().atZone(zone)));
        blocks.add("*" + String.join(" · ", details) + "*");
    }

    /** A section note: labelled first ("**Section note** · tags · time"), then its text. */
    private static void sectionNote(List<String> blocks, Note note, ZoneId zone) {
        List<String> label = new ArrayList<>();
        label.add("**Section note**");
        if (!note.tags().isEmpty()) {
            label.add("Tags: " + tags(note));
        }
        label.add(TIME.format(note.updated().atZone(zone)));
        blocks.add(String.join(" · ", label));
        if (!note.text().isBlank()) {
            blocks.add(MarkdownText.paragraphs(note.text()));
        }
    }

    private static String tags(Note note) {
        return String.join(" ", note.tags().stream().map(t -> "#" + MarkdownText.inline(t).replace(' ', '-')).toList());
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

        void render(List<String> blocks, ZoneId zone, boolean unplaced) {
            sectionNotes.sort(Comparator.comparing((Placed<Note> p) -> p.item().created())
                    .thenComparing(p -> p.item().id()));
            highlights.sort(Comparator.comparing((Placed<Note> p) -> p.at(), READING_ORDER)
                    .thenComparing(p -> p.item().created()).thenComparing(p -> p.item().id()));
            bookmarks.sort(Comparator.comparing((Placed<Bookmark> p) -> p.at(), READING_ORDER)
                    .thenComparing(p -> p.item().created()).thenComparing(p -> p.item().id()));
            for (Placed<Note> placed : sectionNotes) {
                if (unplaced) {
                    blocks.add("Note on the section \"" + MarkdownText.inline(placed.item().anchor().sectionId())
                            + "\", which is no longer in the article:");
                }
                note(blocks, placed.item(), zone);
            }
            for (Placed<Note> placed : highlights) {
                note(blocks, placed.item(), zone);
            }
            if (!bookmarks.isEmpty()) {
                List<String> items = new ArrayList<>();
                for (Placed<Bookmark> placed : bookmarks) {
                    Bookmark bookmark = placed.item();
                    String item = "- Bookmark: " + MarkdownText.inline(bookmark.name());
                    if (unplaced && bookmark.anchor().quote() != null) {
                        item += " (at \"" + MarkdownText.inline(bookmark.anchor().quote().exact()) + "\")";
                    }
                    items.add(item);
                }
                blocks.add(String.join("\n", items));
            }
        }
    }
}
