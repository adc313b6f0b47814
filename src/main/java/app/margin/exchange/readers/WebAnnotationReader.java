package app.margin.exchange.readers;

import app.margin.exchange.ExportData;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonObject;
import app.margin.model.Anchor;
import app.margin.model.AnnotationId;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads W3C Web Annotations back. A collection Margin wrote (it names its article under {@code margin:article})
 * comes back as the same notes and bookmarks; an annotation that cannot be read, or whose target is another
 * source than the collection's, is named and left out. Web Annotations from elsewhere (no {@code margin:article})
 * become marks to place by their quoted words, like another reader's highlights.
 */
final class WebAnnotationReader {

    private WebAnnotationReader() {}

    static boolean matches(JsonValue root) {
        JsonValue context = ReaderJson.member(ReaderJson.object(root), "@context");
        if (context == null) {
            List<JsonValue> items = ReaderJson.array(root);
            return items != null && !items.isEmpty() && matches(items.get(0));
        }
        List<JsonValue> list = ReaderJson.array(context);
        for (JsonValue c : list == null ? List.of(context) : list) {
            if (c instanceof JsonValue.JsonString s && s.value().contains("w3.org/ns/anno.jsonld")) {
                return true;
            }
        }
        return false;
    }

    /** Whether Margin wrote it: the collection names its article. */
    static boolean fromMargin(JsonValue root) {
        return ReaderJson.object(ReaderJson.member(ReaderJson.object(root), "margin:article")) != null;
    }

    /** What a collection Margin wrote holds, and each annotation left out, named. */
    record Read(ExportData data, List<String> skipped) {}

    static Read read(JsonValue root, String name) throws ReaderException {
        JsonObject collection = ReaderJson.object(root);
        Collector collector = new Collector(ReaderJson.object(ReaderJson.member(collection, "margin:article")), name);
        List<JsonValue> items = items(root);
        for (int i = 0; i < items.size(); i++) {
            collector.add(items.get(i), i);
        }
        return collector.finish(ReaderJson.time(collection, "generated"));
    }

    /** The annotations of a collection Margin wrote, one at a time (from a tree, or as a stream reads them). */
    static final class Collector {
        private final String name;
        private final String articleId;
        private final ExportData.ArticleRef ref;
        private final List<Note> notes = new ArrayList<>();
        private final List<Bookmark> bookmarks = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private String source;

        Collector(JsonObject article, String name) throws ReaderException {
            this.name = name;
            this.articleId = ReaderJson.text(article, "id");
            if (articleId.isEmpty()) {
                throw new ReaderException(name + ": margin:article has no id, so Margin cannot tell whose notes"
                        + " these are.");
            }
            String hash = ReaderJson.text(article, "contentHash");
            this.ref = new ExportData.ArticleRef(articleId, ReaderJson.text(article, "title"),
                    hash.isEmpty() ? null : hash);
            String given = ReaderJson.text(article, "source");
            this.source = given.isEmpty() ? null : given;
        }

        void add(JsonValue item, int i) {
            JsonObject a = ReaderJson.object(item);
            try {
                if (a == null) {
                    throw new IllegalArgumentException("not an annotation");
                }
                JsonObject target = target(a);
                String targetSource = ReaderJson.text(target, "source");
                source = source == null ? targetSource : source;
                if (!targetSource.equals(source)) {
                    throw new IllegalArgumentException("its target is " + targetSource + ", another source than"
                            + " the collection's " + source);
                }
                String id = id(ReaderJson.text(a, "id"));
                if (seen.put(id, i) != null) {
                    throw new IllegalArgumentException("its id " + id + " was used before");
                }
                Instant created = time(a, "created");
                Instant updated = time(a, "modified");
                String contentHash = ReaderJson.text(a, "margin:contentHash");
                Anchor anchor = anchor(target);
                Bodies bodies = bodies(a);
                if (motivations(a).contains("bookmarking")) {
                    bookmarks.add(new Bookmark(id, articleId, contentHash.isEmpty() ? null : contentHash, anchor,
                            bodies.name, created, updated));
                } else {
                    boolean section = "section".equals(ReaderJson.text(a, "margin:kind"));
                    String colour = ReaderJson.text(target, "styleClass");
                    notes.add(new Note(id, articleId, contentHash.isEmpty() ? null : contentHash,
                            section ? NoteKind.SECTION : NoteKind.HIGHLIGHT, anchor,
                            colour.isEmpty() ? null : HighlightColor.fromKey(colour), bodies.text, bodies.tags,
                            created, updated));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                skipped.add(ReaderJson.where(name, "$.first.items[" + i + "]", item) + ": " + e.getMessage()
                        + "; it was left out.");
            }
        }

        Read finish(Instant generated) {
            return new Read(new ExportData(ref, generated == null ? Instant.EPOCH : generated, notes, bookmarks),
                    skipped);
        }
    }

    /** Web Annotations from another tool: each quote, note and time, to be placed by its words. */
    static ForeignFile foreign(JsonValue root, String name) {
        List<ForeignHighlight> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<JsonValue> items = items(root);
        for (int i = 0; i < items.size(); i++) {
            JsonObject a = ReaderJson.object(items.get(i));
            JsonObject target = a == null ? null : ReaderJson.object(ReaderJson.member(a, "target"));
            JsonObject quote = target == null ? null : selector(target, "TextQuoteSelector");
            String where = ReaderJson.where(name, "$.first.items[" + i + "]", items.get(i));
            if (quote == null || ReaderJson.text(quote, "exact").isEmpty()) {
                skipped.add(where + ": no TextQuoteSelector with words; it was left out.");
                continue;
            }
            out.add(new ForeignHighlight(ReaderFormat.W3C, ForeignHighlight.Kind.HIGHLIGHT, "", "",
                    ReaderJson.text(quote, "exact"), bodies(a).text, ReaderJson.text(target, "styleClass"),
                    ReaderJson.time(a, "created"), "", ReaderJson.text(target, "source"), where));
        }
        return new ForeignFile(ReaderFormat.W3C, name, out, skipped);
    }

    private static List<JsonValue> items(JsonValue root) {
        List<JsonValue> array = ReaderJson.array(root);
        if (array != null) {
            return array;
        }
        JsonObject object = ReaderJson.object(root);
        if ("Annotation".equals(ReaderJson.text(object, "type"))) {
            return List.of(object);
        }
        List<JsonValue> items = ReaderJson.array(ReaderJson.member(ReaderJson.object(
                ReaderJson.member(object, "first")), "items"));
        if (items == null) {
            items = ReaderJson.array(ReaderJson.member(object, "items"));
        }
        return items == null ? List.of() : items;
    }

    private static JsonObject target(JsonObject a) {
        JsonValue t = ReaderJson.member(a, "target");
        List<JsonValue> list = ReaderJson.array(t);
        JsonObject target = ReaderJson.object(list != null && !list.isEmpty() ? list.get(0) : t);
        if (target == null) {
            throw new IllegalArgumentException("it has no target");
        }
        return target;
    }

    private static JsonObject selector(JsonObject target, String type) {
        JsonValue s = ReaderJson.member(target, "selector");
        List<JsonValue> list = ReaderJson.array(s);
        for (JsonValue one : list == null ? (s == null ? List.<JsonValue>of() : List.of(s)) : list) {
            JsonObject selector = ReaderJson.object(one);
            if (type.equals(ReaderJson.text(selector, "type"))) {
                return selector;
            }
        }
        return null;
    }

    private static Anchor anchor(JsonObject target) {
        JsonObject fragment = selector(target, "FragmentSelector");
        if (fragment == null || !WebAnnotations.ANCHOR.equals(ReaderJson.text(fragment, "conformsTo"))) {
            throw new IllegalArgumentException("it has no FragmentSelector conforming to " + WebAnnotations.ANCHOR);
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : ReaderJson.text(fragment, "value").split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        JsonObject q = selector(target, "TextQuoteSelector");
        TextQuote quote = q == null ? null : new TextQuote(ReaderJson.text(q, "exact"), ReaderJson.text(q, "prefix"),
                ReaderJson.text(q, "suffix"));
        try {
            return new Anchor(parts.get("section"), quote, Integer.parseInt(parts.getOrDefault("paragraph", "-1")),
                    Integer.parseInt(parts.getOrDefault("start", "-1")), Integer.parseInt(parts.getOrDefault("end",
                    "-1")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("its FragmentSelector's numbers are not whole numbers");
        }
    }

    private record Bodies(String text, List<String> tags, String name) {}

    private static Bodies bodies(JsonObject a) {
        JsonValue b = ReaderJson.member(a, "body");
        List<JsonValue> list = ReaderJson.array(b);
        String text = "";
        String name = "";
        List<String> tags = new ArrayList<>();
        for (JsonValue one : list == null ? (b == null ? List.<JsonValue>of() : List.of(b)) : list) {
            JsonObject body = ReaderJson.object(one);
            String value = ReaderJson.text(body, "value");
            switch (ReaderJson.text(body, "purpose")) {
                case "tagging" -> tags.add(value);
                case "describing" -> name = value;
                default -> text = text.isEmpty() ? value : text + "\n\n" + value;
            }
        }
        return new Bodies(text, tags, name);
    }

    private static List<String> motivations(JsonObject a) {
        JsonValue m = ReaderJson.member(a, "motivation");
        List<JsonValue> list = ReaderJson.array(m);
        List<String> out = new ArrayList<>();
        for (JsonValue one : list == null ? (m == null ? List.<JsonValue>of() : List.of(m)) : list) {
            if (one instanceof JsonValue.JsonString s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static String id(String given) {
        String id = given.startsWith("urn:uuid:") ? given.substring(9)
                : given.startsWith(WebAnnotations.NOTE_URN) ? given.substring(WebAnnotations.NOTE_URN.length()) : given;
        if (!AnnotationId.isSafe(id)) {
            throw new IllegalArgumentException("its id is not " + AnnotationId.rule());
        }
        return id;
    }

    private static Instant time(JsonObject a, String member) {
        try {
            Instant t = Instant.parse(ReaderJson.text(a, member));
            int year = t.atOffset(java.time.ZoneOffset.UTC).getYear();
            if (year < 1970 || year > 9999) {
                throw new IllegalArgumentException("its " + member + " time is outside the years 1970 to 9999");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its " + member + " time is not an ISO-8601 time");
        }
    }
}
