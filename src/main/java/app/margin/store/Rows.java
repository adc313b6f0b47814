package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import app.margin.json.JsonCursor;
import app.margin.json.JsonFormat;
import app.margin.json.JsonLimits;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** How notes and bookmarks map to table rows: column lists, anchor columns, tags as a JSON array. */
final class Rows {

    /** Tags as the store keeps them: one JSON array of strings a row, read with Margin's one JSON reader. */
    private static final JsonFormat TAGS = JsonFormat.reading(new JsonLimits(16L * 1024 * 1024, 4, 1024 * 1024,
            JsonLimits.DEFAULT_MAX_NUMBER_LENGTH));

    private static final String ANCHOR = "section_id, quote_exact, quote_prefix, quote_suffix,"
            + " paragraph_index, start_offset, end_offset";
    static final String NOTE_COLUMNS =
            "id, article_id, content_hash, kind, " + ANCHOR + ", color, text, tags, created, updated";
    static final String BOOKMARK_COLUMNS =
            "id, article_id, content_hash, " + ANCHOR + ", name, created, updated";

    private Rows() {}

    /** Binds the seven anchor columns starting at parameter {@code first}. */
    static void bindAnchor(PreparedStatement statement, int first, Anchor anchor) throws SQLException {
        TextQuote quote = anchor.quote();
        statement.setString(first, anchor.sectionId());
        statement.setString(first + 1, quote == null ? null : quote.exact());
        statement.setString(first + 2, quote == null ? null : quote.prefix());
        statement.setString(first + 3, quote == null ? null : quote.suffix());
        statement.setInt(first + 4, anchor.paragraphIndex());
        statement.setInt(first + 5, anchor.start());
        statement.setInt(first + 6, anchor.end());
    }

    static Anchor anchor(ResultSet rows) throws SQLException {
        String exact = rows.getString("quote_exact");
        TextQuote quote = exact == null
                ? null
                : new TextQuote(exact, rows.getString("quote_prefix"), rows.getString("quote_suffix"));
        return new Anchor(rows.getString("section_id"), quote, rows.getInt("paragraph_index"),
                rows.getInt("start_offset"), rows.getInt("end_offset"));
    }

    /** A row that cannot be turned back into a note or bookmark: a bad date, kind, colour, tags or anchor. */
    static final class UnreadableRow extends Exception {
        private final LeftOutRow row;

        UnreadableRow(String table, String id, Exception cause) {
            super("The " + table + " row " + id + " cannot be read (" + cause.getMessage() + "); it was left out.",
                    cause);
            row = new LeftOutRow(table.equals("bookmark"), id, getMessage());
        }
    }

    /** The rows left out of reads since the store opened: each logged once, kept in order. */
    static final class LeftOut implements java.util.function.Consumer<UnreadableRow> {
        private final java.util.Set<LeftOutRow> rows = new java.util.LinkedHashSet<>();

        @Override
        public synchronized void accept(UnreadableRow row) {
            if (rows.add(row.row)) {
                Faults.warn(row.getMessage(), row.getCause());
            }
        }

        synchronized List<LeftOutRow> rows() {
            return List.copyOf(rows);
        }
    }

    static Bookmark bookmark(ResultSet rows) throws SQLException, UnreadableRow {
        String id = rows.getString("id");
        String created = rows.getString("created");
        String updated = rows.getString("updated");
        try {
            return new Bookmark(id, rows.getString("article_id"), rows.getString("content_hash"), anchor(rows),
                    rows.getString("name"), Sqlite.instant(created), Sqlite.instant(updated));
        } catch (RuntimeException e) {
            throw new UnreadableRow("bookmark", id, e);
        }
    }

    static Note note(ResultSet rows) throws SQLException, UnreadableRow {
        String id = rows.getString("id");
        String kind = rows.getString("kind");
        String color = rows.getString("color");
        String tags = rows.getString("tags");
        String created = rows.getString("created");
        String updated = rows.getString("updated");
        try {
            return new Note(id, rows.getString("article_id"), rows.getString("content_hash"), NoteKind.valueOf(kind),
                    anchor(rows), color == null ? null : HighlightColor.fromKey(color), rows.getString("text"),
                    tags(tags), Sqlite.instant(created), Sqlite.instant(updated));
        } catch (RuntimeException | JsonProblem e) {
            throw new UnreadableRow("note", id, e);
        }
    }

    static String tagsJson(List<String> tags) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonFormat.generator(out)) {
            json.writeStartArray();
            for (String tag : tags) {
                json.writeString(tag);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A list of strings always converts to JSON", e);
        }
        return out.toString();
    }

    static List<String> tags(String stored) throws JsonProblem {
        try (JsonCursor cursor = TAGS.open(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)))) {
            cursor.next();
            if (!(cursor.value() instanceof JsonValue.JsonArray array)) {
                throw new IllegalArgumentException("tags are not a JSON array");
            }
            List<String> tags = new ArrayList<>(array.items().size());
            for (JsonValue item : array.items()) {
                if (!(item instanceof JsonValue.JsonString tag)) {
                    throw new IllegalArgumentException("a tag is not text");
                }
                tags.add(tag.value());
            }
            return tags;
        }
    }
}
