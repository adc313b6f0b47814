package app.margin.exchange;

import app.margin.json.JsonCursor;
import app.margin.json.JsonPaths;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonObject;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an export file as a stream, so that a file of 100,000 notes never becomes one tree in memory: the small
 * top-level members become a tree, and each note and bookmark a tree of its own that {@link ExportBinder} turns
 * into a record and drops. The whole file is read before anything is reported, and problems are reported in the
 * order a tree would give them: bad JSON first, then the format marker, its version, the export time, the article,
 * the notes, the bookmarks (each list's first problem).
 */
final class ExportStream {

    /** A note's article id until the article member is known; every note gets the real one at the end. */
    private static final String PENDING = "";
    private static final List<String> HEAD = List.of("format", "schemaVersion", "exportedAt", "article", "notes",
            "bookmarks");

    private final ExportBinder binder;
    private final Map<String, JsonValue> head = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private List<Note> notes;
    private List<Bookmark> bookmarks;
    private ExchangeException notesProblem;
    private ExchangeException bookmarksProblem;

    private ExportStream(String source) {
        this.binder = new ExportBinder(source);
    }

    /** Reads the file's one JSON value from {@code cursor}. */
    static ExportData read(JsonCursor cursor, String source) throws ExchangeException, JsonProblem {
        return new ExportStream(source).root(cursor);
    }

    private ExportData root(JsonCursor cursor) throws ExchangeException, JsonProblem {
        JsonToken first = cursor.next();
        if (first != JsonToken.START_OBJECT) {
            cursor.skip();
            cursor.end();
            throw binder.notAnObject();
        }
        JsonValue.Position at = cursor.at();
        for (JsonToken t = cursor.next(); t == JsonToken.FIELD_NAME; t = cursor.next()) {
            String name = cursor.name();
            JsonToken value = cursor.next();
            if (name.equals("notes") && value == JsonToken.START_ARRAY) {
                notes = new ArrayList<>();
                notesProblem = elements(cursor, "$.notes", (node, path) -> notes.add(
                        unique(binder.note(node, path, PENDING), Note::id, path, node)));
            } else if (name.equals("bookmarks") && value == JsonToken.START_ARRAY) {
                bookmarks = new ArrayList<>();
                bookmarksProblem = elements(cursor, "$.bookmarks", (node, path) -> bookmarks.add(
                        unique(binder.bookmark(node, path, PENDING), Bookmark::id, path, node)));
            } else if (HEAD.contains(name)) {
                head.put(name, cursor.value());
            } else {
                cursor.skip(); // unknown members are ignored
            }
        }
        cursor.end();
        return finish(new JsonObject(head, at));
    }

    private ExportData finish(JsonObject root) throws ExchangeException {
        ExportBinder.Head checked = binder.head(root);
        String articleId = checked.article().id();
        if (notes == null) {
            throw binder.notAList(root, "notes");
        }
        if (notesProblem != null) {
            throw notesProblem;
        }
        if (bookmarks == null) {
            throw binder.notAList(root, "bookmarks");
        }
        if (bookmarksProblem != null) {
            throw bookmarksProblem;
        }
        notes.replaceAll(n -> new Note(n.id(), articleId, n.contentHash(), n.kind(), n.anchor(), n.color(), n.text(),
                n.tags(), n.created(), n.updated()));
        bookmarks.replaceAll(b -> new Bookmark(b.id(), articleId, b.contentHash(), b.anchor(), b.name(), b.created(),
                b.updated()));
        return new ExportData(checked.article(), checked.exportedAt(), notes, bookmarks);
    }

    private interface ElementBinder {
        void bind(JsonValue node, String path) throws ExchangeException;
    }

    /** Binds each element of the array the cursor is at; returns the first problem, reading on past it. */
    private static ExchangeException elements(JsonCursor cursor, String path, ElementBinder bind) throws JsonProblem {
        ExchangeException problem = null;
        int i = 0;
        for (JsonToken t = cursor.next(); t != JsonToken.END_ARRAY; t = cursor.next(), i++) {
            if (problem == null) {
                try {
                    bind.bind(cursor.value(), JsonPaths.index(path, i));
                } catch (ExchangeException e) {
                    problem = e;
                }
            } else {
                cursor.skip();
            }
        }
        return problem;
    }

    private interface Id<T> {
        String of(T value);
    }

    /** The id's own value names the place of a repeated id; a record without one has its id checked already. */
    private <T> T unique(T value, Id<T> id, String path, JsonValue node) throws ExchangeException {
        JsonValue at = node instanceof JsonObject object ? object.members().getOrDefault("id", node) : node;
        binder.unique(ids, id.of(value), path + ".id", at);
        return value;
    }
}
