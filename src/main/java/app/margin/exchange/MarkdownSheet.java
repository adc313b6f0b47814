package app.margin.exchange;

import app.margin.exchange.StudySheet.Part;
import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.Bookmark;
import app.margin.model.MarginLink;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link StudySheet} as Markdown: headings for the parts, quotes, notes and their details, bookmarks as a
 * list, the reader's text made safe by {@link MarkdownText}.
 */
final class MarkdownSheet {

    private MarkdownSheet() {}

    /** The sheet as Markdown; with {@code links}, every note ends with a {@code margin://} link back to it. */
    static String sheet(Sheet sheet, boolean links) {
        ZoneId zone = sheet.zone();
        List<String> blocks = new ArrayList<>();
        blocks.add("# " + MarkdownText.heading(sheet.title()));
        if (!sheet.byline().isBlank()) {
            blocks.add("*" + MarkdownText.inline(sheet.byline()) + "*");
        }
        blocks.add("Study notes exported from Margin on " + sheet.exported() + ".");
        // The levels of the sections on the sheet that the next one may sit under (the title is #). Only the sections
        // with notes are on the sheet: a section is one level below the nearest one shown that contains it, so a
        // subsection whose chapter has none goes under the title, and its sibling after it at the same level.
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (Part part : sheet.parts()) {
            if (part.unplaced()) {
                blocks.add("## " + StudySheet.UNPLACED_HEADING);
                blocks.add(StudySheet.UNPLACED_EXPLANATION);
                open.clear();
            } else {
                while (!open.isEmpty() && open.peek() >= part.level()) {
                    open.pop();
                }
                int level = Math.min(6, open.size() + 2);
                open.push(part.level());
                blocks.add("#".repeat(level) + " " + MarkdownText.heading(part.heading()));
            }
            render(blocks, part, zone, sheet, links);
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static void render(List<String> blocks, Part part, ZoneId zone, Sheet sheet, boolean links) {
        for (Note note : part.sectionNotes()) {
            if (part.unplaced()) {
                blocks.add("Note on the section \"" + MarkdownText.inline(note.anchor().sectionId())
                        + "\", which is no longer in the article:");
            }
            note(blocks, note, zone, List.of(), sheet.pageOf(note.id()), links);
        }
        for (Note note : part.highlights()) {
            note(blocks, note, zone, sheet.marksOf(note), sheet.pageOf(note.id()), links);
        }
        if (!part.bookmarks().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Bookmark bookmark : part.bookmarks()) {
                String item = "- Bookmark: " + MarkdownText.inline(bookmark.name())
                        + sheet.pageOf(bookmark.id()).map(p -> " (" + p + ")").orElse("");
                if (part.unplaced() && bookmark.anchor().quote() != null) {
                    item += " (at \"" + MarkdownText.inline(bookmark.anchor().quote().exact()) + "\")";
                }
                items.add(item);
            }
            blocks.add(String.join("\n", items));
        }
    }

    /** One note as Markdown, for the clipboard: the quoted passage of a highlight, the text, and its details. */
    static String note(Note note, ZoneId zone) {
        List<String> blocks = new ArrayList<>();
        note(blocks, note, zone);
        return String.join("\n\n", blocks) + "\n";
    }

    private static void note(List<String> blocks, Note note, ZoneId zone) {
        note(blocks, note, zone, List.of(), java.util.Optional.empty(), false);
    }

    /** A note; a highlight's quote keeps the emphasis, code and outside links of its passage ({@code marks}). */
    private static void note(List<String> blocks, Note note, ZoneId zone, List<app.margin.model.Span> marks,
            java.util.Optional<String> page, boolean links) {
        if (note.kind() == NoteKind.SECTION) {
            sectionNote(blocks, note, zone, page, links);
            return;
        }
        if (note.kind() == NoteKind.HIGHLIGHT && note.anchor().quote() != null) {
            String quote = note.anchor().quote().exact();
            blocks.add(marks.isEmpty() ? MarkdownText.blockQuote(quote)
                    : MarkdownText.markedQuote(quote, marks));
        }
        if (!note.text().isBlank()) {
            blocks.add(MarkdownText.paragraphs(note.text()));
        }
        List<String> details = new ArrayList<>();
        StudySheet.colourLabel(note).ifPresent(details::add);
        page.ifPresent(details::add);
        if (!note.tags().isEmpty()) {
            details.add("Tags: " + tags(note));
        }
        details.add(StudySheet.time(note, zone));
        blocks.add("*" + String.join(" · ", details) + "*" + (links ? " · " + link(note) : ""));
    }

    /** "[Open in Margin](margin://open?article=…&note=…)". */
    private static String link(Note note) {
        return "[Open in Margin](" + new MarginLink(note.articleId(), note.id()).uri() + ")";
    }

    /** A section note: labelled first ("**Section note** · tags · time"), then its text. */
    private static void sectionNote(List<String> blocks, Note note, ZoneId zone, java.util.Optional<String> page,
            boolean links) {
        List<String> label = new ArrayList<>();
        label.add("**Section note**");
        page.ifPresent(label::add);
        if (!note.tags().isEmpty()) {
            label.add("Tags: " + tags(note));
        }
        label.add(StudySheet.time(note, zone));
        if (links) {
            label.add(link(note));
        }
        blocks.add(String.join(" · ", label));
        if (!note.text().isBlank()) {
            blocks.add(MarkdownText.paragraphs(note.text()));
        }
    }

    private static String tags(Note note) {
        return String.join(" ", note.tags().stream().map(t -> "#" + MarkdownText.inline(t).replace(' ', '-')).toList());
    }
}
