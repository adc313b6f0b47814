package app.margin.exchange.readers;

import app.margin.exchange.ExportData;
import app.margin.json.JsonFormat;
import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.Placement;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The W3C Web Annotation Data Model (JSON-LD) export of one article's annotations, and reading it back
 * ({@link WebAnnotationReader}). An {@code AnnotationCollection} whose page holds one {@code Annotation} each:
 * motivation {@code highlighting}, {@code commenting} (a note on a section) or {@code bookmarking}; the target's
 * {@code source} is the article's URL when it has one, else {@code urn:margin:article:<id>}; its selectors are a
 * {@code TextQuoteSelector} (exact, prefix, suffix), a {@code TextPositionSelector} (start and end in the article's
 * text: every block's text in reading order joined by a blank line) when the quote is found in the article now, and
 * a {@code FragmentSelector} conforming to Margin's anchor ({@code section=…&paragraph=…&start=…&end=…}); bodies
 * hold the note ({@code commenting}), each tag ({@code tagging}) and a bookmark's name ({@code describing}); the
 * colour is the target's {@code styleClass}. What only Margin needs (the article's id, the content hashes) is in the
 * {@code margin:} namespace, so a file Margin wrote comes back equal.
 */
public final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String NAMESPACE = "https://margin.app/ns/annotations#";
    static final String ANCHOR = "https://margin.app/ns/anchor";
    static final String ARTICLE_URN = "urn:margin:article:";
    static final String NOTE_URN = "urn:margin:annotation:";
    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendInstant(9).toFormatter(Locale.ROOT);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ExportData data;
    private final ArticleLayout layout;
    private final AnchorResolver resolver;
    private final int[] blockStart;
    private final String source;

    private WebAnnotations(ExportData data, ArticleLayout layout) {
        this.data = data;
        this.layout = layout;
        this.resolver = layout == null ? null : new AnchorResolver(layout);
        this.blockStart = layout == null ? new int[0] : new int[layout.blocks().size()];
        int at = 0;
        for (int i = 0; i < blockStart.length; i++) {
            blockStart[i] = at;
            at += layout.blocks().get(i).text().length() + 2;
        }
        String url = layout == null ? null : layout.article().source();
        this.source = url != null && url.matches("(?i)(https?|urn|doi|isbn):\\S+") ? url
                : ARTICLE_URN + data.article().id();
    }


    /**
     * Writes the collection as pretty-printed UTF-8 JSON-LD; {@code layout} (the article as it is now) gives the
     * text positions and may be {@code null}, which leaves them out. The stream is flushed, not closed.
     */
    public static void write(OutputStream out, ExportData data, ArticleLayout layout) throws IOException {
        if (layout != null && !layout.article().id().equals(data.article().id())) {
            throw new IllegalArgumentException("the layout is of another article");
        }
        new WebAnnotations(data, layout).write(out);
        out.flush();
    }

    private void write(OutputStream out) throws IOException {
        try (JsonGenerator json = JsonFormat.generator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("@context");
            json.writeString(CONTEXT);
            json.writeStartObject();
            json.writeStringField("margin", NAMESPACE);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("id", ARTICLE_URN + data.article().id() + ":annotations");
            json.writeStringField("type", "AnnotationCollection");
            json.writeStringField("label", "Annotations on " + data.article().title());
            json.writeNumberField("total", data.notes().size() + data.bookmarks().size());
            json.writeObjectFieldStart("generator");
            json.writeStringField("type", "Software");
            json.writeStringField("name", "Margin");
            json.writeEndObject();
            json.writeStringField("generated", TIME.format(data.exportedAt()));
            json.writeObjectFieldStart("margin:article");
            json.writeStringField("id", data.article().id());
            json.writeStringField("title", data.article().title());
            json.writeStringField("contentHash", data.article().contentHash());
            json.writeStringField("source", source);
            json.writeEndObject();
            json.writeObjectFieldStart("first");
            json.writeStringField("type", "AnnotationPage");
            json.writeArrayFieldStart("items");
            for (Note note : data.notes()) {
                note(json, note);
            }
            for (Bookmark bookmark : data.bookmarks()) {
                bookmark(json, bookmark);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void note(JsonGenerator json, Note note) throws IOException {
        start(json, note.id(), note.kind() == app.margin.model.NoteKind.SECTION ? "commenting" : "highlighting",
                note.created(), note.updated(), note.contentHash());
        if (note.kind() == app.margin.model.NoteKind.SECTION) {
            json.writeStringField("margin:kind", "section");
        }
        if (!note.text().isEmpty() || !note.tags().isEmpty()) { // a highlight alone has no body
            json.writeArrayFieldStart("body");
            if (!note.text().isEmpty()) {
                body(json, "commenting", note.text());
            }
            for (String tag : note.tags()) {
                body(json, "tagging", tag);
            }
            json.writeEndArray();
        }
        target(json, note.anchor(), note.color() == null ? null : note.color().key());
        json.writeEndObject();
    }

    private void bookmark(JsonGenerator json, Bookmark bookmark) throws IOException {
        start(json, bookmark.id(), "bookmarking", bookmark.created(), bookmark.updated(), bookmark.contentHash());
        json.writeArrayFieldStart("body");
        body(json, "describing", bookmark.name());
        json.writeEndArray();
        target(json, bookmark.anchor(), null);
        json.writeEndObject();
    }

    private static void start(JsonGenerator json, String id, String motivation, Instant created, Instant updated,
            String contentHash) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", UUID.matcher(id).matches() ? "urn:uuid:" + id : NOTE_URN + id);
        json.writeStringField("type", "Annotation");
        json.writeStringField("motivation", motivation);
        json.writeStringField("created", TIME.format(created));
        json.writeStringField("modified", TIME.format(updated));
        if (contentHash != null) {
            json.writeStringField("margin:contentHash", contentHash);
        }
    }

    private static void body(JsonGenerator json, String purpose, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "TextualBody");
        json.writeStringField("purpose", purpose);
        json.writeStringField("value", value);
        json.writeStringField("format", "text/plain");
        json.writeEndObject();
    }

    private void target(JsonGenerator json, app.margin.model.Anchor anchor, String colour) throws IOException {
        json.writeObjectFieldStart("target");
        json.writeStringField("source", source);
        if (colour != null) {
            json.writeStringField("styleClass", colour);
        }
        json.writeArrayFieldStart("selector");
        if (anchor.quote() != null) {
            json.writeStartObject();
            json.writeStringField("type", "TextQuoteSelector");
            json.writeStringField("exact", anchor.quote().exact());
            json.writeStringField("prefix", anchor.quote().prefix());
            json.writeStringField("suffix", anchor.quote().suffix());
            json.writeEndObject();
            Placement place = resolver == null ? null : resolver.resolve(anchor).orElse(null);
            if (place != null) {
                json.writeStartObject();
                json.writeStringField("type", "TextPositionSelector");
                json.writeNumberField("start", blockStart[place.blockIndex()] + place.start());
                json.writeNumberField("end", blockStart[place.blockIndex()] + place.end());
                json.writeEndObject();
            }
        }
        json.writeStartObject();
        json.writeStringField("type", "FragmentSelector");
        json.writeStringField("conformsTo", ANCHOR);
        json.writeStringField("value", "section=" + URLEncoder.encode(anchor.sectionId(), StandardCharsets.UTF_8)
                + "&paragraph=" + anchor.paragraphIndex() + "&start=" + anchor.start() + "&end=" + anchor.end());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The article's text as the positions count it, for tests and for other tools. */
    static String text(ArticleLayout layout) {
        StringBuilder out = new StringBuilder();
        for (Block block : layout.blocks()) {
            out.append(block.text()).append("\n\n");
        }
        return out.toString();
    }
}
