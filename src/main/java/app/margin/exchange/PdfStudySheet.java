package app.margin.exchange;

import app.margin.exchange.StudySheet.Part;
import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The study sheet as a PDF: the {@link StudySheet} content laid out by openhtmltopdf (XHTML and CSS in, pages
 * out, on PDFBox) in the reading font, embedded as a subset so the text stays selectable and searchable;
 * highlighted passages on their highlight colour, section notes labelled. Only this class names openhtmltopdf, and
 * it is only reached when a PDF is written, so none of it loads when Margin starts.
 */
public final class PdfStudySheet {
    /** XHTML entities, and XML's rule for which characters a document may hold. */
    private static final Document.OutputSettings XHTML = new Document.OutputSettings()
            .escapeMode(Entities.EscapeMode.xhtml).syntax(Document.OutputSettings.Syntax.xml);

    /** The font family name the sheet's stylesheet asks for. */
    static final String FAMILY = "Margin Serif";
    /** The family the stylesheet sets code in, when the system has a monospace TrueType face. */
    static final String MONO = "Margin Mono";

    private PdfStudySheet() {}

    /**
     * Writes the sheet to {@code file}, whole or not at all.
     *
     * @param scope e.g. "Section: Background" when the sheet is of one section, or {@code null} for the article
     * @param fonts the faces to set it in, e.g. {@link SheetFonts#reading()}
     */
    public static void write(Path file, Sheet sheet, String scope, Map<SheetFonts.Face, SheetFonts.Source> fonts)
            throws ExchangeException {
        try {
            String html = xhtml(sheet, scope, stylesheet());
            quiet();
            app.margin.files.AtomicFiles.write(file, out -> {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.withProducer("Margin");
                font(builder, fonts.get(SheetFonts.Face.REGULAR), 400, FontStyle.NORMAL);
                font(builder, fonts.get(SheetFonts.Face.ITALIC), 400, FontStyle.ITALIC);
                font(builder, fonts.get(SheetFonts.Face.BOLD), 700, FontStyle.NORMAL);
                if (fonts.containsKey(SheetFonts.Face.MONO)) { // code; without it, code is set in the serif
                    font(builder, fonts.get(SheetFonts.Face.MONO), MONO, 400, FontStyle.NORMAL);
                }
                builder.withHtmlContent(html, null);
                builder.toStream(out);
                builder.run();
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ExchangeException("Margin could not write the PDF " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** openhtmltopdf reports each step at INFO on stderr; only its warnings are worth the reader's log. */
    private static void quiet() {
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private static void font(PdfRendererBuilder builder, SheetFonts.Source source, int weight, FontStyle style) {
        font(builder, source, FAMILY, weight, style);
    }

    private static void font(PdfRendererBuilder builder, SheetFonts.Source source, String family, int weight,
            FontStyle style) {
        builder.useFont(() -> {
            try {
                return source.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, family, weight, style, true);
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = PdfStudySheet.class.getResourceAsStream("/pdf/study-sheet.css")) {
            if (in == null) {
                throw new IOException("the sheet's stylesheet pdf/study-sheet.css is missing");
            }
            return SheetColours.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), SheetColours.light());
        }
    }

    /** The sheet as the XHTML document that is laid out. */
    static String xhtml(Sheet sheet, String scope, String css) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(sheet.title())).append("</title><style>\n").append(css).append("</style></head><body>\n");
        b.append("<h1>").append(esc(sheet.title())).append("</h1>\n");
        if (!sheet.byline().isBlank()) {
            b.append("<p class=\"byline\">").append(esc(sheet.byline())).append("</p>\n");
        }
        if (scope != null) {
            b.append("<p class=\"scope\">").append(esc(scope)).append("</p>\n");
        }
        b.append("<p class=\"exported\">Study notes exported from Margin on ").append(sheet.exported())
                .append(".</p>\n");
        if (sheet.parts().isEmpty()) {
            b.append("<p class=\"text\">No highlights, notes or bookmarks").append(scope == null ? "" : " in this section")
                    .append(" yet.</p>\n");
        }
        for (Part part : sheet.parts()) {
            int h = Math.min(5, part.level() + 1);
            b.append("<h").append(h).append('>').append(esc(part.heading())).append("</h").append(h).append(">\n");
            if (part.unplaced()) {
                b.append("<p class=\"text\">").append(esc(StudySheet.UNPLACED_EXPLANATION)).append("</p>\n");
            }
            for (Note note : part.sectionNotes()) {
                b.append("<div class=\"note section-note\"><p class=\"label\">Section note");
                sheet.pageOf(note.id()).ifPresent(page -> b.append(" · ").append(esc(page)));
                if (part.unplaced()) {
                    b.append(" (on “").append(esc(note.anchor().sectionId())).append("”, no longer in the article)");
                }
                b.append("</p>\n");
                text(b, note);
                details(b, note, sheet);
                b.append("</div>\n");
            }
            for (Note note : part.highlights()) {
                b.append("<div class=\"note highlight\">");
                if (note.anchor().quote() != null) {
                    String colour = note.color() == null ? "" : " hl-" + note.color().key();
                    sheet.pictureOf(note).ifPresent(p -> b.append(PdfPassages.figure(p, sheet.pictureBase())));
                    b.append("<p class=\"passage\"><span class=\"hl").append(colour).append("\">")
                            .append(PdfPassages.marked(note.anchor().quote().exact(), sheet.marksOf(note)))
                            .append("</span></p>\n");
                }
                text(b, note);
                details(b, note, sheet);
                b.append("</div>\n");
            }
            if (!part.bookmarks().isEmpty()) {
                b.append("<ul class=\"bookmarks\">\n");
                for (Bookmark bookmark : part.bookmarks()) {
                    b.append("<li>Bookmark: ").append(esc(bookmark.name()));
                    sheet.pageOf(bookmark.id()).ifPresent(page -> b.append(" (").append(esc(page)).append(')'));
                    if (part.unplaced() && bookmark.anchor().quote() != null) {
                        b.append(" (at “").append(esc(bookmark.anchor().quote().exact())).append("”)");
                    }
                    b.append("</li>\n");
                }
                b.append("</ul>\n");
            }
        }
        return b.append("</body></html>\n").toString();
    }

    private static void text(StringBuilder b, Note note) {
        if (note.text().isBlank()) {
            return;
        }
        for (String paragraph : note.text().strip().split("\\R\\s*\\R")) {
            b.append("<p class=\"text\">").append(esc(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>\n");
        }
    }

    private static void details(StringBuilder b, Note note, Sheet sheet) {
        List<String> parts = new ArrayList<>();
        StudySheet.colourLabel(note).ifPresent(parts::add);
        sheet.pageOf(note.id()).ifPresent(parts::add); // students cite pages, as the Markdown sheet does
        if (!note.tags().isEmpty()) {
            parts.add("Tags: " + String.join(" ", note.tags().stream().map(t -> "#" + t.replace(' ', '-')).toList()));
        }
        parts.add(StudySheet.time(note, sheet.zone()));
        b.append("<p class=\"details\">").append(esc(String.join(" · ", parts))).append("</p>\n");
    }

    /** Text as XHTML character data: escaped by jsoup for XML, which leaves out characters XML cannot hold. */
    static String esc(String text) {
        return Entities.escape(text, XHTML);
    }
}
