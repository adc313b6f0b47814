package app.margin.model;

import java.util.Objects;

/**
 * A run of a paragraph's plain text set in a particular way: emphasis, code, a link. Offsets are into the
 * paragraph's text, so anchors, find and reading positions, which read only the text, never see spans.
 *
 * @param start  first character, from 0
 * @param end    one past the last character; greater than {@code start}
 * @param style  how the run is set
 * @param target for {@link Style#LINK} and {@link Style#NOTE_REF}: where it points, either {@code "#id"} (an
 *               element id inside the article, see {@link ParagraphForm#ids()}), an absolute URL, or another file
 *               by its path from the article's folder ({@code "week2.md#proof"}, see {@link #toFile()}); else
 *               {@code null}
 */
public record Span(int start, int end, Style style, String target) {

    /** The inline styles Margin keeps from a source. */
    public enum Style {
        EMPHASIS("em"), STRONG("strong"), CODE("code"), LINK("link"), SUBSCRIPT("sub"), SUPERSCRIPT("sup"),
        STRIKE("strike"), SMALL_CAPS("smallcaps"), NOTE_REF("noteref");

        private final String key;

        Style(String key) {
            this.key = key;
        }

        /** The short name Margin's JSON and the reading pane's CSS use. */
        public String key() {
            return key;
        }

        /** The style with this {@link #key()}, or {@code null}. */
        public static Style ofKey(String key) {
            for (Style s : values()) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            return null;
        }

        /** Whether a span of this style points somewhere. */
        public boolean points() {
            return this == LINK || this == NOTE_REF;
        }
    }

    public Span {
        Objects.requireNonNull(style, "style");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span runs from " + start + " to " + end);
        }
        if (style.points() && (target == null || target.isBlank())) {
            throw new IllegalArgumentException("a " + style.key() + " span needs a target");
        }
        if (!style.points()) {
            target = null;
        }
    }

    public Span(int start, int end, Style style) {
        this(start, end, style, null);
    }

    /** Whether the target is inside the article ({@code "#id"}). */
    public boolean internal() {
        return target != null && target.startsWith("#");
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * Whether the target is another file, named by its path relative to the folder the article was read from
     * ({@code "week2.md#proof"}, {@code "../library/os.html"}): neither {@code "#id"} nor an address with a scheme.
     * Where it leads is worked out, and checked, only when it is followed.
     */
    public boolean toFile() {
        return target != null && !internal() && !hasScheme(target);
    }

    /**
     * Whether an address is one Margin may show and, on a click, open outside itself after saying where it goes: an
     * {@code http:}, {@code https:} or {@code mailto:} address (not {@code javascript:}, {@code file:}, {@code data:}).
     */
    public static boolean opensOutside(String address) {
        return address.regionMatches(true, 0, "http://", 0, 7) || address.regionMatches(true, 0, "https://", 0, 8)
                || address.regionMatches(true, 0, "mailto:", 0, 7);
    }

    /** Whether an address starts with a URI scheme ({@code "https:"}, {@code "file:"}, {@code "C:"}). */
    public static boolean hasScheme(String address) {
        return SCHEME.matcher(address).find();
    }
}
