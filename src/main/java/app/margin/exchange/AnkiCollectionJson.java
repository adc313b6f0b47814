package app.margin.exchange;

import app.margin.json.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The JSON a legacy (schema 11) Anki collection keeps in its {@code col} row: the collection's settings, the two
 * note types, the decks and the default options group. {@link AnkiPackage} writes the notes and cards beside them.
 */
final class AnkiCollectionJson {

    private static final String CSS = ".card { font-family: Georgia, serif; font-size: 20px; text-align: left;"
            + " color: black; background-color: white; line-height: 1.45; }\n"
            + "blockquote { margin: 0 0 0.8em 0; padding-left: 0.8em; border-left: 3px solid #c9b458; }\n"
            + ".cloze { font-weight: bold; color: blue; }\n.nightMode .cloze { color: lightblue; }\n";

    private AnkiCollectionJson() {}

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFormat.generator(out)) {
            body.write(g);
        }
        return out.toString();
    }

    static String conf(long deckId) throws IOException {
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("activeDecks");
            g.writeNumber(deckId);
            g.writeEndArray();
            g.writeNumberField("curDeck", deckId);
            g.writeStringField("curModel", String.valueOf(AnkiPackage.BASIC_MODEL_ID));
            g.writeNumberField("nextPos", 1);
            g.writeBooleanField("addToCur", true);
            g.writeNumberField("collapseTime", 1200);
            g.writeBooleanField("dueCounts", true);
            g.writeBooleanField("estTimes", true);
            g.writeNumberField("newSpread", 0);
            g.writeStringField("sortType", "noteFld");
            g.writeBooleanField("sortBackwards", false);
            g.writeNumberField("timeLim", 0);
            g.writeEndObject();
        });
    }

    static String models(long deckId, long now) throws IOException {
        return json(g -> {
            g.writeStartObject();
            model(g, AnkiPackage.BASIC_MODEL_ID, AnkiPackage.BASIC_MODEL, 0, deckId, now, List.of("Front", "Back"),
                    "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
            model(g, AnkiPackage.CLOZE_MODEL_ID, AnkiPackage.CLOZE_MODEL, 1, deckId, now, List.of("Text", "Back Extra"),
                    "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}");
            g.writeEndObject();
        });
    }

    private static void model(JsonGenerator g, long id, String name, int type, long deckId, long now,
                              List<String> fields, String qfmt, String afmt) throws IOException {
        g.writeObjectFieldStart(String.valueOf(id));
        g.writeNumberField("id", id);
        g.writeStringField("name", name);
        g.writeNumberField("type", type);
        g.writeNumberField("mod", now);
        g.writeNumberField("usn", -1);
        g.writeNumberField("sortf", 0);
        g.writeNumberField("did", deckId);
        g.writeArrayFieldStart("tmpls");
        g.writeStartObject();
        g.writeStringField("name", type == 1 ? "Cloze" : "Card 1");
        g.writeNumberField("ord", 0);
        g.writeStringField("qfmt", qfmt);
        g.writeStringField("afmt", afmt);
        g.writeStringField("bqfmt", "");
        g.writeStringField("bafmt", "");
        g.writeNullField("did");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("flds");
        for (int i = 0; i < fields.size(); i++) {
            g.writeStartObject();
            g.writeStringField("name", fields.get(i));
            g.writeNumberField("ord", i);
            g.writeBooleanField("sticky", false);
            g.writeBooleanField("rtl", false);
            g.writeStringField("font", "Arial");
            g.writeNumberField("size", 20);
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("css", CSS);
        g.writeStringField("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                + "\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        g.writeStringField("latexPost", "\\end{document}");
        g.writeArrayFieldStart("req"); // the first field is needed for the one template's card
        g.writeStartArray();
        g.writeNumber(0);
        g.writeString("any");
        g.writeStartArray();
        g.writeNumber(0);
        g.writeEndArray();
        g.writeEndArray();
        g.writeEndArray();
        g.writeArrayFieldStart("tags");
        g.writeEndArray();
        g.writeArrayFieldStart("vers");
        g.writeEndArray();
        g.writeEndObject();
    }

    static String decks(long deckId, String name, long now) throws IOException {
        return json(g -> {
            g.writeStartObject();
            deck(g, AnkiPackage.DEFAULT_ID, "Default", now);
            deck(g, deckId, name, now);
            g.writeEndObject();
        });
    }

    private static void deck(JsonGenerator g, long id, String name, long now) throws IOException {
        g.writeObjectFieldStart(String.valueOf(id));
        g.writeNumberField("id", id);
        g.writeStringField("name", name);
        g.writeStringField("desc", id == AnkiPackage.DEFAULT_ID ? "" : "Cards made in Margin.");
        g.writeNumberField("conf", AnkiPackage.DEFAULT_ID);
        g.writeNumberField("dyn", 0);
        g.writeBooleanField("collapsed", false);
        g.writeBooleanField("browserCollapsed", false);
        g.writeNumberField("extendNew", 0);
        g.writeNumberField("extendRev", 0);
        g.writeNumberField("mod", now);
        g.writeNumberField("usn", -1);
        for (String today : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
            g.writeArrayFieldStart(today);
            g.writeNumber(0);
            g.writeNumber(0);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Anki's default options group, as its legacy collections hold it. */
    static String dconf() throws IOException {
        return json(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart(String.valueOf(AnkiPackage.DEFAULT_ID));
            g.writeNumberField("id", AnkiPackage.DEFAULT_ID);
            g.writeStringField("name", "Default");
            g.writeNumberField("mod", 0);
            g.writeNumberField("usn", 0);
            g.writeNumberField("maxTaken", 60);
            g.writeBooleanField("autoplay", true);
            g.writeBooleanField("replayq", true);
            g.writeNumberField("timer", 0);
            g.writeBooleanField("dyn", false);
            g.writeObjectFieldStart("new");
            numbers(g, "delays", 1, 10);
            numbers(g, "ints", 1, 4, 0);
            g.writeNumberField("initialFactor", 2500);
            g.writeNumberField("order", 1);
            g.writeNumberField("perDay", 20);
            g.writeBooleanField("bury", false);
            g.writeEndObject();
            g.writeObjectFieldStart("rev");
            g.writeNumberField("perDay", 200);
            g.writeNumberField("ease4", 1.3);
            g.writeNumberField("ivlFct", 1);
            g.writeNumberField("maxIvl", 36500);
            g.writeNumberField("hardFactor", 1.2);
            g.writeBooleanField("bury", false);
            g.writeEndObject();
            g.writeObjectFieldStart("lapse");
            numbers(g, "delays", 10);
            g.writeNumberField("mult", 0);
            g.writeNumberField("minInt", 1);
            g.writeNumberField("leechFails", 8);
            g.writeNumberField("leechAction", 1);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void numbers(JsonGenerator g, String name, int... values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }
}
