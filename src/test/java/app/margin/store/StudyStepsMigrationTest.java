package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.CardSchedule;
import app.margin.model.study.CardSchedule.Phase;
import app.margin.model.study.MemoryState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notes file from before learning steps (schema 4): its reviewed cards are in review, the others new. */
class StudyStepsMigrationTest {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void schemaFourCardsBecomeNewOrInReviewAndKeepTheirSchedules() throws Exception {
        Note note = TestNotes.highlight("n-1", "article", T0);
        CardSchedule reviewed = new CardSchedule(new MemoryState(7.3, 2.1), T0, T0.plusSeconds(7 * 86_400), 2, 0);
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2026-01-05")).store()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(Card.basic("new", "n-1", "article", "s-2", "", "q", "n", T0));
            Card old = Card.basic("old", "n-1", "article", "s-2", "", "q", "n", T0.minusSeconds(1));
            cards.restoreCards(List.of(old.withSchedule(reviewed)), List.of());
        }
        // Steps 1 to 4 are never edited: dropping step 5's columns gives exactly a schema-4 file.
        try (Connection connection = Sqlite.openForWriting(dataDir.resolve("margin.db"));
                Statement statement = connection.createStatement()) {
            OldSchemas.withoutStudySteps(statement);
            statement.execute("PRAGMA user_version = 4");
        }
        try (AnnotationStore store = StoreOpener.open(dataDir, TestNotes.day("2026-01-06")).store()) {
            List<Card> cards = CardStore.of(store).cards("article");
            assertThat(cards).extracting(Card::id).containsExactly("old", "new");
            assertThat(cards.get(0).schedule()).isEqualTo(reviewed);
            assertThat(cards.get(0).schedule().phase()).isEqualTo(Phase.REVIEW);
            assertThat(cards.get(1).schedule().phase()).isEqualTo(Phase.NEW);
            assertThat(cards.get(1).noteTags()).isEqualTo(note.tags());
        }
        try (Connection connection = Sqlite.openReadOnly(dataDir.resolve("margin.db"))) {
            assertThat(Migrations.version(connection)).isEqualTo(Migrations.LATEST);
        }
    }
}
