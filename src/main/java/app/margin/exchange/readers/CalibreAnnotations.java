package app.margin.exchange.readers;

import app.margin.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * calibre's viewer annotations: its per-book list ({@code [{"type":"highlight","highlighted_text",…}]}) and the
 * {@code .calibre_highlights} export ({@code {"type":"calibre_highlights","version":1,"highlights":[…]}}). Each
 * highlight gives {@code highlighted_text}, {@code notes}, {@code style} ({@code {"kind":"color","which":"yellow"}}),
 * {@code timestamp} and {@code toc_family_titles} (the chapter is the last); {@code start_cfi} is kept as a hint.
 * Removed highlights ({@code "removed":true}) and the reading position ({@code last-read}) are passed over.
 */
final class CalibreAnnotations {

    private CalibreAnnotations() {}

    /** Whether the tree looks like calibre's annotations. */
    static boolean matches(JsonValue root) {
        JsonValue.JsonObject object = ReaderJson.object(root);
        if (object != null) {
            return "calibre_highlights".equals(ReaderJson.text(object, "type"));
        }
        List<JsonValue> items = ReaderJson.array(root);
        if (items == null || items.isEmpty()) {
            return false;
        }
        JsonValue.JsonObject first = ReaderJson.object(items.get(0));
        return first != null && (first.members().containsKey("highlighted_text")
                || first.members().containsKey("start_cfi") || first.members().containsKey("pos_type"));
    }

    static ForeignFile read(JsonValue root, String name) throws ReaderException {
        JsonValue.JsonObject object = ReaderJson.object(root);
        List<JsonValue> items;
        String path;
        if (object != null) {
            JsonValue version = ReaderJson.member(object, "version");
            if (version != null && !"1".equals(ReaderJson.text(object, "version"))) {
                throw new ReaderException(name + " is a calibre highlights file of version "
                        + ReaderJson.text(object, "version") + "; Margin reads version 1.");
            }
            items = ReaderJson.array(ReaderJson.member(object, "highlights"));
            path = "$.highlights";
            if (items == null) {
                throw new ReaderException(name + " is a calibre highlights file without a 'highlights' list.");
            }
        } else {
            items = ReaderJson.array(root);
            path = "$";
        }
        List<ForeignHighlight> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            JsonValue.JsonObject a = ReaderJson.object(items.get(i));
            if (a == null) {
                skipped.add(ReaderJson.where(name, at, items.get(i)) + ": not an annotation; it was left out.");
                continue;
            }
            String type = ReaderJson.text(a, "type");
            if (Boolean.TRUE.equals(bool(a, "removed")) || type.equals("last-read")) {
                continue;
            }
            if (ReaderJson.wrongText(a, "highlighted_text") || ReaderJson.wrongText(a, "notes")) {
                skipped.add(ReaderJson.where(name, at, a) + ": its highlighted_text or notes is not text; it was"
                        + " left out.");
                continue;
            }
            boolean bookmark = type.equals("bookmark");
            List<JsonValue> toc = ReaderJson.array(ReaderJson.member(a, "toc_family_titles"));
            String chapter = toc == null || toc.isEmpty() ? "" : ReaderJson.names(toc.get(toc.size() - 1));
            out.add(new ForeignHighlight(ReaderFormat.CALIBRE,
                    bookmark ? ForeignHighlight.Kind.BOOKMARK : ForeignHighlight.Kind.HIGHLIGHT,
                    ReaderJson.text(a, "book_title"), "",
                    bookmark ? "" : ReaderJson.text(a, "highlighted_text"),
                    bookmark ? ReaderJson.text(a, "title") : ReaderJson.text(a, "notes"),
                    colour(ReaderJson.object(ReaderJson.member(a, "style"))), ReaderJson.time(a, "timestamp"),
                    chapter, bookmark ? ReaderJson.text(a, "pos") : ReaderJson.text(a, "start_cfi"),
                    ReaderJson.where(name, at, a)));
        }
        return new ForeignFile(ReaderFormat.CALIBRE, name, out, skipped);
    }

    /** "yellow" for {"kind":"color","type":"builtin","which":"yellow"}; a custom or decoration style gives "". */
    private static String colour(JsonValue.JsonObject style) {
        return style != null && "color".equals(ReaderJson.text(style, "kind")) ? ReaderJson.text(style, "which") : "";
    }

    private static Boolean bool(JsonValue.JsonObject object, String name) {
        return ReaderJson.member(object, name) instanceof JsonValue.JsonBoolean b ? b.value() : null;
    }
}
