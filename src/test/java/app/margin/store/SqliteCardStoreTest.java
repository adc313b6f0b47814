package app.margin.store;

import static app.margin.store.TestNotes.highlight;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.CardSchedule;
import app.margin.model.study.ClozeRange;
import app.margin.model.study.Grade;
import app.margin.model.study.Review;
import app.margin.model.study.Scheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCardStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30.123456789Z");

    @TempDir
    Path dataDir;

    private final Scheduler scheduler = new Scheduler();

    private AnnotationStore open() throws StoreException {
        return StoreOpener.open(dataDir, TestNotes.day("2025-03-01")).store();
    }

    private static Card clozeOf(Note note) {
        String quote = note.anchor().quote().exact();
        return Card.cloze("c-1", note.id(), note.articleId(), note.anchor().sectionId(), quote, note.text(),
                List.of(new ClozeRange(0, 5), new ClozeRange(9, 13)), T0);
    }

    /** The card as the store reads it back: with its annotation's tags and last change. */
    private static Card asRead(Card card, Note note) {
        return card.withAnnotation(note.anchor().sectionId(), note.anchor().quote().exact(), note.text(),
                note.tags(), note.updated());
    }

    /** Reviews the card at {@code now} the way the study view does, and returns it as reviewed. */
    private Card review(CardStore cards, Card card, Grade grade, Instant now) throws StoreException {
        CardSchedule after = scheduler.review(card.schedule(), grade, now);
        Card reviewed = card.withSchedule(after);
        cards.recordReview(reviewed, scheduler.record(card.id(), card.schedule(), after, grade));
        return reviewed;
    }

    @Test
    void clozeCardRoundTripsAcrossRestart() throws Exception {
        Note note = highlight("n-1", "article", T0);
        Card card = clozeOf(note);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore.of(store).saveCard(card);
        }
        try (AnnotationStore store = open()) {
            assertThat(CardStore.of(store).cards("article")).containsExactly(asRead(card, note));
            assertThat(CardStore.of(store).cardsOfNote("n-1")).containsExactly(asRead(card, note));
        }
    }

    @Test
    void reviewedGoodIsNotDueAfterRestartAndIsDueOnceTheIntervalPasses() throws Exception {
        Note note = highlight("n-1", "article", T0);
        Card reviewed;
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(clozeOf(note));
            assertThat(cards.dueCounts(T0)).containsEntry("article", 1);
            Card learning = review(cards, clozeOf(note), Grade.GOOD, T0.plusSeconds(60));
            assertThat(cards.cards("article").get(0).schedule()).isEqualTo(learning.schedule());
            reviewed = review(cards, learning, Grade.GOOD, learning.schedule().due());
        }
        try (AnnotationStore store = open()) {
            CardStore cards = CardStore.of(store);
            Instant due = reviewed.schedule().due();
            // the 10 min learning step, then graduated: 2 days
            assertThat(due).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(10)).plus(Duration.ofDays(2)));
            assertThat(cards.dueCounts(due.minusNanos(1))).doesNotContainKey("article");
            assertThat(cards.dueCards("article", due.minusNanos(1))).isEmpty();
            assertThat(cards.dueCounts(due)).containsEntry("article", 1);
            List<Review> history = cards.reviews("c-1");
            assertThat(history).extracting(Review::grade).containsExactly(Grade.GOOD, Grade.GOOD);
            assertThat(history.get(1).due()).isEqualTo(due);
            assertThat(cards.cards("article").get(0).schedule()).isEqualTo(reviewed.schedule());
        }
    }

    @Test
    void dueCountsDoNotDependOnTheTimeZone() throws Exception {
        TimeZone before = TimeZone.getDefault();
        Note note = highlight("n-1", "article", T0);
        Instant due;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
            try (AnnotationStore store = open()) {
                store.saveNote(note);
                CardStore.of(store).saveCard(clozeOf(note));
                due = review(CardStore.of(store), clozeOf(note), Grade.GOOD, T0).schedule().due();
            }
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago")); // UTC−11
            try (AnnotationStore store = open()) {
                assertThat(CardStore.of(store).dueCounts(due.minusSeconds(1))).isEmpty();
                assertThat(CardStore.of(store).dueCounts(due)).containsEntry("article", 1);
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void clockMovedBackRecordsTheReviewAndKeepsCountsRight() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(clozeOf(note));
            Card once = review(cards, clozeOf(note), Grade.GOOD, T0);
            Instant earlier = T0.minus(Duration.ofDays(5));
            Card twice = review(cards, once, Grade.GOOD, earlier);
            assertThat(twice.schedule().lastReview()).isEqualTo(earlier);
            assertThat(cards.reviews("c-1")).extracting(Review::elapsedDays).containsExactly(0.0, 0.0);
            assertThat(cards.dueCounts(earlier)).isEmpty();
            assertThat(cards.dueCounts(twice.schedule().due())).containsEntry("article", 1);
        }
    }

    @Test
    void editingAndReanchoringTheHighlightKeepsTheCard() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            Card basic = Card.basic("c-2", "n-1", "article", "s-2", "What is inviolable?",
                    note.anchor().quote().exact(), note.text(), T0);
            cards.saveCard(basic);
            cards.saveCard(clozeOf(note));
            review(cards, basic, Grade.EASY, T0);

            Note moved = new Note(note.id(), note.articleId(), "hash-2", note.kind(),
                    Anchor.passage("s-9", 0, "Preface. " + TestNotes.PARAGRAPH, 13, 31), note.color(),
                    "Edited note", note.tags(), note.created(), T0.plusSeconds(5));
            store.saveNote(moved);

            Card readBasic = cards.cardsOfNote("n-1").stream().filter(c -> c.id().equals("c-2")).findFirst()
                    .orElseThrow();
            assertThat(readBasic.sectionId()).isEqualTo("s-9");
            assertThat(readBasic.noteText()).isEqualTo("Edited note");
            assertThat(readBasic.quote()).isEqualTo(moved.anchor().quote().exact());
            assertThat(readBasic.schedule().reps()).isEqualTo(1);
            assertThat(cards.reviews("c-2")).hasSize(1);
            Card readCloze = cards.cardsOfNote("n-1").stream().filter(c -> c.id().equals("c-1")).findFirst()
                    .orElseThrow();
            assertThat(readCloze.hidden()).containsExactly(new ClozeRange(0, 5), new ClozeRange(9, 13));
        }
    }

    @Test
    void deletingTheHighlightKeepsItsCardReadingAsItLastWas() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(Card.basic("c-2", "n-1", "article", "s-2", "", "old quote", "old note", T0));
            Note edited = note.withText("Newest words", note.tags(), T0.plusSeconds(9));
            store.saveNote(edited);
            cards.keepCardsOf(edited);
            store.deleteNote("n-1");
        }
        try (AnnotationStore store = open()) {
            Card kept = CardStore.of(store).cards("article").get(0);
            assertThat(kept.noteText()).isEqualTo("Newest words");
            assertThat(kept.quote()).isEqualTo(note.anchor().quote().exact());
            assertThat(kept.prompt()).isEqualTo("Newest words");
        }
    }

    @Test
    void deletingTheCardsOfAHighlightCanBeUndone() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(clozeOf(note));
            Card reviewed = review(cards, clozeOf(note), Grade.HARD, T0);
            List<Review> history = cards.reviews("c-1");

            List<Card> deleted = cards.deleteCardsOfNote("n-1");
            assertThat(deleted).containsExactly(asRead(reviewed, note));
            assertThat(cards.cards("article")).isEmpty();
            assertThat(cards.reviews("c-1")).isEmpty();

            cards.restoreCards(deleted, history);
            assertThat(cards.cards("article")).containsExactly(asRead(reviewed, note));
            assertThat(cards.reviews("c-1")).isEqualTo(history);
        }
    }

    @Test
    void savingACardAgainChangesItsTextNotItsSchedule() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(clozeOf(note));
            Card reviewed = review(cards, clozeOf(note), Grade.GOOD, T0);
            cards.saveCard(clozeOf(note)); // the editor's copy, made before the review
            assertThat(cards.cards("article").get(0).schedule()).isEqualTo(reviewed.schedule());
        }
    }

    @Test
    void aCardsLearningStepSurvivesRestart() throws Exception {
        Note note = highlight("n-1", "article", T0);
        Card relearning;
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(clozeOf(note));
            Card c = review(cards, clozeOf(note), Grade.GOOD, T0);
            c = review(cards, c, Grade.GOOD, c.schedule().due());
            relearning = review(cards, c, Grade.AGAIN, c.schedule().due());
            relearning = review(cards, relearning, Grade.HARD, relearning.schedule().due());
        }
        try (AnnotationStore store = open()) {
            CardSchedule read = CardStore.of(store).cards("article").get(0).schedule();
            assertThat(read.phase()).isEqualTo(CardSchedule.Phase.RELEARNING);
            assertThat(read).isEqualTo(relearning.schedule());
            assertThat(read.lapses()).isEqualTo(1);
        }
    }

    @Test
    void aCardReadsItsAnnotationsTagsAndLastChangeAndKeepsThemWhenTheHighlightGoes() throws Exception {
        Note note = highlight("n-1", "article", T0);
        try (AnnotationStore store = open()) {
            store.saveNote(note);
            CardStore cards = CardStore.of(store);
            cards.saveCard(Card.basic("c-2", "n-1", "article", "s-2", "", "q", "n", T0));
            Note tagged = note.withText("Tagged", List.of("war", "speech acts"), T0.plusSeconds(90));
            store.saveNote(tagged);
            Card read = cards.cards("article").get(0);
            assertThat(read.noteTags()).containsExactly("war", "speech acts");
            assertThat(read.noteUpdated()).isEqualTo(T0.plusSeconds(90));
            assertThat(read.changed()).isEqualTo(T0.plusSeconds(90));
            cards.keepCardsOf(tagged);
            store.deleteNote("n-1");
        }
        try (AnnotationStore store = open()) {
            Card kept = CardStore.of(store).cards("article").get(0);
            assertThat(kept.noteTags()).containsExactly("war", "speech acts");
            assertThat(kept.noteUpdated()).isNull();
            assertThat(kept.changed()).as("the kept text is as new as the annotation's last edit")
                    .isEqualTo(T0.plusSeconds(90));
        }
    }
}
