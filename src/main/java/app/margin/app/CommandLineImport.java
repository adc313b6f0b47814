package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.exchange.readers.HighlightPlacer;
import app.margin.exchange.readers.ImportPlan;
import app.margin.exchange.readers.LibraryArticle;
import app.margin.exchange.readers.ReaderException;
import app.margin.exchange.readers.ReaderFiles;
import app.margin.exchange.readers.ReaderImport;
import app.margin.library.Library;
import app.margin.library.LibraryEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import app.margin.exchange.AnnotationMerge;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.ExportData;
import app.margin.exchange.MergeResult;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.OpenResult;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code --import FILE}: merges a JSON export or W3C Web Annotations into an article's annotations without opening
 * a window, as File → Import does (by id, the newer edit wins, another article's notes are never touched, all or
 * nothing); another reader's highlights (Kindle, KOReader, calibre, Foliate) go to the library articles whose
 * titles match, placed by their words, after a printed preview.
 */
final class CommandLineImport {

    private CommandLineImport() {
    }

    /** Opens the data folder's notes: {@link StoreOpener#open}, or a store that fails as a test needs. */
    interface Opener {
        OpenResult open(Path dataDir, Clock clock) throws StoreException;
    }

    /** Returns the process exit code: 0 imported, 1 refused or failed (nothing changed). */
    static int run(Options options, Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        return run(options, env, home, out, err, StoreOpener::open);
    }

    static int run(Options options, Map<String, String> env, Path home, PrintStream out, PrintStream err,
            Opener opener) {
        Path file = options.importFile().orElseThrow();
        Path dataDir = options.resolveDataDir(env, home);
        try {
            // The whole file is read and checked, and another reader's highlights placed, before the store is
            // opened: a refused file touches nothing.
            ReaderFiles.Incoming incoming = ReaderFiles.read(file, ZoneId.systemDefault());
            if (incoming instanceof ReaderFiles.Foreign foreign) {
                return importForeign(options, dataDir, file, foreign, out, err, opener);
            }
            ReaderFiles.Anchored anchored = (ReaderFiles.Anchored) incoming;
            Article article = CommandLineExport.article(options, dataDir);
            ExportData data = anchored.data();
            AnnotationMerge.checkArticle(data, article.id());
            anchored.skipped().forEach(s -> err.println("margin: " + s));
            OpenResult opened = opener.open(dataDir, Clock.system(ZoneId.systemDefault()));
            opened.problem().ifPresent(p -> err.println("margin: " + p));
            AnnotationStore store = opened.store();
            MergeResult result;
            try {
                result = AnnotationMerge.merge(store, data, article.id());
            } finally {
                close(store, err);
            }
            out.println("margin: imported " + file.getFileName() + " into “" + article.title() + "”: "
                    + result.summary());
            return 0;
        } catch (ArticleException e) {
            err.println("margin: " + e.userMessage());
        } catch (StoreException e) {
            // The window's own wording ("this window only reads", "your changes are waiting") does not fit a
            // command with no window, which has ended by the time it is read.
            err.println("margin: " + switch (e.kind()) {
                case IN_USE -> "Margin is open with the data folder " + dataDir + ": close it first, or import the "
                        + "file from its window (File → Import Annotations…, Ctrl+I). Nothing was changed.";
                case DISK_FULL -> "Your disk is full, so nothing was imported and your notes are as they were. Free "
                        + "some space and run the import again.";
                default -> e.getMessage() + " Nothing was changed.";
            });
        } catch (ExchangeException e) {
            err.println("margin: " + e.getMessage() + " Nothing was changed.");
        } catch (ReaderException e) {
            err.println("margin: " + e.getMessage() + " Nothing was changed.");
        } catch (IOException e) {
            err.println("margin: the library in " + dataDir + " could not be read (" + e.getMessage()
                    + "). Nothing was changed.");
        }
        return 1;
    }

    /**
     * Another reader's highlights: each book to the library article whose title matches (or to --article), placed
     * by their words; the preview is printed, then everything goes in at once.
     */
    private static int importForeign(Options options, Path dataDir, Path file, ReaderFiles.Foreign foreign,
            PrintStream out, PrintStream err, Opener opener)
            throws ArticleException, StoreException, ExchangeException, IOException {
        Clock clock = Clock.system(ZoneId.systemDefault());
        Library library = CommandLineExport.library(dataDir, new ArticleReader(), clock);
        List<LibraryArticle> articles = new ArrayList<>();
        for (LibraryEntry entry : library.entries(Map.of())) {
            if (entry.problem() == null) {
                articles.add(new LibraryArticle(entry.id(), entry.title(), "", () -> library.open(entry)));
            }
        }
        LibraryArticle open = options.article().isPresent()
                ? LibraryArticle.of(CommandLineExport.article(options, dataDir)) : null;
        ImportPlan plan = new HighlightPlacer(articles, open, Files.getLastModifiedTime(file).toInstant())
                .plan(foreign.file());
        if (plan.books().isEmpty()) {
            plan.preview().forEach(line -> err.println("margin: " + line));
            err.println("margin: no book in " + file.getFileName() + " matches an article of your library, so"
                    + " nothing was imported. Add the book first, or name it with --article.");
            return 1;
        }
        OpenResult opened = opener.open(dataDir, clock);
        opened.problem().ifPresent(p -> err.println("margin: " + p));
        AnnotationStore store = opened.store();
        MergeResult result;
        try {
            plan = ReaderImport.against(plan, store);
            plan.preview().forEach(line -> out.println("margin: " + line));
            result = ReaderImport.commit(plan, store);
        } finally {
            close(store, err);
        }
        out.println("margin: imported " + file.getFileName() + ": " + result.summary());
        return 0;
    }

    /** The import is committed by now, so a failure to close is only reported. */
    private static void close(AnnotationStore store, PrintStream err) {
        try {
            store.close();
        } catch (StoreException e) {
            err.println("margin: " + e.getMessage());
        }
    }
}
