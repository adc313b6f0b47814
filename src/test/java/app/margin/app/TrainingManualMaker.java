package app.margin.app;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Makes {@code packaging/training/manual.pdf}, the AOT training run's second PDF (see packaging/training/README.md):
 * run once by hand, its output committed. Where {@code paper.pdf} (plain TeX) has Type 1 (CFF) fonts and nothing
 * else, this one has what a manual or a thesis set with hyperref or ConTeXt has, and which a long PDF's first page
 * loads: body text in a TrueType font embedded as a Type 0 (CID, Identity-H) subset with a ToUnicode map and a
 * paragraph in a Type 1 font embedded whole (a {@code .pfb}, as pdfTeX embeds it), an outline whose entries point at
 * named destinations, page labels (roman, then arabic), a contents page with its page numbers in a column and a link
 * on each line, link annotations without appearance streams (go-to and URI actions), a picture with a caption,
 * a transparent fill (an ExtGState with a soft mask entry) and a running foot marked as an artifact. Its eight pages
 * hold over 3,000 characters before the last one, so the training run's start with it (--smoke) shows its first pages
 * before the rest is read, as a long document's start does.
 *
 * <pre>java -cp target/test-classes:$(cat target/test-cp.txt) app.margin.app.TrainingManualMaker \
 *     packaging/training/manual.pdf</pre>
 *
 * The fonts are read from the system: DejaVu Serif (Bitstream Vera / DejaVu licence) and Computer Modern's
 * {@code cmr10.pfb} (AMS, SIL Open Font Licence), both free to embed and pass on. The words are this class's.
 */
public final class TrainingManualMaker {
    static final String SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    static final String SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
    static final String TYPE1 = "/usr/share/texlive/texmf-dist/fonts/type1/public/amsfonts/cm/cmr10.pfb";

    private static final float WIDTH = 595.276f;
    private static final float HEIGHT = 841.89f;
    private static final float LEFT = 90f;
    private static final float MEASURE = WIDTH - 2 * LEFT;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    /** Enough pages for a long document's path: its first pages (3,000 characters) shown before the rest is read. */
    private static final int PAGES = 8;

    /** The sections: title, the page (0-based) its heading is on, its destination's name, its level, its text. */
    private record Section(String title, int page, String name, int level, String text) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("1 Starting out", 2, "section.1", 1, "A document opens at its first page. The reader sees "
                    + "the title, the contents and the first section, and the rest of the document is read while the "
                    + "first page is already on the screen. Long manuals, theses and reports have an outline, page "
                    + "labels and links, and each of them takes the reader somewhere else in the same document."),
            new Section("1.1 Opening a file", 2, "subsection.1.1", 2, "A file is opened from the menu, from the "
                    + "command line or by a click in the file manager. Opening the same file again goes back to the "
                    + "place where the reading stopped."),
            new Section("2 Reading closely", 3, "section.2", 1, "Close reading is slow reading. A passage is read "
                    + "twice: once for its argument, once for its evidence, and the second reading is where the "
                    + "questions come from (Adler and Van Doren, 1972)."),
            new Section("2.1 Marks and notes", 3, "subsection.2.1", 2, "A mark is a highlight on a passage, and a "
                    + "note is a question or an answer written beside it. Notes are kept with the words they belong "
                    + "to, so they find their place again when the document is read once more. Section 3 says where "
                    + "the notes go afterwards."),
            new Section("3 Questions for a second reading", 4, "section.3", 1, "The first reading asks what a "
                    + "passage says. The second asks how it knows: which figure, which source, which step of the "
                    + "argument carries the claim, and what would have to be true for the claim to fail. A note "
                    + "that names the step it doubts is worth more than a note that only agrees.\n"
                    + "Questions are best written as questions, with a question mark, so that a study session can "
                    + "find them again. A question answered later keeps its answer beside it, and the pair becomes a "
                    + "card to revise from. Questions that stay open are the ones to bring to a seminar.\n"
                    + "Definitions deserve a mark of their own. A term defined on one page is used on many others, "
                    + "and a reader who marks the definition can go back to it from any of them. A list of the terms "
                    + "of a chapter, each with its page, is a small index made by the reader."),
            new Section("4 A study session", 5, "section.4", 1, "A study session begins with the notes, not with "
                    + "the text. The reader goes through the questions of the last reading, answers what can be "
                    + "answered from memory, and looks up the rest. Each look-up starts from the note and lands on "
                    + "its passage, on the page where it was written.\n"
                    + "After the session the notes are exported as a sheet: the quotations, the questions and the "
                    + "answers, grouped by section, each with its page label. The sheet is short enough to read in "
                    + "a quarter of an hour, and it is what the reader takes into an examination room in memory.\n"
                    + "A second session a week later uses the same sheet. The questions still open after it are "
                    + "the ones to ask a teacher, and the answers found are the ones to keep.\n"
                    + "Some readers keep one sheet for a whole course and add to it after every session; others "
                    + "keep one for each chapter. Either way the sheet is made from the notes, and the notes are "
                    + "made while reading, so a session never starts from an empty page."),
            new Section("5 Going further", 6, "section.5", 1, "The notes of a study session become a sheet to "
                    + "revise from. Every note keeps the page label of its passage, so a citation names the page a "
                    + "reader of the printed document would look for. A document read again after a year still "
                    + "has its notes, placed by their words, even when the document itself has changed."),
            new Section("References", 7, "section*.refs", 1, "Adler, M. J. and Van Doren, C. (1972). How to Read a "
                    + "Book. Revised edition. New York: Simon and Schuster."));

    private final PDDocument document = new PDDocument();
    private final PDFont serif;
    private final PDFont bold;
    private final PDFont type1;
    private final Map<String, PDPageDestination> destinations = new LinkedHashMap<>();
    private final List<PDPage> pages = new ArrayList<>();

    private TrainingManualMaker() throws IOException {
        serif = trueType(SERIF);
        bold = trueType(SERIF_BOLD);
        try (InputStream in = Files.newInputStream(Path.of(TYPE1))) {
            type1 = new PDType1Font(document, in);
        }
        for (int i = 0; i < PAGES; i++) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            pages.add(page);
        }
    }

    /**
     * The font cut down to printable ASCII and a few marks, then embedded whole as a Type 0 font (Identity-H, with a
     * ToUnicode map). PDFBox's own subsets keep only the tables a PDF needs, but TeX's and most other writers' keep
     * the font's character map and names too, which a reader parses when it opens one (fontbox's cmap and name
     * records): this subset keeps every table.
     */
    private PDFont trueType(String file) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            TTFSubsetter subset = new TTFSubsetter(font);
            for (int c = 32; c < 127; c++) {
                subset.add(c);
            }
            "\u2018\u2019\u201c\u201d\u2013\u2014\u2026".codePoints().forEach(subset::add);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subset.writeToStream(bytes);
            return PDType0Font.load(document, new ByteArrayInputStream(bytes.toByteArray()), false);
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/training/manual.pdf");
        TrainingManualMaker maker = new TrainingManualMaker();
        maker.titlePage();
        maker.contentsPage();
        maker.bodyPages();
        maker.navigation();
        maker.document.getDocumentInformation().setTitle("A Short Manual for Close Reading");
        maker.document.getDocumentInformation().setAuthor("Margin");
        maker.document.save(out.toFile());
        maker.document.close();
        System.out.println("wrote " + out);
    }

    private void titlePage() throws IOException {
        PDPage page = pages.get(0);
        BufferedImage logo = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2b4c7e), 48, 48, new Color(0xe0c080)));
        g.fillRect(0, 0, 48, 48);
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(document, logo);
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            s.drawImage(image, WIDTH / 2 - 24, HEIGHT - 200, 48, 48);
            centred(s, bold, 20, HEIGHT - 250, "A Short Manual for Close Reading");
            centred(s, serif, 12, HEIGHT - 280, "Written for Margin's training run");
            centred(s, serif, 10, HEIGHT - 300, "https://example.org/margin/manual");
            float y = paragraph(s, serif, HEIGHT - 380, "This manual shows how a reader finds the passages of a long "
                    + "document again: by its contents, by the bookmarks beside the text, and by the links between "
                    + "its sections. Each part is short, and each ends with a question to keep in mind.");
            paragraph(s, serif, y - LEADING, "The contents on the next page lead to every section.");
            foot(s, "i");
        }
        link(page, new PDRectangle(WIDTH / 2 - 110, HEIGHT - 304, 220, 14), uri("https://example.org/margin/manual"));
        link(page, new PDRectangle(LEFT, HEIGHT - 380 - 4 * LEADING, 300, 14), goTo("contents"));
        destination("title", 0, HEIGHT);
    }

    private void contentsPage() throws IOException {
        PDPage page = pages.get(1);
        destination("contents", 1, HEIGHT - 100);
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
            text(s, bold, 16, LEFT, HEIGHT - 120, "Contents");
            float y = HEIGHT - 160;
            for (Section section : SECTIONS) {
                float indent = section.level() == 1 ? 0 : 18;
                PDFont font = section.level() == 1 ? bold : serif;
                text(s, font, SIZE, LEFT + indent, y, section.title());
                String number = Integer.toString(section.page() - 1);
                text(s, serif, SIZE, LEFT + MEASURE - width(serif, SIZE, number), y, number);
                link(page, new PDRectangle(LEFT, y - 3, MEASURE, LEADING), goTo(section.name()));
                y -= section.level() == 1 ? 1.6f * LEADING : LEADING;
            }
            foot(s, "ii");
        }
    }

    private void bodyPages() throws IOException {
        for (int index = 2; index < pages.size(); index++) {
            PDPage page = pages.get(index);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float y = HEIGHT - 110;
                for (Section section : SECTIONS) {
                    if (section.page() != index) {
                        continue;
                    }
                    destination(section.name(), index, y + 16);
                    text(s, bold, section.level() == 1 ? 14 : 12, LEFT, y, section.title());
                    y -= 1.6f * LEADING;
                    for (String text : section.text().split("\n")) {
                        y = paragraph(s, serif, y, text) - LEADING / 2;
                    }
                    y -= LEADING / 2;
                    if (section.name().equals("section.1")) {
                        y = typeOneParagraph(s, y, "Set in a Type 1 font, this paragraph has no spaces of its own: "
                                + "each word is placed where it stands, as TeX places it") - LEADING;
                        link(page, new PDRectangle(LEFT, y + 2, 200, LEADING), goTo("section.2"));
                        y = paragraph(s, serif, y, "See section 2 for the marks and notes.") - LEADING;
                        y = figure(s, y) - LEADING;
                    }
                }
                foot(s, Integer.toString(index - 1));
            }
        }
    }

    /** A picture and its caption, with a translucent frame drawn through an ExtGState that has a soft mask entry. */
    private float figure(PDPageContentStream s, float y) throws IOException {
        BufferedImage chart = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = chart.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 90);
        g.setColor(new Color(0x4060a0));
        for (int i = 0; i < 8; i++) {
            g.fillRect(10 + i * 18, 80 - (i * 9 + 10), 12, i * 9 + 10);
        }
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(document, chart);
        float top = y - 10;
        s.drawImage(image, LEFT + 60, top - 135, 240, 135);
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.3f);
        translucent.getCOSObject().setItem(COSName.SMASK, COSName.NONE);
        s.saveGraphicsState();
        s.setGraphicsStateParameters(translucent);
        s.setNonStrokingColor(new Color(0xe0c080));
        s.addRect(LEFT + 55, top - 140, 250, 145);
        s.fill();
        s.restoreGraphicsState();
        return paragraph(s, serif, top - 160, "Figure 1: Pages read before the first one is shown, by section.");
    }

    private float typeOneParagraph(PDPageContentStream s, float y, String words) throws IOException {
        List<Object> line = new ArrayList<>();
        float used = 0;
        float space = 3.33f;
        for (String word : words.split(" ")) {
            float w = width(type1, SIZE, word);
            if (used + w > MEASURE && !line.isEmpty()) {
                positioned(s, y, line);
                line.clear();
                used = 0;
                y -= LEADING;
            }
            if (!line.isEmpty()) {
                line.add(-space * 1000 / SIZE);
                used += space;
            }
            line.add(word);
            used += w;
        }
        positioned(s, y, line);
        return y - LEADING;
    }

    private void positioned(PDPageContentStream s, float y, List<Object> line) throws IOException {
        s.beginText();
        s.setFont(type1, SIZE);
        s.newLineAtOffset(LEFT, y);
        s.showTextWithPositioning(line.toArray());
        s.endText();
    }

    /** A paragraph in {@code font}, broken into lines of the measure; returns the baseline after its last line. */
    private float paragraph(PDPageContentStream s, PDFont font, float y, String words) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : words.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(font, SIZE, longer) > MEASURE && !line.isEmpty()) {
                text(s, font, SIZE, LEFT, y, line.toString());
                y -= LEADING;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        text(s, font, SIZE, LEFT, y, line.toString());
        return y - LEADING;
    }

    /** The page's label at its foot, marked as an artifact (not part of the text), as tagged PDFs mark running heads. */
    private void foot(PDPageContentStream s, String label) throws IOException {
        s.beginMarkedContent(COSName.ARTIFACT);
        text(s, serif, 9, WIDTH / 2 - width(serif, 9, label) / 2, 60, label);
        s.endMarkedContent();
    }

    private void centred(PDPageContentStream s, PDFont font, float size, float y, String text) throws IOException {
        text(s, font, size, WIDTH / 2 - width(font, size, text) / 2, y, text);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void destination(String name, int page, float y) {
        PDPageXYZDestination to = new PDPageXYZDestination();
        to.setPage(pages.get(page));
        to.setLeft((int) LEFT);
        to.setTop((int) y);
        destinations.put(name, to);
    }

    private static PDActionGoTo goTo(String name) {
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(new PDNamedDestination(name));
        return action;
    }

    private static PDActionURI uri(String address) {
        PDActionURI action = new PDActionURI();
        action.setURI(address);
        return action;
    }

    /** A link annotation without an appearance stream or border, as hyperref and ConTeXt write them. */
    private static void link(PDPage page, PDRectangle area, org.apache.pdfbox.pdmodel.interactive.action.PDAction action)
            throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    /** Named destinations, an outline pointing at them, and page labels i, ii, then 1, 2, 3. */
    private void navigation() {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDestinationNameTreeNode names = new PDDestinationNameTreeNode();
        names.setNames(destinations);
        PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(catalog);
        dictionary.setDests(names);
        catalog.setNames(dictionary);

        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem contents = new PDOutlineItem();
        contents.setTitle("Contents");
        contents.setDestination(new PDNamedDestination("contents"));
        outline.addLast(contents);
        PDOutlineItem parent = null;
        for (Section section : SECTIONS) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(section.title());
            if (section.level() == 1) {
                item.setDestination(new PDNamedDestination(section.name()));
                outline.addLast(item);
                parent = item;
            } else {
                item.setAction(goTo(section.name()));
                parent.addLast(item);
            }
        }
        outline.openNode();
        catalog.setDocumentOutline(outline);

        PDPageLabels labels = new PDPageLabels(document);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(2, body);
        catalog.setPageLabels(labels);
    }
}
