package app.margin.model;

/** The highlight colours a reader can pick. Views map each to a colour token in the stylesheet. */
public enum HighlightColor {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    /** The lower-case name used in storage, exports and style classes. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static HighlightColor fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
