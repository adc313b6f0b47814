package app.margin.exchange.readers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A KOReader sidecar ({@code book.sdr/metadata.epub.lua}), read with {@link LuaLiteral} and never run. Both shapes
 * KOReader has written: the {@code annotations} list (2024 on: text, note, chapter, datetime, color, pos0/pos1 or
 * page), and the older {@code highlight} table by page with its {@code bookmarks} list, where a highlighted bookmark
 * carries the highlight's note in {@code text} unless that is KOReader's own "Page 12 … @ date" line.
 * {@code doc_props} gives the title and authors.
 */
public final class KoreaderSidecar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern DEFAULT_BOOKMARK_TEXT = Pattern.compile(
            "(?s)^\\S+ \\S+ .* @ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$");

    private KoreaderSidecar() {}

    /** Reads the sidecar's text; {@code name} names the file in messages. */
    public static ForeignFile read(String source, String name, ZoneId zone) throws ReaderException {
        Map<Object, Object> root;
        try {
            root = LuaLiteral.read(source);
        } catch (LuaLiteral.LuaProblem e) {
            throw new ReaderException(name + " is not a KOReader sidecar: " + e.getMessage()
                    + (e.isCode() ? ". Margin reads such files as data and never runs them."
                    : "."));
        }
        List<ForeignHighlight> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<?, ?> props = table(root.get("doc_props"));
        String title = text(props == null ? null : props.get("title"));
        String author = text(props == null ? null : props.get("authors")).replace('\n', ',');
        if (title.isEmpty()) {
            title = text(root.get("title"));
        }
        Map<?, ?> annotations = table(root.get("annotations"));
        if (annotations != null && annotations.isEmpty() && table(root.get("highlight")) != null) {
            annotations = null; // an empty new table beside the old ones: the highlights are still in the old ones
        }
        if (annotations != null) {
            int i = 0;
            for (Object entry : annotations.values()) {
                i++;
                add(out, skipped, name, "annotations[" + i + "]", entry, title, author, zone, null);
            }
        }
        Map<?, ?> highlight = table(root.get("highlight"));
        Map<?, ?> bookmarks = table(root.get("bookmarks"));
        if (annotations == null && highlight != null) {
            for (Map.Entry<?, ?> page : highlight.entrySet()) {
                Map<?, ?> list = table(page.getValue());
                if (list == null) {
                    skipped.add(name + ": highlight[" + page.getKey() + "] is not a table; it was left out.");
                    continue;
                }
                for (Map.Entry<?, ?> entry : list.entrySet()) {
                    add(out, skipped, name, "highlight[" + page.getKey() + "][" + entry.getKey() + "]",
                            entry.getValue(), title, author, zone, bookmarks);
                }
            }
        }
        if (annotations == null && bookmarks != null) {
            int i = 0;
            for (Object entry : bookmarks.values()) {
                i++;
                Map<?, ?> b = table(entry);
                if (b != null && !Boolean.TRUE.equals(b.get("highlighted"))) {
                    out.add(new ForeignHighlight(ReaderFormat.KOREADER, ForeignHighlight.Kind.BOOKMARK, title,
                            author, text(b.get("notes")), "", "", time(b.get("datetime"), zone),
                            text(b.get("chapter")), text(b.get("page")), name + ", bookmarks[" + i + "]"));
                }
            }
        }
        if (annotations == null && highlight == null && bookmarks == null) {
            throw new ReaderException(name + " is a KOReader sidecar without highlights: it has no 'annotations',"
                    + " 'highlight' or 'bookmarks' table.");
        }
        return new ForeignFile(ReaderFormat.KOREADER, name, out, skipped);
    }

    private static void add(List<ForeignHighlight> out, List<String> skipped, String name, String where, Object value,
            String title, String author, ZoneId zone, Map<?, ?> oldBookmarks) {
        Map<?, ?> a = table(value);
        if (a == null) {
            skipped.add(name + ": " + where + " is not a table; it was left out.");
            return;
        }
        Object text = a.get("text");
        if (text != null && !(text instanceof String)) {
            skipped.add(name + ": " + where + ".text is not text; it was left out.");
            return;
        }
        boolean highlight = a.get("pos0") != null || a.get("drawer") != null;
        String note = oldBookmarks == null ? text(a.get("note")) : oldNote(a, oldBookmarks);
        String location = text(a.get("pos0")).isEmpty() ? text(a.get("page")) : text(a.get("pos0"));
        out.add(new ForeignHighlight(ReaderFormat.KOREADER,
                highlight ? ForeignHighlight.Kind.HIGHLIGHT : ForeignHighlight.Kind.BOOKMARK, title, author,
                text(text), note, text(a.get("color")), time(a.get("datetime"), zone), text(a.get("chapter")),
                location, name + ", " + where));
    }

    /** The older format keeps a highlight's note in the bookmark with the same position and time. */
    private static String oldNote(Map<?, ?> highlight, Map<?, ?> bookmarks) {
        for (Object entry : bookmarks.values()) {
            Map<?, ?> b = table(entry);
            if (b != null && Boolean.TRUE.equals(b.get("highlighted"))
                    && text(b.get("datetime")).equals(text(highlight.get("datetime")))
                    && text(b.get("pos0")).equals(text(highlight.get("pos0")))) {
                String note = text(b.get("text"));
                return note.equals(text(b.get("notes"))) || DEFAULT_BOOKMARK_TEXT.matcher(note).matches() ? "" : note;
            }
        }
        return "";
    }

    private static Map<?, ?> table(Object value) {
        return value instanceof Map<?, ?> map ? map : null;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : value instanceof Long || value instanceof Double ? value.toString() : "";
    }

    private static Instant time(Object value, ZoneId zone) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip(), TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
