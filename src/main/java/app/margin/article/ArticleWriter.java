package app.margin.article;

import app.margin.files.AtomicFiles;
import app.margin.json.JsonFormat;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Section;
import app.margin.model.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes an article in Margin's JSON format, the format {@link ArticleReader} reads: how an imported file is kept
 * in the library, and what {@code --convert} writes. An article without paragraph forms is written as schema
 * version 1, so older Margins still open it; one with forms or title spans ({@link Article#rich()}) as version 2.
 * The output is canonical: reading a file this wrote and writing it again gives the same bytes.
 */
public final class ArticleWriter {

    private ArticleWriter() {
    }

    /** Writes to {@code file} through {@link AtomicFiles}: a crash leaves the old file or the new. */
    public static void write(Article article, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(article, out));
    }

    public static void write(Article article, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonFormat.generator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", article.rich()
                    ? ArticleBinder.SUPPORTED_SCHEMA_VERSION : ArticleBinder.PLAIN_SCHEMA_VERSION);
            g.writeStringField("id", article.id());
            g.writeStringField("title", article.title());
            optional(g, "byline", article.byline());
            optional(g, "source", article.source());
            optional(g, "date", article.date());
            optional(g, "language", article.language());
            if (article.rich()) {
                optional(g, "pictureBase", article.pictureBase()); // pictures come with forms, so only in version 2
                if (article.pages() > 0) {
                    g.writeNumberField("pages", article.pages()); // a paged source's blocks carry page labels
                }
            }
            g.writeArrayFieldStart("lead");
            for (String p : article.lead()) {
                g.writeString(p);
            }
            g.writeEndArray();
            indices(g, "leadPreformatted", article.leadPreformatted());
            forms(g, "leadForms", article.leadForms());
            g.writeArrayFieldStart("sections");
            for (Section s : article.sections()) {
                section(g, s);
            }
            g.writeEndArray();
            g.writeBooleanField("truncated", article.truncated());
            g.writeEndObject();
        }
    }

    private static void section(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        spans(g, "titleSpans", s.titleSpans());
        g.writeArrayFieldStart("paragraphs");
        for (String p : s.paragraphs()) {
            g.writeString(p);
        }
        g.writeEndArray();
        indices(g, "preformatted", s.preformatted());
        forms(g, "forms", s.forms());
        if (!s.children().isEmpty()) {
            g.writeArrayFieldStart("sections");
            for (Section c : s.children()) {
                section(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Paragraph indices in ascending order; left out when there are none, as files without them read the same. */
    private static void indices(JsonGenerator g, String name, Set<Integer> indices) throws IOException {
        if (indices.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (int index : new TreeSet<>(indices)) {
            g.writeNumber(index);
        }
        g.writeEndArray();
    }

    /**
     * Paragraph forms by ascending index, each with only what differs from a plain paragraph; spans as
     * {@code [start, end, style]} or {@code [start, end, style, target]}. Left out when there are none.
     */
    private static void forms(JsonGenerator g, String name, Map<Integer, ParagraphForm> forms) throws IOException {
        if (forms.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Map.Entry<Integer, ParagraphForm> e : new TreeMap<>(forms).entrySet()) {
            ParagraphForm f = e.getValue();
            g.writeStartObject();
            g.writeNumberField("paragraph", e.getKey());
            if (f.role() != ParagraphForm.Role.BODY) {
                g.writeStringField("role", f.role().key());
            }
            if (f.depth() != 0) {
                g.writeNumberField("depth", f.depth());
            }
            optional(g, "marker", f.marker());
            if (f.align() != ParagraphForm.Align.START) {
                g.writeStringField("align", FormBinder.alignKey(f.align()));
            }
            spans(g, "spans", f.spans());
            if (f.picture() != null) {
                picture(g, f.picture());
            }
            ids(g, f);
            optional(g, "page", f.page());
            if (f.ruleAbove()) {
                g.writeBooleanField("rule", true);
            }
            if (f.loose()) {
                g.writeBooleanField("loose", true);
            }
            cells(g, f);
            if (f.tableStart()) {
                g.writeBooleanField("tableStart", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Spans as {@code [start, end, style]} or {@code [start, end, style, target]}; left out when there are none. */
    private static void spans(JsonGenerator g, String name, List<Span> spans) throws IOException {
        if (spans.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Span s : spans) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeString(s.style().key());
            if (s.target() != null) {
                g.writeString(s.target());
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** A table row's cells, each with only what differs from a plain cell ({@code {}} for a plain one). */
    private static void cells(JsonGenerator g, ParagraphForm f) throws IOException {
        if (f.cells().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("cells");
        for (ParagraphForm.Cell c : f.cells()) {
            g.writeStartObject();
            if (c.align() != ParagraphForm.Align.START) {
                g.writeStringField("align", FormBinder.alignKey(c.align()));
            }
            if (c.span() != 1) {
                g.writeNumberField("span", c.span());
            }
            if (c.rows() != 1) {
                g.writeNumberField("rows", c.rows());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void picture(JsonGenerator g, Picture p) throws IOException {
        g.writeObjectFieldStart("picture");
        g.writeStringField("source", p.source());
        if (!p.alt().isEmpty()) {
            g.writeStringField("alt", p.alt());
        }
        if (p.width() > 0) {
            g.writeNumberField("width", p.width());
        }
        if (p.height() > 0) {
            g.writeNumberField("height", p.height());
        }
        if (p.below()) {
            g.writeBooleanField("below", true);
        }
        if (!p.text().isEmpty()) {
            g.writeStringField("text", p.text());
        }
        g.writeEndObject();
    }

    /** The element ids; an empty one points nowhere and is left out. */
    private static void ids(JsonGenerator g, ParagraphForm f) throws IOException {
        if (f.ids().stream().allMatch(String::isBlank)) {
            return;
        }
        g.writeArrayFieldStart("ids");
        for (String id : f.ids()) {
            if (!id.isBlank()) {
                g.writeString(id);
            }
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
