package app.margin.store;

import static app.margin.store.TestNotes.bookmark;
import static app.margin.store.TestNotes.highlight;
import static app.margin.store.TestNotes.sectionNote;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row spoilt by hand or by a faulty tool is left out and named; the article's other notes still load. */
class UnreadableRowsTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Clock CLOCK = TestNotes.day("2025-03-01");

    @TempDir
    Path dataDir;

    private void spoil(String... updates) throws Exception {
        try (Connection connection = Sqlite.openForWriting(dataDir.resolve("margin.db"));
                Statement statement = connection.createStatement()) {
            for (String sql : updates) {
                statement.executeUpdate(sql);
            }
        }
    }

    @Test
    void badDateKindColourOrTagsHideOnlyTheirOwnRow() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, CLOCK).store()) {
            for (int i = 0; i < 6; i++) {
                store.saveNote(highlight("n-" + i, "article", T0.plusSeconds(i)));
            }
            store.saveBookmark(bookmark("b-good", "article", T0));
            store.saveBookmark(bookmark("b-bad", "article", T0.plusSeconds(1)));
        }
        spoil("UPDATE notes SET created = 'last Tuesday' WHERE id = 'n-1'",
                "UPDATE notes SET kind = 'SCRIBBLE' WHERE id = 'n-2'",
                "UPDATE notes SET color = 'mauve' WHERE id = 'n-3'",
                "UPDATE notes SET tags = '{not json' WHERE id = 'n-4'",
                "UPDATE bookmarks SET updated = '2025-13-45' WHERE id = 'b-bad'");

        try (AnnotationStore store = StoreOpener.open(dataDir, CLOCK).store()) {
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("n-0", "n-5");
            assertThat(store.bookmarks("article")).extracting(Bookmark::id).containsExactly("b-good");
            assertThat(store.notes("article")).hasSize(2); // reading again reports each row once
            assertThat(store.unreadableRows()).extracting(LeftOutRow::message).hasSize(5).anySatisfy(m -> assertThat(m).contains("n-1"))
                    .anySatisfy(m -> assertThat(m).contains("n-2", "SCRIBBLE"))
                    .anySatisfy(m -> assertThat(m).contains("n-3"))
                    .anySatisfy(m -> assertThat(m).contains("n-4"))
                    .anySatisfy(m -> assertThat(m).contains("bookmark row b-bad"));
            store.saveNote(sectionNote("after", "article", T0.plusSeconds(99)));
            assertThat(store.notes("article")).extracting(Note::id).containsExactly("n-0", "n-5", "after");
        }
    }

    @Test
    void aBadReadingTimeCountsAsNeverReadAndTheLibraryStillLoads() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, CLOCK).store()) {
            store.saveReadingPosition(new app.margin.model.ReadingPosition("article", "s", 1, 0.5));
            store.saveReadingPosition(new app.margin.model.ReadingPosition("other", "s", 1, 0.25));
        }
        spoil("UPDATE reading_positions SET updated = 'soon' WHERE article_id = 'article'");

        try (AnnotationStore store = StoreOpener.open(dataDir, CLOCK).store()) {
            var activity = store.activity();
            assertThat(activity.get("article").lastRead()).isNull();
            assertThat(activity.get("article").fraction()).isEqualTo(0.5);
            assertThat(activity.get("other").lastRead()).isEqualTo(CLOCK.instant());
        }
    }
}
