package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.TestArticles;
import app.margin.model.Anchor;
import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over-long drafts are kept in files that stay inside the data folder, whatever the note ids hold. */
class UnsavedWorkTest {

    @TempDir
    Path dir;

    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
    private final String tooLong = "x".repeat(Note.MAX_TEXT_LENGTH + 1);

    @Test
    void draftsOfNotesWithHostileIdsAreAllKeptInsideTheFolder() throws Exception {
        Path dataDir = dir.resolve("data");
        List<String> ids = List.of("../../escaped", "nul\u0000inside", "n".repeat(1_000), "plain-id");
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        try {
            // Ids like these came in through imports before ids were checked; the store still holds such notes.
            for (String id : ids) {
                store.saveNote(new Note(id, layout.article().id(), "h", NoteKind.SECTION,
                        Anchor.section("ukraine-the-central-point-of-discussion"), null, "", List.of(), t, t));
            }
            AnnotationsViewModel annotations = new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                    Runnable::run, Runnable::run, Clock.systemUTC());
            annotations.open(layout, "h");
            for (String id : ids) {
                annotations.editNote(id, tooLong + id.length(), List.of());
            }

            new UnsavedWork(dataDir, Clock.systemUTC()).keepDrafts(annotations, layout);
        } finally {
            store.close();
        }

        Path folder = dataDir.resolve(UnsavedWork.FOLDER);
        List<String> kept;
        try (Stream<Path> files = Files.list(folder)) {
            kept = files.map(f -> read(f)).toList();
        }
        assertThat(kept).hasSize(4);
        for (String id : ids) {
            assertThat(kept).anySatisfy(text -> assertThat(text).endsWith(tooLong + id.length()));
        }
        assertThat(folder.resolve("plain-id.txt")).exists();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> !f.startsWith(folder))
                    .map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("escaped"));
        }
    }

    @Test
    void aDraftThatCannotBeWrittenDoesNotStopTheOthers() throws Exception {
        Path dataDir = dir.resolve("data");
        UnsavedWork work = new UnsavedWork(dataDir, Clock.systemUTC());
        Files.createDirectories(dataDir.resolve(UnsavedWork.FOLDER).resolve("blocked.txt")); // a folder in the way
        Map<String, String> drafts = new LinkedHashMap<>();
        drafts.put("blocked", "first");
        drafts.put("fine", "second");

        assertThatThrownBy(() -> work.keepDrafts(drafts, id -> Optional.empty())).isInstanceOf(IOException.class)
                .hasMessageContaining("blocked.txt");

        assertThat(dataDir.resolve(UnsavedWork.FOLDER).resolve("fine.txt")).hasContent("second");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenTheDataFolderCannotTakeTheUnsavedExportItGoesToTheNextPlaceAndIsAnnounced() throws Exception {
        Path dataDir = dir.resolve("data");
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        Path fallback = dir.resolve("elsewhere");
        UnsavedWork work = new UnsavedWork(dataDir, Clock.systemUTC(), List.of(fallback));
        try {
            store.saveNote(new Note("kept-note", layout.article().id(), "h", NoteKind.SECTION,
                    Anchor.section("ukraine-the-central-point-of-discussion"), null, "what I wrote", List.of(), t, t));
            AnnotationsViewModel annotations = new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                    Runnable::run, Runnable::run, Clock.systemUTC());
            annotations.open(layout, "h");
            // The data folder cannot take the file (as on a full disk): a file stands where its folder would be.
            Files.writeString(dataDir.resolve(UnsavedWork.FOLDER), "in the way");

            Path written = work.keepAnnotations(annotations, layout);

            assertThat(written).startsWith(fallback);
            assertThat(read(written)).contains("what I wrote");
        } finally {
            store.close();
        }
        assertThat(work.announce()).hasValueSatisfying(m -> assertThat(m).contains(fallback.toString()));
    }
}
