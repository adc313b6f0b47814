package app.margin.store;

import static app.margin.store.TestNotes.bookmark;
import static app.margin.store.TestNotes.highlight;
import static app.margin.store.TestNotes.sectionNote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.ReadingPosition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAnnotationStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456789Z");
    private static final Clock CLOCK = TestNotes.day("2025-03-01");

    @TempDir
    Path dataDir;

    private AnnotationStore open() throws StoreException {
        return StoreOpener.open(dataDir, CLOCK).store();
    }

    @Test
    void sectionNoteAndHighlightRoundTripIdenticallyAcrossRestart() throws Exception {
        Note section = sectionNote("n-1", "article", T0);
        Note highlight = highlight("n-2", "article", T0.plusSeconds(1));
        try (AnnotationStore store = open()) {
            store.saveNote(section);
            store.saveNote(highlight);
            assertThat(store.notes("article")).containsExactly(section, highlight);
        }
        try (AnnotationStore store = open()) {
            assertThat(store.notes("article")).containsExactly(section, highlight);
            Note loaded = store.notes("article").get(1);
            assertThat(loaded.color()).isEqualTo(HighlightColor.GREEN);
            assertThat(loaded.tags()).containsExactly("law", "dignity", "日本");
            assertThat(loaded.updated()).isEqualTo(T0.plusSeconds(1).plusNanos(123_456_789));
        }
    }

    @Test
    void notesComeOldestFirstEvenWhenFractionsDiffer() throws Exception {
        // "…:00Z" sorts after "…:00.5Z" as text; the store must still order by time.
        Note whole = sectionNote("late", "article", Instant.parse("2025-03-01T10:00:01Z"));
        Note fraction = sectionNote("early", "article", Instant.parse("2025-03-01T10:00:00.5Z"));
        try (AnnotationStore store = open()) {
            store.saveNote(whole);
            store.saveNote(fraction);
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("early", "late");
        }
    }

    @Test
    void savingANoteAgainWithTheSameIdUpdatesIt() throws Exception {
        Note original = highlight("n-1", "article", T0);
        Note edited = original.withText("Changed my mind", List.of("revised"), T0.plusSeconds(60))
                .withColor(HighlightColor.PINK, T0.plusSeconds(61));
        try (AnnotationStore store = open()) {
            store.saveNote(original);
            store.saveNote(edited);
            assertThat(store.notes("article")).containsExactly(edited);
        }
    }

    @Test
    void deletedNoteIsGoneAfterRestart() throws Exception {
        try (AnnotationStore store = open()) {
            store.saveNote(sectionNote("keep", "article", T0));
            store.saveNote(sectionNote("drop", "article", T0.plusSeconds(1)));
            store.deleteNote("drop");
        }
        try (AnnotationStore store = open()) {
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("keep");
        }
    }

    @Test
    void activityCountsAnnotationsAndRemembersProgressPerArticle() throws Exception {
        try (AnnotationStore store = open()) {
            store.saveNote(sectionNote("n1", "article", T0));
            store.saveNote(highlight("n2", "article", T0));
            store.saveBookmark(bookmark("b1", "article", T0));
            store.saveNote(sectionNote("n3", "other", T0));
            store.saveReadingPosition(new app.margin.model.ReadingPosition("article", "s", 2, 0.4));
            store.saveReadingPosition(new app.margin.model.ReadingPosition("read-only", "s", 0, 0.9));

            var activity = store.activity();

            assertThat(activity.get("article").annotations()).isEqualTo(3);
            assertThat(activity.get("article").fraction()).isEqualTo(0.4);
            assertThat(activity.get("article").lastRead()).isEqualTo(CLOCK.instant());
            assertThat(activity.get("other").annotations()).isEqualTo(1);
            assertThat(activity.get("other").lastRead()).isNull();
            assertThat(activity.get("read-only").annotations()).isZero();
        }
    }

    @Test
    void notesOfOtherArticlesAreNotReturned() throws Exception {
        try (AnnotationStore store = open()) {
            store.saveNote(sectionNote("mine", "article", T0));
            store.saveNote(sectionNote("theirs", "other-article", T0));
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("mine");
            assertThat(store.notes("no-such-article")).isEmpty();
        }
    }

    @Test
    void emptyNoteTextAndNoTagsRoundTrip() throws Exception {
        Note bare = highlight("n-1", "article", T0).withText(null, null, T0);
        try (AnnotationStore store = open()) {
            store.saveNote(bare);
            assertThat(store.notes("article")).containsExactly(bare);
        }
    }

    @Test
    void noteOfMaximumLengthIsKept() throws Exception {
        Note longest = sectionNote("n-1", "article", T0).withText("ß".repeat(Note.MAX_TEXT_LENGTH), List.of(), T0);
        try (AnnotationStore store = open()) {
            store.saveNote(longest);
        }
        try (AnnotationStore store = open()) {
            assertThat(store.notes("article")).containsExactly(longest);
        }
    }

    @Test
    void bookmarksAreSavedRenamedAndDeleted() throws Exception {
        Bookmark first = bookmark("b-1", "article", T0);
        Bookmark second = bookmark("b-2", "article", T0.plusSeconds(5));
        Bookmark renamed = first.withName("Key argument — § 2", T0.plusSeconds(10));
        try (AnnotationStore store = open()) {
            store.saveBookmark(first);
            store.saveBookmark(second);
            store.saveBookmark(bookmark("b-3", "other-article", T0));
            store.saveBookmark(renamed);
            store.deleteBookmark("b-2");
        }
        try (AnnotationStore store = open()) {
            assertThat(store.bookmarks("article")).containsExactly(renamed);
        }
    }

    @Test
    void readingPositionIsReplacedNotDuplicated() throws Exception {
        try (AnnotationStore store = open()) {
            assertThat(store.readingPosition("article")).isEmpty();
            store.saveReadingPosition(new ReadingPosition("article", "s-1", 2, 0.25));
            store.saveReadingPosition(new ReadingPosition("article", "s-4", -1, 0.8125));
        }
        try (AnnotationStore store = open()) {
            assertThat(store.readingPosition("article")).contains(new ReadingPosition("article", "s-4", -1, 0.8125));
            assertThat(store.readingPosition("other-article")).isEmpty();
        }
    }

    @Test
    void settingsAreStoredAsText() throws Exception {
        try (AnnotationStore store = open()) {
            assertThat(store.setting("theme")).isEmpty();
            store.saveSetting("theme", "sepia");
            store.saveSetting("theme", "dark");
            store.saveSetting("font.size", "18");
        }
        try (AnnotationStore store = open()) {
            assertThat(store.setting("theme")).contains("dark");
            assertThat(store.setting("font.size")).contains("18");
        }
    }

    @Test
    void closedStoreRefusesWorkWithAPlainMessage() throws Exception {
        AnnotationStore store = open();
        store.close();
        store.close(); // closing twice is harmless
        assertThatThrownBy(() -> store.notes("article"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void severalThreadsCanSaveAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AnnotationStore store = open()) {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "t" + t + "-";
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.saveNote(sectionNote(prefix + i, "article", T0.plusSeconds(i)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get(); // rethrows a writer's failure
            }
            assertThat(store.notes("article")).hasSize(100);
        } finally {
            pool.shutdownNow();
        }
    }
}
