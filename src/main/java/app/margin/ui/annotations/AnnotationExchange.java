package app.margin.ui.annotations;

import app.margin.exchange.AnnotationExport;
import app.margin.exchange.AnnotationMerge;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.ExportData;
import app.margin.exchange.MergeResult;
import app.margin.exchange.StudySheet;
import app.margin.exchange.readers.ReaderException;
import app.margin.exchange.readers.ReaderFiles;
import app.margin.exchange.readers.WebAnnotations;
import app.margin.model.ArticleLayout;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Notes out and back in: the Markdown study sheet, the JSON and W3C exports of the open article's annotations,
 * importing an export (merged by id, newer edit wins), and Markdown for the clipboard.
 */
public final class AnnotationExchange {

    /** What an export file holds. */
    public enum Format { MARKDOWN, JSON, W3C }

    private final AnnotationsViewModel annotations;
    private final Background background;
    private final Clock clock;
    private final Consumer<String> info;
    private final Consumer<String> problem;
    private final ReaderImporting readers;

    public AnnotationExchange(AnnotationsViewModel annotations, Executor background, Executor fx, Clock clock,
                              Consumer<String> info, Consumer<String> problem) {
        this(annotations, background, fx, clock, info, problem, List::of);
    }

    /** @param library the library's articles, which another reader's books are matched to by title */
    public AnnotationExchange(AnnotationsViewModel annotations, Executor background, Executor fx, Clock clock,
                              Consumer<String> info, Consumer<String> problem, ReaderImporting.Shelf library) {
        this.annotations = annotations;
        this.background = new Background(background, fx);
        this.clock = clock;
        this.info = info;
        this.problem = problem;
        this.readers = new ReaderImporting(annotations, this.background, library, info, problem);
    }

    /** The study sheet of the open article as it is now, or empty when no article is open. */
    public Optional<String> studySheet() {
        ArticleLayout layout = annotations.layout();
        if (layout == null) {
            return Optional.empty();
        }
        return Optional.of(StudySheet.markdown(layout, List.copyOf(annotations.notes()),
                List.copyOf(annotations.bookmarks()), annotations::placementOf, clock));
    }

    /**
     * The study sheet's content as it is now, for the PDF and for printing: the whole article's, or one section's
     * when {@code sectionId} is not {@code null}. Empty when no article is open.
     */
    public Optional<StudySheet.Sheet> sheet(String sectionId) {
        ArticleLayout layout = annotations.layout();
        if (layout == null) {
            return Optional.empty();
        }
        StudySheet.Sheet sheet = StudySheet.of(layout, List.copyOf(annotations.notes()),
                List.copyOf(annotations.bookmarks()), annotations::placementOf, clock);
        return Optional.of(sectionId == null ? sheet : sheet.only(sectionId));
    }

    /** "Section: …" for a one-section sheet, {@code null} for the article's. */
    public String scopeOf(String sectionId) {
        ArticleLayout layout = annotations.layout();
        if (sectionId == null || layout == null) {
            return null;
        }
        return "Section: " + (sectionId.equals(app.margin.model.Article.LEAD_SECTION_ID) ? StudySheet.LEAD_HEADING
                : layout.sectionTitle(sectionId));
    }

    /**
     * Writes the study sheet as a PDF, of the article or of one section ({@code sectionId} not {@code null}), off
     * the FX thread. The sheet is taken as it is now; laying it out runs on the background executor, not the
     * store's queue, so saving notes does not wait for it.
     */
    public CompletableFuture<Void> exportPdf(Path file, String sectionId) {
        Optional<StudySheet.Sheet> sheet = sheet(sectionId);
        if (sheet.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String scope = scopeOf(sectionId);
        CompletableFuture<Void> written = background.supply(() -> {
            // Named only here, so PDFBox and openhtmltopdf load when a PDF is first written, never at start.
            app.margin.exchange.PdfStudySheet.write(file, sheet.get(), scope, app.margin.exchange.SheetFonts.reading());
            return null;
        });
        background.answer(written, v -> info.accept("Exported the study sheet"
                + (scope == null ? "" : " of one section") + " to " + file + "."),
                error -> problem.accept(error instanceof ExchangeException ? error.getMessage()
                        : "Margin could not write " + file.getFileName() + ": " + Writer.describe(error)));
        return written;
    }

    /** One note as Markdown, for the clipboard. */
    public Optional<String> noteMarkdown(String noteId) {
        return annotations.note(noteId).map(n -> StudySheet.noteMarkdown(n, clock.getZone()));
    }

    /** Writes the open article's annotations to {@code file}, off the FX thread. */
    public void export(Path file, Format format) {
        ArticleLayout layout = annotations.layout();
        if (layout == null) {
            return;
        }
        String sheet = format == Format.MARKDOWN ? studySheet().orElseThrow() : null;
        ExportData data = new ExportData(ExportData.ArticleRef.of(layout.article()), clock.instant(),
                List.copyOf(annotations.notes()), List.copyOf(annotations.bookmarks()));
        // In order with the store's work, like every other write of the reader's notes; with or without the store.
        background.answer(annotations.queue().run(StoreQueue.Kind.WRITE, s -> {
            if (format == Format.MARKDOWN) {
                writeText(file, sheet);
            } else if (format == Format.W3C) {
                app.margin.files.AtomicFiles.write(file, out -> WebAnnotations.write(out, data, layout));
            } else {
                AnnotationExport.write(file, data);
            }
            return (Void) null;
        }), v -> info.accept(app.margin.exchange.ExportNames.exported(data.notes().size() + data.bookmarks().size())
                + " to " + file + "."),
                error -> problem.accept("Margin could not write " + file.getFileName() + ": "
                        + Writer.describe(error)));
    }

    private static void writeText(Path file, String text) throws IOException {
        app.margin.files.AtomicFiles.writeString(file, text);
    }

    /**
     * Imports a file of annotations, whatever wrote it (the format is told from the content), without asking
     * first; see {@link #importFrom(Path, ReaderImporting.Confirm)}.
     */
    public void importFrom(Path file) {
        importFrom(file, (preview, accept) -> accept.run());
    }

    /**
     * Imports a file of annotations. Margin's JSON export and W3C Web Annotations merge into the open article's
     * annotations: by id, no duplicates, the newer edit wins; importing the same file again changes nothing.
     * Another reader's highlights (Kindle, KOReader, calibre, Foliate) are placed by their words, the preview goes
     * to {@code confirm}, and everything goes in at once if the reader accepts. A bad or foreign file changes
     * nothing.
     */
    public void importFrom(Path file, ReaderImporting.Confirm confirm) {
        background.answer(background.supply(() -> ReaderFiles.read(file, clock.getZone())), incoming -> {
            if (incoming instanceof ReaderFiles.Foreign foreign) {
                readers.start(file, foreign, confirm);
            } else {
                merge(file, (ReaderFiles.Anchored) incoming);
            }
        }, error -> problem.accept((app.margin.ui.queue.Failures.causeOf(error) instanceof ReaderException e
                ? e.getMessage() : "Margin could not read " + file.getFileName() + ": " + Writer.describe(error))
                + " Nothing was changed."));
    }

    private void merge(Path file, ReaderFiles.Anchored anchored) {
        ArticleLayout layout = annotations.layout();
        if (layout == null) {
            return;
        }
        String articleId = layout.article().id();
        MergeResult[] result = new MergeResult[1];
        annotations.swapStore(current -> {
            try {
                result[0] = AnnotationMerge.merge(current, anchored.data(), articleId);
            } catch (ExchangeException e) {
                throw new app.margin.store.StoreException(e.getMessage(), e);
            }
            return current;
        }, s -> info.accept("Imported " + file.getFileName() + ": " + result[0].summary()
                        + (anchored.skipped().isEmpty() ? "" : ". Left out: " + String.join(" ", anchored.skipped()))),
                message -> problem.accept(message + " Nothing was changed."));
    }
}
