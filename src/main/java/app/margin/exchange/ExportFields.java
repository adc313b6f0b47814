package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;

/** Writes the members of an export file; {@link ExportBinder} reads them back. Field names live here. */
final class ExportFields {

    /** ISO-8601 UTC with all nine fraction digits, so every instant the store keeps survives the trip. */
    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendInstant(9).toFormatter(Locale.ROOT);

    private ExportFields() {}

    static void write(JsonGenerator json, ExportData data) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", AnnotationExport.FORMAT);
        json.writeNumberField("schemaVersion", AnnotationExport.SCHEMA_VERSION);
        json.writeStringField("exportedAt", time(data.exportedAt()));
        json.writeObjectFieldStart("article");
        json.writeStringField("id", data.article().id());
        json.writeStringField("title", data.article().title());
        json.writeStringField("contentHash", data.article().contentHash());
        json.writeEndObject();
        json.writeArrayFieldStart("notes");
        for (Note note : data.notes()) {
            note(json, note);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("bookmarks");
        for (Bookmark bookmark : data.bookmarks()) {
            bookmark(json, bookmark);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String kindKey(NoteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void note(JsonGenerator json, Note note) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", note.id());
        json.writeStringField("kind", kindKey(note.kind()));
        anchor(json, note.anchor());
        json.writeStringField("color", note.color() == null ? null : note.color().key());
        json.writeStringField("text", note.text());
        json.writeArrayFieldStart("tags");
        for (String tag : note.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("created", time(note.created()));
        json.writeStringField("updated", time(note.updated()));
        json.writeStringField("contentHash", note.contentHash());
        json.writeEndObject();
    }

    private static void bookmark(JsonGenerator json, Bookmark bookmark) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", bookmark.id());
        anchor(json, bookmark.anchor());
        json.writeStringField("name", bookmark.name());
        json.writeStringField("created", time(bookmark.created()));
        json.writeStringField("updated", time(bookmark.updated()));
        json.writeStringField("contentHash", bookmark.contentHash());
        json.writeEndObject();
    }

    private static void anchor(JsonGenerator json, Anchor anchor) throws IOException {
        json.writeStringField("sectionId", anchor.sectionId());
        TextQuote quote = anchor.quote();
        if (quote == null) {
            json.writeNullField("quote");
        } else {
            json.writeObjectFieldStart("quote");
            json.writeStringField("exact", quote.exact());
            json.writeStringField("prefix", quote.prefix());
            json.writeStringField("suffix", quote.suffix());
            json.writeEndObject();
        }
        json.writeNumberField("paragraphIndex", anchor.paragraphIndex());
        json.writeNumberField("start", anchor.start());
        json.writeNumberField("end", anchor.end());
    }

    /** The colour keys a file may use, for messages. */
    static String colorKeys() {
        return String.join(", ", List.of(HighlightColor.values()).stream().map(HighlightColor::key).toList());
    }
}
