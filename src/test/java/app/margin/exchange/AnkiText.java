package app.margin.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text file the way Anki's importer is documented to (docs.ankiweb.net, "Importing › Text Files"): header
 * lines {@code #key:value} at the top, then one note a record, fields split by the separator, a field in double
 * quotes may hold separators and line breaks and doubles its quotes; with {@code #html:true} fields are HTML.
 * Written for the tests, independently of {@link AnkiExport}.
 */
final class AnkiText {

    /** {@code {{c1::text}}} or {@code {{c1::text::hint}}}, as Anki's cloze note type reads it. */
    static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::(.*?))?}}");

    final Map<String, String> headers = new LinkedHashMap<>();
    final List<List<String>> rows = new ArrayList<>();

    static AnkiText parse(String file) {
        AnkiText out = new AnkiText();
        int at = 0;
        while (at < file.length() && file.charAt(at) == '#') {
            int end = file.indexOf('\n', at);
            String line = file.substring(at + 1, end < 0 ? file.length() : end);
            int colon = line.indexOf(':');
            out.headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            at = end < 0 ? file.length() : end + 1;
        }
        char separator = switch (out.headers.getOrDefault("separator", "tab").toLowerCase()) {
            case "tab" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> throw new IllegalArgumentException("separator " + out.headers.get("separator"));
        };
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = at; i < file.length(); i++) {
            char c = file.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < file.length() && file.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                out.rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
            } else {
                if (c == '"') {
                    throw new IllegalArgumentException("A bare quote inside an unquoted field, record " + out.rows.size());
                }
                field.append(c);
                fieldStart = false;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            out.rows.add(row);
        }
        return out;
    }

    /** Column {@code n} (1-based, as the headers number them) of a row. */
    static String column(List<String> row, String number) {
        return row.get(Integer.parseInt(number) - 1);
    }

    /** What an HTML field shows, as text: line breaks from {@code <br>}, other tags dropped, entities decoded. */
    static String shown(String html) {
        String text = html.replace("<br>", "\n").replaceAll("<[^>]+>", "");
        Matcher numeric = Pattern.compile("&#(\\d+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            numeric.appendReplacement(out, Matcher.quoteReplacement(
                    new String(Character.toChars(Integer.parseInt(numeric.group(1))))));
        }
        numeric.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
