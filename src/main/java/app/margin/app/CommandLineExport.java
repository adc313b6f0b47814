package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.exchange.AnkiExport;
import app.margin.exchange.AnkiPackage;
import app.margin.exchange.AnnotationExport;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.ExportData;
import app.margin.exchange.readers.WebAnnotations;
import app.margin.files.AtomicFiles;
import app.margin.library.Library;
import app.margin.exchange.StudySheet;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.store.AnnotationStore;
import app.margin.store.CardStore;
import app.margin.store.OpenResult;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** {@code --export FILE [--format md|md-links|json|w3c|anki|apkg]}: writes an article's annotations without opening a window. */
final class CommandLineExport {

    private CommandLineExport() {
    }

    /** Returns the process exit code: 0 written, 1 could not. Messages go to {@code out} and {@code err}. */
    static int run(Options options, Map<String, String> env, Path home, PrintStream out, PrintStream err) {
        Path file = options.export().orElseThrow();
        if (Files.exists(file) && !exportName(file)) {
            // "margin --export paper.pdf" would have replaced the paper with a study sheet.
            err.println("margin: " + file + " exists and is not an export, so Margin leaves it as it is; name a new"
                    + " file, or one ending in " + String.join(", ", EXPORT_ENDINGS) + " to replace it");
            return 1;
        }
        boolean anki = options.format().map("anki"::equals).orElse(false);
        boolean apkg = options.format().map("apkg"::equals)
                .orElse(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".apkg"));
        boolean w3c = options.format().map("w3c"::equals)
                .orElse(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonld"));
        boolean json = !w3c && options.format().map("json"::equals)
                .orElse(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
        Path dataDir = options.resolveDataDir(env, home);
        Clock clock = Clock.system(ZoneId.systemDefault());
        try {
            Article article = article(options, dataDir);
            OpenResult opened = StoreOpener.openToRead(dataDir, clock);
            opened.problem().ifPresent(p -> err.println("margin: " + p));
            try (AnnotationStore store = opened.store()) {
                if (apkg) {
                    AnkiPackage.write(file, article, CardStore.of(store).cards(article.id()), clock);
                } else if (anki) {
                    AnkiExport.write(file, article, CardStore.of(store).cards(article.id()));
                } else if (w3c) {
                    ExportData data = AnnotationExport.collect(store, article, clock.instant());
                    AtomicFiles.write(file, stream -> WebAnnotations.write(stream, data, ArticleLayout.of(article)));
                } else if (json) {
                    AnnotationExport.write(file, AnnotationExport.collect(store, article, clock.instant()));
                } else {
                    ArticleLayout layout = ArticleLayout.of(article);
                    StudySheet.Sheet content = StudySheet.of(layout, store.notes(article.id()),
                            store.bookmarks(article.id()), new AnchorResolver(layout)::resolve, clock);
                    String sheet = options.format().map("md-links"::equals).orElse(false)
                            ? StudySheet.linkedMarkdown(content) : StudySheet.markdown(content);
                    AtomicFiles.writeString(file, sheet);
                }
                store.unreadableRows().forEach(row -> err.println("margin: " + row.message()));
            }
            String what = apkg ? "Anki package" : anki ? "Anki cards" : w3c ? "W3C Web Annotations"
                    : json ? "JSON export" : "study sheet";
            out.println("margin: wrote the " + what + " of “" + article.title() + "” to " + file);
            return 0;
        } catch (ArticleException e) {
            err.println("margin: " + e.userMessage());
        } catch (StoreException | ExchangeException e) {
            err.println("margin: " + e.getMessage());
        } catch (IOException e) {
            err.println("margin: could not write " + file + ": " + e.getMessage());
        }
        return 1;
    }

    /** The endings of the files an export writes: only such an existing file is replaced. */
    static final java.util.List<String> EXPORT_ENDINGS = java.util.List.of(".md", ".markdown", ".txt", ".json",
            ".jsonld", ".apkg");

    private static boolean exportName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXPORT_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /**
     * The article a command-line run is about: --article, or the bundled one. A book an earlier Margin named by
     * another id keeps it as the window would, by the library in {@code dataDir}: its notes are under it.
     */
    static Article article(Options options, Path dataDir) throws ArticleException {
        ArticleReader reader = new ArticleReader();
        return options.article().isPresent()
                ? new ArticleImporter(reader).open(options.article().get(), null,
                        library(dataDir, reader, Clock.systemUTC())::keepsFormerId).article()
                : reader.readBundled(ArticleSource.BUNDLED);
    }

    /** The library in {@code dataDir}, the bundled article read only if it is asked for. */
    static Library library(Path dataDir, ArticleReader reader, Clock clock) {
        Article[] bundled = new Article[1];
        return new Library(dataDir, reader, () -> {
            if (bundled[0] == null) {
                try {
                    bundled[0] = reader.readBundled(ArticleSource.BUNDLED);
                } catch (ArticleException e) {
                    throw new IllegalStateException(e.userMessage(), e);
                }
            }
            return bundled[0];
        }, clock);
    }
}
