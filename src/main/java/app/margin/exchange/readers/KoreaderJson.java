package app.margin.exchange.readers;

import app.margin.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * KOReader's JSON export (the exporter plugin): one book as {@code {"title","author","entries":[{"page","time",
 * "chapter","text","note","color","drawer"}]}}, or several as a list of those or under {@code "documents"}.
 * {@code time} is in epoch seconds.
 */
final class KoreaderJson {

    private KoreaderJson() {}

    static boolean matches(JsonValue root) {
        return !books(root).isEmpty();
    }

    private static List<JsonValue.JsonObject> books(JsonValue root) {
        List<JsonValue.JsonObject> out = new ArrayList<>();
        JsonValue.JsonObject object = ReaderJson.object(root);
        List<JsonValue> list = object != null && ReaderJson.array(ReaderJson.member(object, "documents")) != null
                ? ReaderJson.array(ReaderJson.member(object, "documents"))
                : object != null ? List.of(object) : ReaderJson.array(root);
        for (JsonValue item : list == null ? List.<JsonValue>of() : list) {
            JsonValue.JsonObject book = ReaderJson.object(item);
            if (book != null && ReaderJson.array(ReaderJson.member(book, "entries")) != null) {
                out.add(book);
            }
        }
        return out;
    }

    static ForeignFile read(JsonValue root, String name) {
        List<ForeignHighlight> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int b = 0;
        for (JsonValue.JsonObject book : books(root)) {
            String title = ReaderJson.text(book, "title");
            String author = ReaderJson.names(ReaderJson.member(book, "author"));
            List<JsonValue> entries = ReaderJson.array(ReaderJson.member(book, "entries"));
            for (int i = 0; i < entries.size(); i++) {
                JsonValue.JsonObject e = ReaderJson.object(entries.get(i));
                String at = "book " + (b + 1) + ", entries[" + i + "]";
                if (e == null || ReaderJson.wrongText(e, "text") || ReaderJson.wrongText(e, "note")) {
                    skipped.add(ReaderJson.where(name, "$" + at, entries.get(i)) + ": not an entry with text; it"
                            + " was left out.");
                    continue;
                }
                String page = ReaderJson.text(e, "page");
                out.add(new ForeignHighlight(ReaderFormat.KOREADER, ForeignHighlight.Kind.HIGHLIGHT, title, author,
                        ReaderJson.text(e, "text"), ReaderJson.text(e, "note"), ReaderJson.text(e, "color"),
                        ReaderJson.time(e, "time"), ReaderJson.text(e, "chapter"), page.isEmpty() ? "" : "page " + page,
                        ReaderJson.where(name, at, e)));
            }
            b++;
        }
        return new ForeignFile(ReaderFormat.KOREADER, name, out, skipped);
    }
}
