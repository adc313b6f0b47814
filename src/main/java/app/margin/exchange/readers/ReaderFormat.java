package app.margin.exchange.readers;

/** The files of other readers Margin imports highlights from, with the names messages use for them. */
public enum ReaderFormat {
    KINDLE("Kindle clippings"),
    KOREADER("KOReader"),
    CALIBRE("calibre"),
    FOLIATE("Foliate"),
    W3C("W3C Web Annotations"),
    MARGIN("Margin annotations");

    private final String label;

    ReaderFormat(String label) {
        this.label = label;
    }

    /** "Kindle clippings", "KOReader"... */
    public String label() {
        return label;
    }
}
