package app.margin.json;

import java.util.regex.Pattern;

/** Builds JSON paths in the familiar {@code $.sections[1].id} notation for messages. */
public final class JsonPaths {
    public static final String ROOT = "$";

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    public static String member(String parent, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
