package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ReadingPosition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notes file from before line offsets (schema 2) keeps its reading positions, at their paragraphs' tops. */
class PositionOffsetMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void positionSavedBeforeOffsetsOpensAtItsParagraphsTop() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store()) {
            store.saveReadingPosition(new ReadingPosition("article", "s-2", 3, 0.4));
        }
        // Exactly the table step 1 made: the row a Margin before offsets wrote.
        try (Connection connection = Sqlite.openForWriting(dataDir.resolve("margin.db"));
                Statement statement = connection.createStatement()) {
            OldSchemas.withoutStudySteps(statement);
            OldSchemas.withoutSearch(statement);
            statement.execute("ALTER TABLE reading_positions DROP COLUMN line_offset");
            statement.execute("PRAGMA user_version = 2");
        }

        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-02")).store()) {
            assertThat(store.readingPosition("article")).contains(new ReadingPosition("article", "s-2", 3, 0, 0.4));
        }
    }

    @Test
    void lineOffsetSurvivesReopening() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store()) {
            store.saveReadingPosition(new ReadingPosition("article", "s-2", 3, 412, 0.44));
        }
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-02")).store()) {
            assertThat(store.readingPosition("article")).contains(new ReadingPosition("article", "s-2", 3, 412, 0.44));
        }
    }
}
