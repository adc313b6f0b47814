package app.margin.library;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.article.ArticleWriter;
import app.margin.exchange.AnnotationExport;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.StudySheet;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleActivity;
import app.margin.model.ArticleLayout;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reader's articles: the bundled one, and every article they opened, kept as JSON in the data folder's
 * {@value #FOLDER} folder under its own id. Blocking file work: call it off the FX thread.
 */
public final class Library {

    public static final String FOLDER = "library";
    public static final String EXPORTS = "exports";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Path exports;
    private final ArticleReader reader;
    private final Supplier<Article> bundledArticle;
    private final Clock clock;

    /**
     * @param bundled the bundled article; asked for only when needed, so the library can be made before the
     *                article has been read
     */
    public Library(Path dataDir, ArticleReader reader, Supplier<Article> bundled, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.exports = dataDir.resolve(EXPORTS);
        this.reader = reader;
        this.bundledArticle = bundled;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** The file an article with this id is kept in. */
    public Path fileOf(String articleId) {
        return folder.resolve(articleId + ".json");
    }

    /** Where the library keeps an article that another one with the same id replaced. */
    public static final String REPLACED = "replaced";

    /** An article that was in the library under the same id, with different text, and where it is kept now. */
    public record Replaced(String title, Path keptIn) {}

    /** What {@link #add} did: the article's file ({@code null} for the bundled one), and what it replaced. */
    public record Added(Path file, java.util.Optional<Replaced> replaced) {}

    /**
     * Keeps an opened article in the library (the bundled one needs no copy). An article with the same id and
     * different text is not lost: it moves to {@value #REPLACED}/, and the result says so.
     */
    public Added add(Article article) throws IOException {
        if (article.id().equals(bundledArticle.get().id())) {
            return new Added(null, java.util.Optional.empty());
        }
        Files.createDirectories(folder);
        Path file = fileOf(article.id());
        java.util.Optional<Replaced> replaced = keepEarlier(article, file);
        ArticleWriter.write(article, file);
        return new Added(file, replaced);
    }

    private java.util.Optional<Replaced> keepEarlier(Article article, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        String title;
        try {
            Article earlier = reader.read(file);
            if (app.margin.article.ContentHash.of(earlier).equals(app.margin.article.ContentHash.of(article))) {
                return java.util.Optional.empty();
            }
            title = earlier.title();
        } catch (ArticleException unreadable) {
            title = file.getFileName().toString();
        }
        Path kept = Files.createDirectories(folder.resolve(REPLACED))
                .resolve(article.id() + "-" + STAMP.format(clock.instant()) + ".json");
        Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return java.util.Optional.of(new Replaced(title, kept));
    }

    /**
     * Whether a book titled {@code title}, which an earlier Margin named {@code formerId}, keeps that id (the
     * importer asks; see {@link app.margin.article.FormerIds}). It does when the library keeps an article under that
     * id with the same title (case and runs of spaces apart): the notes under that id are this book's. Books that
     * shared the id, as every Sphinx book did (identifier "unknown"), then part: the one the library's copy names
     * keeps the id and every note made under it, the others take their own ids. A copy that cannot be read says no
     * title, so the book asking keeps the id: its notes are not left under an id nothing opens. Reads only the
     * copy's title; blocking file work.
     */
    public boolean keepsFormerId(String formerId, String title) {
        Path file = fileOf(formerId);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            String kept = reader.title(file);
            return kept == null || plain(kept).equals(plain(title));
        } catch (ArticleException unreadable) {
            return true;
        }
    }

    private static String plain(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads a library article; the bundled one comes from the application. */
    public Article open(LibraryEntry entry) throws ArticleException {
        return entry.bundled() ? bundledArticle.get() : reader.read(entry.file());
    }

    /** Reads the article with this id from the library, if it is there. */
    public Article open(String articleId) throws ArticleException {
        Article bundled = bundledArticle.get();
        if (articleId.equals(bundled.id())) {
            return bundled;
        }
        return reader.read(fileOf(articleId));
    }

    /** Every article, the most recently read first; the bundled article is always there. */
    public List<LibraryEntry> entries(Map<String, ArticleActivity> activity) throws IOException {
        Article bundled = bundledArticle.get();
        List<LibraryEntry> out = new ArrayList<>();
        out.add(new LibraryEntry(bundled.id(), bundled.title(), null, activityOf(activity, bundled.id()), null,
                bundled.pages()));
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    out.add(entry(file, activity));
                }
            }
        }
        out.sort(Comparator.comparing((LibraryEntry e) -> e.activity().lastRead(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LibraryEntry::title, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * What the library window lists: the reader's own articles. The bundled article, shown at the first start, joins
     * them once the reader has opened a file of their own (so it stays one click away) or has annotations on it; a
     * fresh library lists nothing.
     */
    public List<LibraryEntry> listed(Map<String, ArticleActivity> activity) throws IOException {
        List<LibraryEntry> all = entries(activity);
        boolean ownFiles = all.stream().anyMatch(e -> !e.bundled());
        return ownFiles ? all : all.stream().filter(e -> e.activity().annotations() > 0).toList();
    }

    /**
     * Every article's id, with when its file last changed ({@code null} for the bundled article), found without
     * reading any of them: a folder listing.
     */
    public Map<String, java.time.Instant> changes() throws IOException {
        Map<String, java.time.Instant> out = new java.util.LinkedHashMap<>();
        out.put(bundledArticle.get().id(), null);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    out.putIfAbsent(name.substring(0, name.length() - ".json".length()),
                            Files.getLastModifiedTime(file).toInstant());
                }
            }
        }
        return out;
    }

    /** The bundled article. */
    public Article bundled() {
        return bundledArticle.get();
    }

    private LibraryEntry entry(Path file, Map<String, ArticleActivity> activity) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        try {
            Article a = reader.read(file);
            return new LibraryEntry(a.id(), a.title(), file, activityOf(activity, a.id()), null, a.pages());
        } catch (ArticleException e) {
            return new LibraryEntry(id, name, file, activityOf(activity, id), e.userMessage(), 0);
        }
    }

    private static ArticleActivity activityOf(Map<String, ArticleActivity> activity, String id) {
        return activity.getOrDefault(id, ArticleActivity.none(id));
    }

    /**
     * Removes an article from the library. Its annotations are first written to {@value #EXPORTS}/ as a
     * JSON export (which File → Import Annotations reads back) and a Markdown study sheet; they also stay in
     * the database, so opening the same file again brings them back. Returns the JSON export's path, or
     * {@code null} when the article's file could not be read and nothing was exported.
     */
    public Path remove(LibraryEntry entry, AnnotationStore store) throws IOException, StoreException, ArticleException,
            ExchangeException {
        if (entry.bundled()) {
            throw new IllegalArgumentException("The bundled article is always in the library");
        }
        Files.createDirectories(exports);
        String stem = entry.id() + "-" + STAMP.format(clock.instant());
        Path json = null;
        if (entry.problem() == null) {
            json = exports.resolve(stem + ".json");
            Article article = reader.read(entry.file());
            AnnotationExport.write(json, AnnotationExport.collect(store, article, clock.instant()));
            ArticleLayout layout = ArticleLayout.of(article);
            String sheet = StudySheet.markdown(layout, store.notes(article.id()), store.bookmarks(article.id()),
                    new AnchorResolver(layout)::resolve, clock);
            app.margin.files.AtomicFiles.writeString(exports.resolve(stem + ".md"), sheet);
        }
        Files.delete(entry.file());
        return json;
    }
}
