package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Note;
import app.margin.model.study.Card;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notes file from before study cards (schema 1) gains the card tables and keeps every note. */
class CardMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void schemaOneFileGainsCardTablesAndKeepsItsNotes() throws Exception {
        Note note = TestNotes.highlight("n-1", "article", Instant.parse("2025-03-01T08:00:00Z"));
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store()) {
            store.saveNote(note);
        }
        // Step 1 is never edited, so this is exactly a file written by the Margin before cards.
        try (Connection connection = Sqlite.openForWriting(dataDir.resolve("margin.db"));
                Statement statement = connection.createStatement()) {
            OldSchemas.withoutSearch(statement);
            statement.execute("DROP TABLE card_reviews");
            statement.execute("DROP TABLE cards");
            statement.execute("ALTER TABLE reading_positions DROP COLUMN line_offset");
            statement.execute("PRAGMA user_version = 1");
        }

        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2025-03-02")).store()) {
            assertThat(store.notes("article")).containsExactly(note);
            Card card = Card.basic("c-1", "n-1", "article", "s-2", "", note.anchor().quote().exact(), note.text(),
                    Instant.parse("2025-03-02T09:00:00Z"));
            CardStore.of(store).saveCard(card);
            assertThat(CardStore.of(store).cards("article")).containsExactly(card.withAnnotation(
                    note.anchor().sectionId(), note.anchor().quote().exact(), note.text(), note.tags(),
                    note.updated()));
        }
        try (Connection connection = Sqlite.openReadOnly(dataDir.resolve("margin.db"))) {
            assertThat(Migrations.version(connection)).isEqualTo(Migrations.LATEST);
        }
    }
}
