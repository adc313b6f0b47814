package app.margin.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.Grade;
import app.margin.model.study.Scheduler;
import app.margin.store.AnnotationStore;
import app.margin.store.CardStore;
import app.margin.store.StoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review session and the card maker on a real store, work run where it is asked (no FX thread needed). */
class StudyViewModelTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PARAGRAPH = "Talks between the militaries are a safety valve in a crisis.";

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private CardQueue queue;
    private final List<String> problems = new ArrayList<>();
    private Note highlight;

    @BeforeEach
    void openStore() throws Exception {
        store = StoreOpener.open(dataDir, Clock.fixed(T0, ZoneOffset.UTC)).store();
        queue = new CardQueue(app.margin.ui.queue.StoreQueue.over(java.util.concurrent.CompletableFuture.completedFuture(store),
                Runnable::run), Runnable::run, problems::add);
        int start = PARAGRAPH.indexOf("the militaries");
        highlight = new Note("h1", "article", "hash", NoteKind.HIGHLIGHT,
                Anchor.passage("s1", 0, PARAGRAPH, start, PARAGRAPH.length() - 1), HighlightColor.YELLOW,
                "Why they keep talking", List.of(), T0, T0);
        store.saveNote(highlight);
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
        assertThat(problems).isEmpty();
    }

    private StudyViewModel at(Instant now) {
        StudyViewModel vm = new StudyViewModel(queue, new Scheduler(), Clock.fixed(now, ZoneOffset.UTC));
        vm.open("article", "Talks");
        return vm;
    }

    private Card makeCloze(String... hide) {
        CardMakerViewModel maker = new CardMakerViewModel(highlight, queue, Clock.fixed(T0, ZoneOffset.UTC));
        for (String word : hide) {
            int i = maker.words().stream().map(w -> w.text()).toList().indexOf(word);
            maker.toggleWord(i);
        }
        Card[] saved = new Card[1];
        maker.save(c -> saved[0] = c);
        return saved[0];
    }

    @Test
    void cardMakerHidesChosenWordsAdjacentOnesAsOneRange() {
        Card card = makeCloze("safety", "valve", "crisis");
        assertThat(card.kind()).isEqualTo(CardKind.CLOZE);
        assertThat(card.pieces()).filteredOn(Card.Piece::hidden).extracting(Card.Piece::text)
                .containsExactly("safety valve", "crisis");
        assertThat(card.noteId()).isEqualTo("h1");
    }

    @Test
    void clozeNeedsAWordAndASectionNoteCanOnlyBeBasic() {
        CardMakerViewModel maker = new CardMakerViewModel(highlight, queue, Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(maker.kindProperty().get()).isEqualTo(CardKind.CLOZE);
        assertThat(maker.canSaveProperty().get()).isFalse();
        maker.toggleWord(0);
        assertThat(maker.canSaveProperty().get()).isTrue();
        maker.toggleWord(0);
        assertThat(maker.canSaveProperty().get()).isFalse();

        Note section = new Note("s", "article", "hash", NoteKind.SECTION, Anchor.section("s1"), null,
                "The whole section", List.of(), T0, T0);
        CardMakerViewModel basic = new CardMakerViewModel(section, queue, Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(basic.canCloze()).isFalse();
        basic.questionProperty().set("  What is the section about?  ");
        assertThat(basic.card().kind()).isEqualTo(CardKind.BASIC);
        assertThat(basic.card().prompt()).isEqualTo("What is the section about?");
    }

    @Test
    void aSectionNotesCardAsksAboutItsSectionByTitleOnceTheTitlesAreKnown() {
        Note section = new Note("s", "article", "hash", NoteKind.SECTION, Anchor.section("s1"), null,
                "Talks resume in Geneva", List.of(), T0, T0);
        new CardMakerViewModel(section, queue, Clock.fixed(T0, ZoneOffset.UTC)).save(c -> { });
        StudyViewModel vm = at(T0);
        Card shown = vm.cardProperty().get();
        assertThat(shown.isOnSection()).isTrue();
        // Before the titles are read (a session from the Library), the note asks, as before.
        assertThat(vm.prompt(shown)).isEqualTo("Talks resume in Geneva");
        vm.setSectionTitles("another-article", java.util.Map.of("s1", "Wrong Book"));
        assertThat(vm.prompt(shown)).isEqualTo("Talks resume in Geneva");
        vm.setSectionTitles("article", java.util.Map.of("s1", "The Geneva Round"));
        // The front names the section, the note is the answer: as the Anki and text exports' fronts do.
        assertThat(vm.prompt(shown)).isEqualTo("The Geneva Round");
        vm.open("article", "Talks");
        assertThat(vm.prompt(vm.cardProperty().get())).as("a new session forgets the last one's titles")
                .isEqualTo("Talks resume in Geneva");
    }

    @Test
    void answerShowsOnRequestAndOnlyThenCanTheCardBeGraded() {
        makeCloze("valve");
        StudyViewModel vm = at(T0);
        assertThat(vm.cardProperty().get()).isNotNull();
        assertThat(vm.canGradeProperty().get()).isFalse();
        vm.grade(Grade.GOOD);
        assertThat(vm.reviewedProperty().get()).isZero();
        vm.showAnswer();
        assertThat(vm.answerShownProperty().get()).isTrue();
        assertThat(vm.canGradeProperty().get()).isTrue();
    }

    @Test
    void gradeButtonsShowTheIntervalEachWouldGive() {
        makeCloze("valve");
        StudyViewModel vm = at(T0);
        // a new card: Anki's learning steps 1 min and 10 min (Hard between them, 5.5 min), Easy graduates
        assertThat(vm.intervalLabelProperty(Grade.AGAIN).get()).isEqualTo("Again\n1 min");
        assertThat(vm.intervalLabelProperty(Grade.HARD).get()).isEqualTo("Hard\n5 min");
        assertThat(vm.intervalLabelProperty(Grade.GOOD).get()).isEqualTo("Good\n10 min");
        assertThat(vm.intervalLabelProperty(Grade.EASY).get()).isEqualTo("Easy\n8 d");
    }

    @Test
    void goodIsSavedAndTheCardIsDueAgainOnlyAfterItsInterval() throws Exception {
        makeCloze("valve");
        StudyViewModel vm = at(T0);
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        assertThat(vm.cardProperty().get()).as("on its 10-minute step, it comes back in the sitting").isNotNull();
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        assertThat(vm.finishedProperty().get()).isTrue();

        store.close();
        store = StoreOpener.open(dataDir, Clock.fixed(T0, ZoneOffset.UTC)).store();
        queue = new CardQueue(app.margin.ui.queue.StoreQueue.over(java.util.concurrent.CompletableFuture.completedFuture(store),
                Runnable::run), Runnable::run, problems::add);
        assertThat(at(T0.plus(Duration.ofDays(2)).minusSeconds(1)).finishedProperty().get()).isTrue();
        StudyViewModel later = at(T0.plus(Duration.ofDays(2)));
        assertThat(later.cardProperty().get()).isNotNull();
        assertThat(later.cardProperty().get().schedule().reps()).isEqualTo(2);
        assertThat(CardStore.of(store).reviews(later.cardProperty().get().id())).hasSize(2);
    }

    @Test
    void withNothingLeftItKnowsHowManyCardsThereAreAndWhenTheNextIsDue() {
        makeCloze("valve");
        StudyViewModel vm = at(T0);
        assertThat(vm.nextDueProperty().get()).as("one is due now").isEqualTo(T0);
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        assertThat(vm.cardCountProperty().get()).isEqualTo(1);
        assertThat(vm.nextDueProperty().get()).isEqualTo(T0.plus(Duration.ofDays(2)));
        StudyViewModel later = at(T0.plus(Duration.ofHours(1)));
        assertThat(later.finishedProperty().get()).isTrue();
        assertThat(later.cardCountProperty().get()).isEqualTo(1);
        assertThat(later.nextDueProperty().get()).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void againBringsTheCardBackAtTheEndOfTheSession() {
        makeCloze("valve");
        makeCloze("crisis");
        StudyViewModel vm = at(T0);
        assertThat(vm.remainingProperty().get()).isEqualTo(2);
        String first = vm.cardProperty().get().id();
        vm.showAnswer();
        vm.grade(Grade.AGAIN);
        assertThat(vm.remainingProperty().get()).isEqualTo(2);
        assertThat(vm.cardProperty().get().id()).isNotEqualTo(first);
        vm.showAnswer();
        vm.grade(Grade.EASY);
        assertThat(vm.cardProperty().get().id()).isEqualTo(first);
        assertThat(vm.intervalLabelProperty(Grade.AGAIN).get()).isEqualTo("Again\n1 min");
    }

    @Test
    void deletingTheShownCardRemovesItForGood() throws Exception {
        makeCloze("valve");
        StudyViewModel vm = at(T0);
        vm.deleteCard();
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(CardStore.of(store).cards("article")).isEmpty();
    }

    @Test
    void libraryDueCountsFollowReviews() {
        makeCloze("valve");
        makeCloze("crisis");
        Study study = new Study(queue, new Scheduler(), Clock.fixed(T0, ZoneOffset.UTC),
                new app.margin.ui.reader.ReadingSettings(), () -> null, "", m -> { });
        study.refreshDueCounts();
        assertThat(study.dueCounts()).containsEntry("article", 2);
        StudyViewModel vm = at(T0);
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        study.refreshDueCounts();
        assertThat(study.dueCounts()).containsEntry("article", 1);
        vm.showAnswer();
        vm.grade(Grade.GOOD);
        study.refreshDueCounts();
        assertThat(study.dueCounts()).doesNotContainKey("article");
    }

    @Test
    void aStoreThatFailedToOpenIsReportedInItsOwnWords() {
        java.util.concurrent.CompletableFuture<AnnotationStore> failed = java.util.concurrent.CompletableFuture.failedFuture(
                new app.margin.store.StoreException("These notes were saved by a newer version of Margin."));
        CardQueue queue = new CardQueue(app.margin.ui.queue.StoreQueue.over(failed, Runnable::run), Runnable::run,
                problems::add);
        new StudyViewModel(queue, new Scheduler(), Clock.fixed(T0, ZoneOffset.UTC)).open("article", "Talks");
        assertThat(problems).containsExactly("These notes were saved by a newer version of Margin.");
        problems.clear();
    }

    @Test
    void aStoreThatIsNotOpenIsReportedNotThrown() {
        CardQueue closed = new CardQueue(app.margin.ui.queue.StoreQueue.over(
                java.util.concurrent.CompletableFuture.completedFuture(null), Runnable::run), Runnable::run, problems::add);
        StudyViewModel vm = new StudyViewModel(closed, new Scheduler(), Clock.fixed(T0, ZoneOffset.UTC));
        vm.open("article", "Talks");
        assertThat(problems).singleElement().asString().contains("not open");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.finishedProperty().get()).isTrue();
        problems.clear();
    }
}
