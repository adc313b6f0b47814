package app.margin.article.pdf;

import java.util.List;

/**
 * PDFBox's one-time set-up that a document's first page waits for and that depends on no document: classes whose
 * static initialisers read and index tables. Done on another core while the document's cross-reference table and
 * bookmarks are read, it is off the way to the first page (see {@code docs/pdf.md}, "The first pages first").
 * Measured on the installed runtime, in fresh JVMs: the text stripper with Adobe's glyph list and its own tables
 * 27–44 ms, TrueType's data streams 3–6 ms. (fontbox's table of 65,536 strings for Unicode maps was the largest
 * such piece: Margin's own {@code org.apache.fontbox.cmap.CMapStrings} stands in for it.) Running it twice, or
 * alongside the reading that needs it, is harmless: a class is set up once, and a thread that needs it meanwhile
 * waits for it.
 */
final class PdfBoxSetUp {
    /** In the order a document's reading first needs them. */
    static final List<String> CLASSES = List.of(
            "org.apache.pdfbox.text.PDFTextStripper",
            "org.apache.pdfbox.text.LegacyPDFStreamEngine",
            "org.apache.pdfbox.pdmodel.font.encoding.GlyphList",
            "org.apache.fontbox.ttf.TTFDataStream");

    private PdfBoxSetUp() {}

    /** Sets the classes up now, on this thread; a class that is missing or fails is left to its first use. */
    static void run() {
        ClassLoader loader = PdfBoxSetUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the class is set up when it is first used, as before.
            }
        }
    }
}
