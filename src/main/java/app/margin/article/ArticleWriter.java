package app.margin.article;

import app.margin.files.AtomicFiles;
import app.margin.json.JsonFormat;
import app.margin.model.Article;
import app.margin.model.Section;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an article in Margin's JSON format (schema version 1), the format {@link ArticleReader} reads:
 * how an imported Markdown or text file is kept in the library.
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
            g.writeNumberField("schemaVersion", 1);
            g.writeStringField("id", article.id());
            g.writeStringField("title", article.title());
            optional(g, "byline", article.byline());
            optional(g, "source", article.source());
            optional(g, "date", article.date());
            optional(g, "language", article.language());
            g.writeArrayFieldStart("lead");
            for (String p : article.lead()) {
                g.writeString(p);
            }
            g.writeEndArray();
            indices(g, "leadPreformatted", article.leadPreformatted());
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
        g.writeArrayFieldStart("paragraphs");
        for (String p : s.paragraphs()) {
            g.writeString(p);
        }
        g.writeEndArray();
        indices(g, "preformatted", s.preformatted());
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

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
