package app.margin.article.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Link annotations for the tests' PDFs, as TeX's hyperref writes them: an area a point wider than the words it is
 * over, and a go-to to a place on a page (its top a line's height above the text it names), a name, or a web address.
 */
public final class LinkMaker {
    private LinkMaker() {}

    /** The area over {@code word} (its first occurrence) in the line {@code line} set at ({@code x}, {@code top}). */
    public static PDRectangle over(float x, float top, PDFont font, float size, String line, String word) {
        return over(x, top, font, size, line, word, 1f);
    }

    /** As {@link #over(float, float, PDFont, float, String, String)}, {@code margin} wider than the word each side. */
    public static PDRectangle over(float x, float top, PDFont font, float size, String line, String word,
            float margin) {
        int at = line.indexOf(word);
        if (at < 0) {
            throw new IllegalArgumentException(word + " is not in " + line);
        }
        float x0 = x + PdfMaker.Page.width(font, size, line.substring(0, at));
        float x1 = x0 + PdfMaker.Page.width(font, size, word);
        float baseline = PdfMaker.HEIGHT - top;
        return new PDRectangle(x0 - margin, baseline - 0.25f * size - 1, x1 - x0 + 2 * margin, size + 2);
    }

    /** A place on {@code page}: the point {@code above} points over the baseline at {@code top} (hyperref's raise). */
    public static PDPageXYZDestination at(PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(PdfMaker.HEIGHT - top + 12));
        destination.setLeft(72);
        return destination;
    }

    public static PDActionGoTo goTo(org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination
            destination) {
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(destination);
        return goTo;
    }

    /** A link on {@code page} over {@code area} with this action. */
    public static PDAnnotationLink link(PdfMaker.Page page, PDRectangle area, PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setAction(action);
        return add(page, link);
    }

    /** A link on {@code page} over {@code area} whose /Dest is {@code destination} as the file would write it. */
    public static PDAnnotationLink dest(PdfMaker.Page page, PDRectangle area, COSBase destination) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.getCOSObject().setItem(COSName.DEST, destination);
        return add(page, link);
    }

    private static PDAnnotationLink add(PdfMaker.Page page, PDAnnotationLink link) {
        try {
            page.page.getAnnotations().add(link);
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's catalog, to give it named destinations. */
    public static COSDictionary catalog(PdfMaker pdf) {
        return pdf.document.getDocumentCatalog().getCOSObject();
    }
}
