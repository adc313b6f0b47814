package app.margin.app;

import app.margin.exchange.AnnotationExport;
import app.margin.exchange.ExchangeException;
import app.margin.exchange.ExportData;
import app.margin.model.AnnotationId;
import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.ClosingSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What could not be saved to the database when Margin closes goes to files in {@value #FOLDER}/, and the
 * reader hears of it at the next start: the text of notes too long to save, and, if the last changes
 * could not be committed, every annotation of the open article as an export that File → Import reads back.
 */
final class UnsavedWork {

    static final String FOLDER = "unsaved-notes";
    static final String ANNOUNCED = "earlier";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;
    /** Where the export goes when the data folder cannot take it (a full disk): other places, tried in order. */
    private final List<Path> fallbacks;

    UnsavedWork(Path dataDir, Clock clock) {
        this(dataDir, clock, defaultFallbacks());
    }

    UnsavedWork(Path dataDir, Clock clock, List<Path> fallbacks) {
        this.folder = dataDir.resolve(FOLDER);
        this.clock = clock;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The temp folder (often another file system, such as tmpfs), then the home folder. */
    static List<Path> defaultFallbacks() {
        String user = System.getProperty("user.name", "reader").replaceAll("[^A-Za-z0-9_.-]", "_");
        return List.of(Path.of(System.getProperty("java.io.tmpdir"), "margin-" + user + "-" + FOLDER),
                Path.of(System.getProperty("user.home"), "margin-" + FOLDER));
    }

    /**
     * Writes the text of each over-long note, headed by its article and section, to a file named after the note
     * by {@link #fileName}, never by the raw id. A draft that cannot be written does not stop the others; the
     * failures are reported together at the end.
     */
    void keepDrafts(AnnotationsViewModel annotations, ArticleLayout layout) throws IOException {
        // The snapshot, not the FX thread's maps: closing may run without the FX thread.
        ClosingSnapshot snapshot = annotations.closingSnapshot();
        keepDrafts(snapshot.drafts(), id -> snapshot.note(id).map(n -> describe(n, layout)));
    }

    void keepDrafts(Map<String, String> drafts, Function<String, Optional<String>> heading) throws IOException {
        if (drafts.isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        IOException failed = null;
        for (Map.Entry<String, String> draft : drafts.entrySet()) {
            Path file = folder.resolve(fileName(draft.getKey(), ".txt"));
            try {
                Files.writeString(file, heading.apply(draft.getKey()).orElse("") + draft.getValue(),
                        StandardCharsets.UTF_8);
                System.err.println("margin: a note too long to save was kept in " + file);
            } catch (IOException | RuntimeException e) {
                if (failed == null) {
                    failed = new IOException("could not write " + file + ": " + e.getMessage(), e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * A file name for something with this id that stays inside the folder whatever the id holds: the id itself if
     * it is a {@linkplain AnnotationId#isSafe safe id}, otherwise a hash of it, so "../x", a NUL or a thousand
     * characters can neither escape the folder, fail the path, nor be too long.
     */
    static String fileName(String id, String suffix) {
        return (AnnotationId.isSafe(id) ? id : "id-" + sha256(id).substring(0, 32)) + suffix;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    static String describe(Note note, ArticleLayout layout) {
        String section = layout == null ? note.anchor().sectionId() : layout.sectionTitle(note.anchor().sectionId());
        String title = layout == null ? note.articleId() : layout.article().title();
        String quote = note.anchor().quote() == null ? "" : "\nOn the words: “" + note.anchor().quote().exact() + "”";
        return "Margin kept this note's text because it was too long to save (over " + Note.MAX_TEXT_LENGTH
                + " characters).\nArticle: " + title + "\nSection: " + section + quote + "\n\n";
    }

    /**
     * The last changes could not be committed: writes every annotation of the open article, as the reader
     * sees them, to an export file. Returns it.
     */
    Path keepAnnotations(AnnotationsViewModel annotations, ArticleLayout layout) throws IOException, ExchangeException {
        ClosingSnapshot snapshot = annotations.closingSnapshot();
        // Article ids are checked where they come in (ArticleBinder.ID): letters, digits, ".", "_", "-", at most 200.
        String name = layout.article().id() + "-" + STAMP.format(clock.instant()) + ".json";
        ExportData data = new ExportData(ExportData.ArticleRef.of(layout.article()), clock.instant(),
                snapshot.notes(), snapshot.bookmarks());
        Exception first = null;
        List<Path> places = new java.util.ArrayList<>();
        places.add(folder);
        places.addAll(fallbacks);
        for (Path place : places) {
            try {
                Files.createDirectories(place);
                Path file = place.resolve(name);
                AnnotationExport.write(file, data);
                System.err.println("margin: your last changes could not be saved to the database; all annotations of "
                        + "this article were written to " + file + " (File → Import Annotations reads them back)");
                if (first != null) {
                    System.getLogger("app.margin").log(System.Logger.Level.WARNING, "The data folder could not take "
                            + "the unsaved annotations (" + first.getMessage() + "); they were written to " + file);
                }
                return file;
            } catch (IOException | ExchangeException | RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof ExchangeException ee) {
            throw ee;
        }
        throw first instanceof IOException io ? io : new IOException(first);
    }

    /**
     * A sentence about files kept when Margin last closed, if there are any; they then move to
     * {@value #ANNOUNCED}/ so the reader is told once.
     */
    Optional<String> announce() {
        List<String> said = new java.util.ArrayList<>();
        announce(folder).ifPresent(said::add);
        for (Path fallback : fallbacks) {
            announce(fallback).ifPresent(said::add);
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
    }

    private static Optional<String> announce(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kept = files.filter(Files::isRegularFile).toList();
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            Path earlier = Files.createDirectories(folder.resolve(ANNOUNCED));
            for (Path f : kept) {
                Files.move(f, earlier.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of("When Margin last closed, " + kept.size() + (kept.size() == 1 ? " file" : " files")
                    + " of unsaved work (a note too long to save, or changes the database did not take) "
                    + (kept.size() == 1 ? "was" : "were") + " kept in " + earlier + ".");
        } catch (IOException e) {
            return Optional.of("Margin kept unsaved work in " + folder + " when it last closed.");
        }
    }
}
