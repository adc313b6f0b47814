package app.margin.exchange.readers;

import app.margin.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Foliate's per-book JSON ({@code ~/.local/share/com.github.johnfactotum.Foliate/<book>.json}):
 * {@code {"lastLocation":…, "annotations":[{"value":"epubcfi(…)","color","text","note","created","modified"}],
 * "bookmarks":["epubcfi(…)"], "metadata":{"title","author"}}}. The CFI is kept as a hint only; bookmarks, which are
 * bare CFIs, are counted as marks Margin cannot place by words.
 */
final class FoliateAnnotations {

    private FoliateAnnotations() {}

    static boolean matches(JsonValue root) {
        JsonValue.JsonObject object = ReaderJson.object(root);
        if (object == null) {
            return false;
        }
        if (object.members().containsKey("lastLocation")) {
            return true;
        }
        List<JsonValue> items = ReaderJson.array(ReaderJson.member(object, "annotations"));
        if (items == null || items.isEmpty()) {
            return false;
        }
        return ReaderJson.text(ReaderJson.object(items.get(0)), "value").startsWith("epubcfi(");
    }

    static ForeignFile read(JsonValue root, String name) {
        JsonValue.JsonObject object = ReaderJson.object(root);
        JsonValue.JsonObject metadata = ReaderJson.object(ReaderJson.member(object, "metadata"));
        String title = ReaderJson.names(ReaderJson.member(metadata, "title"));
        String author = ReaderJson.names(ReaderJson.member(metadata, "author"));
        List<ForeignHighlight> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<JsonValue> items = ReaderJson.array(ReaderJson.member(object, "annotations"));
        for (int i = 0; items != null && i < items.size(); i++) {
            String at = "$.annotations[" + i + "]";
            JsonValue.JsonObject a = ReaderJson.object(items.get(i));
            if (a == null || ReaderJson.wrongText(a, "text") || ReaderJson.wrongText(a, "note")) {
                skipped.add(ReaderJson.where(name, at, items.get(i)) + ": not an annotation with text; it was left"
                        + " out.");
                continue;
            }
            java.time.Instant time = ReaderJson.time(a, "created");
            out.add(new ForeignHighlight(ReaderFormat.FOLIATE, ForeignHighlight.Kind.HIGHLIGHT, title, author,
                    ReaderJson.text(a, "text"), ReaderJson.text(a, "note"), ReaderJson.text(a, "color"),
                    time != null ? time : ReaderJson.time(a, "modified"), "", ReaderJson.text(a, "value"),
                    ReaderJson.where(name, at, a)));
        }
        List<JsonValue> bookmarks = ReaderJson.array(ReaderJson.member(object, "bookmarks"));
        for (int i = 0; bookmarks != null && i < bookmarks.size(); i++) {
            JsonValue b = bookmarks.get(i);
            out.add(new ForeignHighlight(ReaderFormat.FOLIATE, ForeignHighlight.Kind.BOOKMARK, title, author, "", "",
                    "", null, "", b instanceof JsonValue.JsonString s ? s.value() : "",
                    ReaderJson.where(name, "$.bookmarks[" + i + "]", b)));
        }
        return new ForeignFile(ReaderFormat.FOLIATE, name, out, skipped);
    }
}
