package app.margin.article.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a born-digital PDF's text in reading order (see {@code docs/pdf.md}): PDFBox parses the file and draws each
 * page's glyphs ({@link GlyphCollector}); the layout analysis here makes lines, columns, paragraphs and headings of
 * them ({@link Analysis}). Pages are read one at a time and only their fragments kept. Nothing in the file is run or
 * followed: not its JavaScript, its open action or its launch actions; only page content, bookmarks, links inside the
 * document and to web addresses ({@link PdfLinks}, made links of the text), page labels and metadata are read.
 * Instances are immutable and thread-safe.
 *
 * @param timeLimit    the longest a document may take, in nanoseconds; the pages read by then stand, with a remark
 * @param pageTime     the longest one page may take, in nanoseconds; a slower page is left out, with a remark
 * @param maxMemory    the most main memory PDFBox may use for its stream cache, in bytes
 * @param beginningPages the most pages a document's beginning holds: its first pages, offered before the rest is read
 * @param beginningChars a beginning ends with the first page by which this many characters have been read (a screen or
 *                       two), or at {@code beginningPages}; a document with no pages after that has none
 */
public record PdfLayout(long timeLimit, long pageTime, long maxMemory, int beginningPages, int beginningChars) {
    /**
     * A beginning of a screen or two (3,000 characters, about a screen and a half of body text): a 10-page two-column
     * paper took ~0.5 s to read whole at start, its first page ~0.15 s; until then the window showed without text. It
     * was 16 pages, and only for documents of over 32; then 6,000 characters, which took the LuaTeX manual's first
     * ten pages (its title and contents) where seven fill the window: the three more and their analysis were 15–30 ms
     * of CPU before its first page (PdfFirstPagesBenchmark).
     */
    public static final PdfLayout DEFAULTS = new PdfLayout(60_000_000_000L, 3_000_000_000L, 256L << 20, 16, 3_000);

    /** The share of unmapped glyphs above which a page's (or the document's) text counts as unreadable. */
    static final double UNREADABLE_SHARE = 0.3;

    /** Whether the bytes start as every PDF does, with "%PDF-" (within the first kilobyte, as readers allow). */
    public static boolean looksLikePdf(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.contains("%PDF-");
    }

    public static boolean looksLikePdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikePdf(in.readNBytes(1024));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * PDFBox's set-up that depends on no document ({@link PdfBoxSetUp}), done now on this thread: run it on another
     * core while {@link #read} opens a document, and the first page need not wait for it.
     */
    public static void setUpPdfBox() {
        PdfBoxSetUp.run();
    }

    public PdfText read(Path file) throws PdfUnreadable {
        return read(file, null);
    }

    /**
     * Reads the whole text; for a document of more than a page or two, {@code beginning} (when not null) is first
     * handed the text of its first pages ({@link #beginningChars}, {@link #beginningPages}), once, on this thread, as
     * soon as they are read.
     */
    public PdfText read(Path file, Consumer<PdfText> beginning) throws PdfUnreadable {
        long start = System.nanoTime();
        try (PDDocument document = open(file)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new PdfUnreadable("it has no pages");
            }
            PdfLinks links = new PdfLinks(document);
            Bookmarks bookmarks = Bookmarks.of(document, links.destinations());
            Analysis.Document about = about(document, count);
            List<PageEdges.Page> pages = new ArrayList<>();
            java.util.Map<Integer, Graphics.Drawn> drawn = new java.util.HashMap<>();
            List<String> remarks = new ArrayList<>();
            TreeSet<Integer> unreadable = new TreeSet<>();
            TreeSet<Integer> dense = new TreeSet<>();
            TreeSet<Integer> slow = new TreeSet<>();
            long[] glyphs = new long[2];
            boolean[] offer = {beginning != null && count > 1};
            GlyphCollector collector = new GlyphCollector(new GlyphCollector.Sink() {
                @Override
                public void page(GlyphCollector.Page page) {
                    int all = page.glyphs().size() + page.unmapped();
                    glyphs[0] += page.glyphs().size();
                    glyphs[1] += page.unmapped();
                    if (page.tooDense()) {
                        dense.add(page.index());
                    } else if (all > 0 && page.unmapped() > UNREADABLE_SHARE * all) {
                        unreadable.add(page.index());
                    } else if (!page.glyphs().isEmpty()) {
                        pages.add(new PageEdges.Page(page.index(), page.height(),
                                Fragments.of(DrawnBullets.mark(links.mark(page.index(), page.glyphs()),
                                        page.graphics()))));
                        drawn.put(page.index(), new Graphics.Drawn(page.width(), page.height(), page.graphics(),
                                page.ink()));
                    }
                    int through = page.index() + 1;
                    if (offer[0] && through < count && !pages.isEmpty()
                            && (glyphs[0] >= beginningChars || through >= beginningPages)) {
                        offer[0] = false;
                        PdfText first;
                        try {
                            List<Bookmarks.Entry> marks = bookmarks.through(through);
                            first = LinkTargets.resolve(Analysis.analyze(about.with(marks), pages, drawn, List.of()),
                                    marks, links);
                        } catch (RuntimeException e) {
                            return; // only a head start: this page is read, and the whole document follows
                        }
                        beginning.accept(first);
                    }
                }

                @Override
                public void failed(int index, boolean outOfTime) {
                    slow.add(index);
                }
            }, start + timeLimit, pageTime);
            int read = count;
            try {
                collector.writeText(document, Writer.nullWriter());
            } catch (GlyphCollector.OutOfTime e) {
                read = collector.pagesSeen();
                remarks.add("Only the first " + read + " of its " + count + " pages could be read in the time"
                        + " allowed; the rest is left out.");
            } catch (IOException | RuntimeException e) {
                if (pages.isEmpty()) {
                    throw new PdfUnreadable("it is damaged and its text cannot be read", e);
                }
                read = collector.pagesSeen();
                remarks.add("It is damaged after page " + read + "; the rest is left out.");
            }
            if (pages.isEmpty() && !slow.isEmpty() && glyphs[0] == 0 && unreadable.isEmpty()) {
                throw new PdfUnreadable(slow.size() == 1 && count == 1
                        ? "its page could not be read: it is damaged, or unpacks to too much to read"
                        : "its pages could not be read: they are damaged, or unpack to too much to read");
            }
            if (glyphs[0] == 0 && glyphs[1] == 0 && dense.isEmpty()) {
                throw new NoTextLayer(about.labels(), pageSizes(document));
            }
            if (pages.isEmpty() && !unreadable.isEmpty()) {
                throw new PdfUnreadable("its fonts do not say which letters their glyphs are (they have no Unicode "
                        + "map), so its text cannot be read");
            }
            if (pages.isEmpty()) {
                throw new PdfUnreadable("its pages hold too much text to lay out (more than "
                        + GlyphCollector.MAX_GLYPHS_PER_PAGE + " characters a page)");
            }
            note(remarks, unreadable, about.labels(), "the text of %s cannot be read: its fonts do not say which"
                    + " letters their glyphs are");
            note(remarks, dense, about.labels(), "%s hold%s too much text to lay out and %s left out");
            note(remarks, slow, about.labels(), "%s could not be read (damaged, too slow, or unpacking to too"
                    + " much) and %s left out");
            List<Bookmarks.Entry> marks = bookmarks.all();
            return LinkTargets.resolve(Analysis.analyze(about.with(marks), pages, drawn, remarks).withPagesRead(read),
                    marks, links);
        } catch (InvalidPasswordException e) {
            throw new PdfUnreadable("it is protected by a password, and Margin cannot open password-protected PDFs",
                    e);
        } catch (IOException e) {
            throw new PdfUnreadable("it is damaged or not a PDF, and its text cannot be read", e);
        }
    }

    /** Every page's media box, width and height in points, in order. */
    private static List<float[]> pageSizes(PDDocument document) {
        List<float[]> sizes = new ArrayList<>();
        PageWalk walk = new PageWalk(document);
        for (org.apache.pdfbox.pdmodel.PDPage page = walk.next(); page != null; page = walk.next()) {
            org.apache.pdfbox.pdmodel.common.PDRectangle box = page.getMediaBox();
            sizes.add(new float[] {box.getWidth(), box.getHeight()});
        }
        return sizes;
    }

    private PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(file.toFile(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache);
    }

    private static Analysis.Document about(PDDocument document, int count) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = null;
        String author = null;
        String language = null;
        try {
            title = clean(info.getTitle());
            if (title == null) {
                title = clean(XmpTitle.of(document));
            }
            author = clean(info.getAuthor());
            if (author != null && Analysis.WEB_ADDRESS.matcher(author).find()) {
                author = null; // "Please see https://doi.org/…": a class's placeholder, no one's name
            }
            language = clean(document.getDocumentCatalog().getLanguage());
        } catch (RuntimeException e) {
            // Metadata is a nicety.
        }
        return new Analysis.Document(title, author, language, count, labels(document, count), List.of());
    }

    /**
     * What hyperref leaves of a line break with its skip in a title or an author ({@code \\[2mm]}, {@code \\[.25cm]}):
     * "Title [2mm] Presentation" (thubeamer), "Jingxuan Yang[5mm] Supervisor".
     */
    private static final java.util.regex.Pattern TEX_SKIP = java.util.regex.Pattern.compile(
            "\\s*\\\\*\\[\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)\\s*(pt|mm|cm|in|em|ex|bp|pc|dd|cc|sp)\\s*]\\s*");

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String plain = TEX_SKIP.matcher(Letters.plain(text)).replaceAll(" ").replaceAll("[\\p{Cntrl}\\s]+", " ")
                .strip();
        return plain.isEmpty() || Letters.unreadable(plain) ? null : plain;
    }

    /** The document's own page labels where it has them, else 1, 2, 3… */
    static List<String> labels(PDDocument document, int count) {
        String[] labels = null;
        try {
            PDPageLabels own = document.getDocumentCatalog().getPageLabels();
            if (own != null) {
                labels = own.getLabelsByPageIndices();
            }
        } catch (IOException | RuntimeException e) {
            labels = null;
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = labels != null && i < labels.length ? labels[i] : null;
            out.add(label == null || label.isBlank() ? Integer.toString(i + 1) : label.strip());
        }
        return out;
    }

    /** Adds "Page 3 …" or "Pages 3, 7 and 9 …" to the remarks. */
    private static void note(List<String> remarks, TreeSet<Integer> pages, List<String> labels, String pattern) {
        if (pages.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int index : pages) {
            if (names.size() == 5) {
                names.add("…");
                break;
            }
            names.add(labels.get(index));
        }
        boolean one = pages.size() == 1;
        String list = one ? "page " + names.get(0) : "pages " + String.join(", ", names);
        String sentence = pattern.contains("%s hold%s")
                ? String.format(pattern, list, one ? "s" : "", one ? "it is" : "they are")
                : pattern.startsWith("%s could")
                ? String.format(pattern, list, one ? "is" : "are")
                : String.format(pattern, list);
        remarks.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
    }
}
