package app.margin.exchange;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an export file as a stream, so that a file of 100,000 notes never becomes one tree in memory: the small
 * top-level members become a tree, and each note and bookmark a tree of its own that {@link ExportBinder} turns
 * into a record and drops. The whole file is read before anything is reported, and problems are reported in the
 * order a tree would give them: bad JSON first, then the format marker, its version, the export time, the article,
 * the notes, the bookmarks (each list's first problem).
 */
final class ExportStream {

    /** Reads one value at a time; no trailing-token check, since the parser goes on after each. */
    private static final ObjectMapper TREES = new ObjectMapper();
    /** A note's article id until the article member is known; every note gets the real one at the end. */
    private static final String PENDING = "";

    private final ExportBinder binder;
    private final ObjectNode head = JsonNodeFactory.instance.objectNode();
    private final Set<String> ids = new HashSet<>();
    private List<Note> notes;
    private List<Bookmark> bookmarks;
    private ExchangeException notesProblem;
    private ExchangeException bookmarksProblem;

    private ExportStream(String source) {
        this.binder = new ExportBinder(source);
    }

    /**
     * Reads the file's one JSON value from {@code parser}.
     *
     * @throws IOException for bad JSON (a {@link com.fasterxml.jackson.core.JsonProcessingException}) or a failed read
     */
    static ExportData read(JsonParser parser, String source) throws ExchangeException, IOException {
        return new ExportStream(source).root(parser);
    }

    private ExportData root(JsonParser parser) throws ExchangeException, IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            requireEnd(parser);
            throw binder.notAnObject(head);
        }
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("notes") && value == JsonToken.START_ARRAY) {
                notes = new ArrayList<>();
                notesProblem = elements(parser, "$.notes", (node, path) -> notes.add(
                        unique(binder.note(node, path, PENDING), Note::id, path)));
            } else if (name.equals("bookmarks") && value == JsonToken.START_ARRAY) {
                bookmarks = new ArrayList<>();
                bookmarksProblem = elements(parser, "$.bookmarks", (node, path) -> bookmarks.add(
                        unique(binder.bookmark(node, path, PENDING), Bookmark::id, path)));
            } else if (List.of("format", "schemaVersion", "exportedAt", "article", "notes", "bookmarks")
                    .contains(name)) {
                head.set(name, tree(parser));
            } else {
                parser.skipChildren(); // unknown members are ignored
            }
        }
        requireEnd(parser);
        return finish();
    }

    private ExportData finish() throws ExchangeException {
        ExportBinder.Head checked = binder.head(head);
        String articleId = checked.article().id();
        if (notes == null) {
            throw binder.notAList(head, "notes");
        }
        if (notesProblem != null) {
            throw notesProblem;
        }
        if (bookmarks == null) {
            throw binder.notAList(head, "bookmarks");
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
        void bind(JsonNode node, String path) throws ExchangeException;
    }

    /** Binds each element of the array the parser is at; returns the first problem, reading on past it. */
    private static ExchangeException elements(JsonParser parser, String path, ElementBinder bind) throws IOException {
        ExchangeException problem = null;
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), i++) {
            if (problem == null) {
                try {
                    bind.bind(tree(parser), path + "[" + i + "]");
                } catch (ExchangeException e) {
                    problem = e;
                }
            } else {
                parser.skipChildren();
            }
        }
        return problem;
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = TREES.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    private interface Id<T> {
        String of(T value);
    }

    private <T> T unique(T value, Id<T> id, String path) throws ExchangeException {
        binder.unique(ids, id.of(value), path + ".id");
        return value;
    }

    /** After the top-level value only whitespace may follow. */
    private static void requireEnd(JsonParser parser) throws IOException {
        JsonToken next = parser.nextToken();
        if (next != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + next + ") found after value");
        }
    }
}
