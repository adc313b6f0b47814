package app.margin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light theme's colour tokens, read from Margin's one stylesheet ({@code css/margin.css}, the {@code .root}
 * block), so that a printed or exported sheet uses the reading pane's highlight colours and no colour is named in
 * Java code.
 */
public final class SheetColours {

    private static final Pattern TOKEN = Pattern.compile("(-margin-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");

    private SheetColours() {}

    /** Token name (e.g. {@code -margin-highlight-yellow}) to its light-theme value. */
    public static Map<String, String> light() throws IOException {
        String css;
        try (InputStream in = SheetColours.class.getResourceAsStream("/css/margin.css")) {
            if (in == null) {
                throw new IOException("the stylesheet css/margin.css is missing");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int root = css.indexOf(".root {");
        int end = root < 0 ? -1 : css.indexOf('}', root);
        if (end < 0) {
            throw new IOException("the stylesheet has no .root block of colour tokens");
        }
        Map<String, String> tokens = new HashMap<>();
        Matcher m = TOKEN.matcher(css.substring(root, end));
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    /** {@code text} with each {@code @margin-token@} replaced by the token's value. */
    static String fill(String text, Map<String, String> tokens) throws IOException {
        Matcher m = Pattern.compile("@(margin-[a-z-]+)@").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = tokens.get("-" + m.group(1));
            if (value == null) {
                throw new IOException("the stylesheet has no colour token -" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
