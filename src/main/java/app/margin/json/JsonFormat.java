package app.margin.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * Margin's one maker of Jackson factories, for every JSON file it reads or writes. A reading format holds its
 * {@link JsonLimits} and opens a {@link JsonCursor} per file; all formats read alike: strictly (a member twice in
 * one object is an error), without closing the caller's stream, without quoting the file back in locations.
 * Instances are immutable and safe to share between threads.
 */
public final class JsonFormat {
    private static final JsonFactory WRITING = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonLimits limits;
    private final JsonFactory reading;

    private JsonFormat(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reading = JsonFactory.builder()
                .streamReadConstraints(limits.constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** A reading format with these limits. */
    public static JsonFormat reading(JsonLimits limits) {
        return new JsonFormat(limits);
    }

    public JsonLimits limits() {
        return limits;
    }

    /** A cursor over the one JSON document in {@code in}; the stream is read as needed and never closed. */
    public JsonCursor open(InputStream in) throws JsonProblem {
        Objects.requireNonNull(in, "in");
        try {
            return new JsonCursor(reading.createParser(in), limits);
        } catch (IOException e) {
            throw JsonProblem.unreadable(e);
        }
    }

    /** A generator writing UTF-8 to {@code out}; closing it flushes {@code out} and leaves it open. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        return WRITING.createGenerator(out, JsonEncoding.UTF8);
    }

    /** A generator writing to {@code out}; closing it flushes {@code out} and leaves it open. */
    public static JsonGenerator generator(Writer out) throws IOException {
        return WRITING.createGenerator(out);
    }
}
