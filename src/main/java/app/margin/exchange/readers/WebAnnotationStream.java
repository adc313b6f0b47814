package app.margin.exchange.readers;

import app.margin.json.JsonCursor;
import app.margin.json.JsonFormat;
import app.margin.json.JsonLimits;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a W3C collection Margin wrote as a stream, one annotation at a time, so that 100,000 annotations (about
 * 80 MiB of JSON-LD) do not become one tree in memory. Members other than {@code margin:article}, {@code generated}
 * and {@code first.items} are passed over.
 */
final class WebAnnotationStream {

    /** The largest W3C file Margin reads back. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final JsonFormat JSON = JsonFormat.reading(new JsonLimits(MAX_BYTES, ReaderJson.MAX_DEPTH,
            4 * 1024 * 1024, JsonLimits.DEFAULT_MAX_NUMBER_LENGTH));

    private WebAnnotationStream() {}

    static WebAnnotationReader.Read read(InputStream in, String name) throws ReaderException {
        try (JsonCursor cursor = JSON.open(in)) {
            if (cursor.next() != JsonToken.START_OBJECT) {
                throw new ReaderException(name + " is not a W3C annotation collection: it is not a JSON object.");
            }
            WebAnnotationReader.Collector collector = null;
            List<JsonValue> early = new ArrayList<>();
            Instant generated = null;
            int index = 0;
            while (cursor.next() == JsonToken.FIELD_NAME) {
                String member = cursor.name();
                JsonToken value = cursor.next();
                if (member.equals("margin:article")) {
                    collector = new WebAnnotationReader.Collector(ReaderJson.object(cursor.value()), name);
                    for (int k = 0; k < early.size(); k++) { // the items before the article, numbered from 0
                        collector.add(early.get(k), k);
                    }
                    early.clear();
                } else if (member.equals("generated") && value == JsonToken.VALUE_STRING) {
                    generated = ReaderJson.time(cursor.value());
                } else if (member.equals("first") && value == JsonToken.START_OBJECT) {
                    while (cursor.next() == JsonToken.FIELD_NAME) {
                        String inner = cursor.name();
                        JsonToken token = cursor.next();
                        if (inner.equals("items") && token == JsonToken.START_ARRAY) {
                            while (cursor.next() != JsonToken.END_ARRAY) {
                                JsonValue item = cursor.value();
                                if (collector == null) {
                                    early.add(item);
                                } else {
                                    collector.add(item, index);
                                }
                                index++;
                            }
                        } else {
                            cursor.skip();
                        }
                    }
                } else {
                    cursor.skip();
                }
            }
            cursor.end();
            if (collector == null) {
                throw new ReaderException(name + " has no margin:article, so Margin cannot tell whose notes these"
                        + " are.");
            }
            return collector.finish(generated);
        } catch (JsonProblem e) {
            throw ReaderJson.refusal(name, e, MAX_BYTES);
        }
    }
}
