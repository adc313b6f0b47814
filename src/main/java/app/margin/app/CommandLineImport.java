package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.exchange.AnnotationExport;
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
 * {@code --import FILE}: merges a JSON export into an article's annotations without opening a window, as File →
 * Import does (by id, the newer edit wins, another article's notes are never touched, all or nothing).
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
            Article article = CommandLineExport.article(options);
            // The whole file is read and checked before the store is opened: a refused file touches nothing.
            ExportData data = AnnotationExport.read(file);
            AnnotationMerge.checkArticle(data, article.id());
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
        }
        return 1;
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
