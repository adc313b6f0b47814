package app.margin.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tags as the reader types them: separated by commas or spaces, with or without '#'. */
public final class Tags {
    public static final int MAX_TAGS = 32;
    public static final int MAX_TAG_LENGTH = 40;

    private Tags() {
    }

    public static List<String> parse(String typed) {
        List<String> out = new ArrayList<>();
        for (String raw : typed.split("[,\\s]+")) {
            String tag = raw.strip();
            while (tag.startsWith("#")) {
                tag = tag.substring(1);
            }
            tag = tag.toLowerCase(Locale.ROOT);
            if (tag.length() > MAX_TAG_LENGTH) {
                tag = tag.substring(0, MAX_TAG_LENGTH);
            }
            if (!tag.isEmpty() && !out.contains(tag) && out.size() < MAX_TAGS) {
                out.add(tag);
            }
        }
        return out;
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    /** "#exam #week-3" for lists and exports. */
    public static String hashed(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(java.util.stream.Collectors.joining(" "));
    }
}
