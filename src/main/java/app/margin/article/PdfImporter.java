package app.margin.article;

import app.margin.article.pdf.NoTextLayer;
import app.margin.article.pdf.PdfFigure;
import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfPages;
import app.margin.model.ParagraphForm;
import app.margin.article.pdf.PdfParagraph;
import app.margin.article.pdf.PdfText;
import app.margin.article.pdf.PdfUnreadable;
import app.margin.model.Article;
import app.margin.model.Picture;
import app.margin.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Turns a born-digital PDF into an {@link Article}: {@link PdfLayout} reads its text in reading order; sections come
 * from the document's bookmarks when it has them, else from the headings found in its text; every paragraph keeps
 * the label of the page it starts on, in {@link PdfPages}. The article's id is {@code "pdf-"} and the first 16 hex
 * digits of the SHA-256 of the file. Instances are immutable and thread-safe.
 */
final class PdfImporter {
    /** A PDF is read page by page, not whole, so it may be larger than a text file. */
    static final long MAX_PDF_BYTES = 1024L * 1024 * 1024;

    /** What a reader is told when a PDF opens as pictures of its pages. */
    static final String SCANNED = "This PDF has no text layer (a scanned document?): its pages are shown as pictures,"
            + " and its text cannot be selected or searched yet.";
    /** A page picture's size: the page's at the screen's usual 96 dots an inch. */
    static final float SCREEN_DPI = 96f;

    /** An opened PDF: the article, where its paragraphs stand in the original, and a remark on text left out. */
    record Result(Article article, PdfPages pages, Optional<String> remark) {}

    private final ArticleReader.Limits limits;
    private final PdfLayout layout;

    PdfImporter(ArticleReader.Limits limits, PdfLayout layout) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Reads the document; a long one's first pages are handed to {@code beginning} (when not null) as an article of
     * their own with the document's id and title, once, as soon as they are read. What it throws is ignored.
     */
    Result read(Path file, String name, Consumer<Article> beginning) throws ArticleException {
        ArticleReader.checkFile(file, name, MAX_PDF_BYTES);
        if (!PdfLayout.looksLikePdf(file)) {
            throw ArticleException.ofFile(name, "this is not a PDF: it does not start with %PDF-"
                    + Sniff.whatItIs(file), null);
        }
        // The file's id (the SHA-256 of all of it) and PDFBox's one-time set-up go to the other core while this one
        // opens the document: the id is first needed when the first pages are built, the set-up at the first page.
        FutureTask<String> id = new FutureTask<>(() -> {
            PdfLayout.setUpPdfBox();
            return id(file, name);
        });
        ForkJoinPool.commonPool().execute(id);
        PdfText text;
        try {
            text = layout.read(file, beginning == null ? null : first -> {
                try {
                    // Its figures are drawn from the document, as the whole's are.
                    beginning.accept(build(first, idOf(id, file, name), name).article()
                            .withPictureBase(file.toAbsolutePath().toString()));
                } catch (ArticleException | RuntimeException e) {
                    // Only a head start: the whole document follows as usual.
                }
            });
        } catch (NoTextLayer scan) {
            return pages(scan, idOf(id, file, name), name);
        } catch (PdfUnreadable e) {
            idOf(id, file, name); // a file that cannot be read says so first, as when its id came first
            throw ArticleException.ofFile(name, e.getMessage(), e);
        }
        return build(text, idOf(id, file, name), name);
    }

    /**
     * The id worked out ahead: here and now if the other core has not begun it (its pool may be busy), else what it
     * found, once it has.
     */
    private static String idOf(FutureTask<String> ahead, Path file, String name) throws ArticleException {
        ahead.run(); // does nothing when it has begun elsewhere
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ArticleException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause(); // what is left of what a Callable throws
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return id(file, name);
        }
    }

    /**
     * A PDF without a text layer as pictures of its pages: one figure a page, its source {@code "pdf-page:N"} (N from
     * 1) drawn from the document by {@link PictureFiles}, its size the page's at {@link #SCREEN_DPI}.
     */
    private Result pages(NoTextLayer scan, String id, String name) throws ArticleException {
        OutlineBuilder outline = new OutlineBuilder(name, limits);
        List<PdfPages.Place> places = new ArrayList<>();
        List<float[]> sizes = scan.sizes();
        for (int i = 0; i < sizes.size(); i++) {
            String label = i < scan.labels().size() ? scan.labels().get(i) : Integer.toString(i + 1);
            String alt = "Page " + label;
            Picture picture = new Picture(PictureFiles.PDF_PAGE + (i + 1), alt,
                    Math.round(sizes.get(i)[0] * SCREEN_DPI / 72f), Math.round(sizes.get(i)[1] * SCREEN_DPI / 72f));
            outline.paragraph(alt, new ParagraphForm(ParagraphForm.Role.FIGURE, 0, null, ParagraphForm.Align.CENTER,
                    List.of(), picture, List.of(), label, false));
            places.add(new PdfPages.Place(Article.LEAD_SECTION_ID, i, i, label));
        }
        Article article = outline.build(id, MarkdownImporter.titleFromFileName(name), null, null, null, null);
        limits.checkParagraphs(article, name);
        return new Result(article, new PdfPages(scan.labels().size(), places), Optional.of(SCANNED));
    }

    private Result build(PdfText text, String id, String name) throws ArticleException {
        OutlineBuilder outline = new OutlineBuilder(name, limits);
        List<PdfParagraph> paragraphs = text.paragraphs();
        List<PdfText.Bookmark> marks = text.bookmarks();
        boolean bookmarked = !marks.isEmpty() || text.outlined();
        List<PdfParagraph> emitted = new ArrayList<>();
        String lastLabel = null;
        int mark = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            while (mark < marks.size() && marks.get(mark).paragraph() <= i) {
                heading(outline, marks.get(mark++));
            }
            PdfParagraph p = paragraphs.get(i);
            if (p.text().isBlank()) {
                continue;
            }
            if (!bookmarked && p.kind() == PdfParagraph.Kind.HEADING) {
                outline.heading(p.level(), p.text());
                if (p.id() != null) {
                    outline.sectionAlias(p.id()); // the document's links to the heading lead to its section
                }
            } else {
                // The page a paragraph starts on, where it changes: every block after it is on that page too.
                String label = text.label(p);
                ParagraphForm form = label != null && !label.equals(lastLabel) ? ParagraphForm.PLAIN.withPage(label)
                        : ParagraphForm.PLAIN;
                if (p.kind() == PdfParagraph.Kind.CAPTION || text.figure(p) != null) {
                    form = captionForm(text, p, form.page());
                }
                form = p.id() == null ? form : form.withIds(List.of(p.id())); // where the document's links land
                lastLabel = label != null ? label : lastLabel;
                if (p.kind() == PdfParagraph.Kind.CODE) {
                    outline.preformatted(p.text(), form); // a code listing, its lines and indents kept
                } else {
                    outline.paragraph(p.text(), noted(p, form));
                }
                emitted.add(p);
            }
        }
        for (; mark < marks.size(); mark++) {
            heading(outline, marks.get(mark));
        }
        String title = text.title() != null ? text.title() : MarkdownImporter.titleFromFileName(name);
        Article article = outline.build(id, title, text.author(), null, null, text.language());
        limits.checkParagraphs(article, name);
        List<PdfPages.Place> places = new ArrayList<>(emitted.size());
        int[] next = {0};
        for (int i = 0; i < article.lead().size(); i++) {
            places.add(place(Article.LEAD_SECTION_ID, i, emitted.get(next[0]++), text));
        }
        placeSections(article.sections(), emitted, next, places, text);
        Optional<String> remark = text.remarks().isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", text.remarks()));
        return new Result(article, new PdfPages(text.pageCount(), places), remark);
    }

    /** A bookmark's section; the document's links to it lead there. */
    private static void heading(OutlineBuilder outline, PdfText.Bookmark mark) {
        outline.heading(mark.level(), mark.title());
        if (mark.id() != null) {
            outline.sectionAlias(mark.id());
        }
    }

    /**
     * A caption's form: a figure with its picture cut from the page when a figure was found for it (its text stays
     * the caption's, or "Figure on p. 4"; the picture below it when the caption stands above), else a plain caption.
     */
    private static ParagraphForm captionForm(PdfText text, PdfParagraph p, String page) {
        PdfFigure figure = text.figure(p);
        if (figure == null) {
            return new ParagraphForm(ParagraphForm.Role.CAPTION, 0, null, ParagraphForm.Align.START, List.of(), null,
                    List.of(), page, false);
        }
        // A caption set above its figure (as tables' usually are) keeps its place: the picture comes after it. An
        // equation's text is the equation itself, read from inside its picture's region.
        boolean equation = p.kind() == PdfParagraph.Kind.EQUATION;
        boolean captionFirst = !equation && p.page() == figure.page() && p.y() < figure.y();
        Picture picture = new Picture(PictureFiles.pdfCrop(figure.page() + 1, figure.x(), figure.y(),
                figure.width(), figure.height()), (equation ? "Equation on p. " : "Figure on p. ")
                + text.pageLabels().get(figure.page()),
                Math.round(figure.width() * SCREEN_DPI / 72f), Math.round(figure.height() * SCREEN_DPI / 72f),
                captionFirst, figure.text()); // a table's cells, a figure's labels: find and search see them
        return new ParagraphForm(ParagraphForm.Role.FIGURE, 0, null, ParagraphForm.Align.START, List.of(), picture,
                List.of(), page, false);
    }

    /**
     * A footnote as a note (its id the target of its marks), an entry of a list of references as a numbered list
     * item (its id the target of citations), and a paragraph's footnote marks and citations as links, its
     * superscripts and subscripts as such.
     */
    private static ParagraphForm noted(PdfParagraph p, ParagraphForm form) {
        if (p.kind() == PdfParagraph.Kind.NOTE) {
            return new ParagraphForm(ParagraphForm.Role.NOTE, 0, p.marker(), ParagraphForm.Align.START, List.of(),
                    null, List.of(p.id()), form.page(), false);
        }
        if (p.kind() == PdfParagraph.Kind.ITEM) {
            // An index's sub-entry nests under its entry (its level 2 or 3); a reference's level is 0.
            return new ParagraphForm(ParagraphForm.Role.LIST_ITEM, Math.max(1, p.level()), p.marker(),
                    ParagraphForm.Align.START,
                    List.of(), null, p.id() == null ? List.of() : List.of(p.id()), form.page(), false);
        }
        return p.spans().isEmpty() ? form : form.withSpans(p.spans());
    }

    private static void placeSections(List<Section> sections, List<PdfParagraph> emitted, int[] next,
            List<PdfPages.Place> places, PdfText text) {
        for (Section section : sections) {
            for (int i = 0; i < section.paragraphs().size(); i++) {
                places.add(place(section.id(), i, emitted.get(next[0]++), text));
            }
            placeSections(section.children(), emitted, next, places, text);
        }
    }

    private static PdfPages.Place place(String sectionId, int index, PdfParagraph p, PdfText text) {
        return new PdfPages.Place(sectionId, index, p.page(), text.label(p));
    }

    private static String id(Path file, String name) throws ArticleException {
        MessageDigest digest = ArticleImporter.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw ArticleException.ofFile(name, ArticleReader.readFailure(e), e);
        }
        return "pdf-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
