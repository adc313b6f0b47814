package app.margin.ui.study;

import app.margin.model.study.Card;
import app.margin.model.study.CardSchedule;
import app.margin.model.study.Grade;
import app.margin.model.study.Intervals;
import app.margin.model.study.Review;
import app.margin.model.study.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A review session over one article's due cards: one card at a time, its answer shown on request, then graded
 * Again, Hard, Good or Easy, each grade's next interval shown before it is chosen. A card left on a learning or
 * relearning step (minutes) comes back at the end of the session. Reviews are saved in order through the
 * {@link CardQueue}.
 */
public final class StudyViewModel {

    private final CardQueue queue;
    /** The scheduler as the settings say now (the hour a study day starts can change between reviews). */
    private final java.util.function.Supplier<Scheduler> schedulers;
    private final Clock clock;
    private final Deque<Card> session = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(this, "answerShown");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper(this, "reviewed");
    private final ReadOnlyIntegerWrapper cardCount = new ReadOnlyIntegerWrapper(this, "cardCount");
    private final ReadOnlyObjectWrapper<Instant> nextDue = new ReadOnlyObjectWrapper<>(this, "nextDue");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Study");
    /** The session's article's section titles by id: what a section note's card asks about. */
    private final ReadOnlyObjectWrapper<Map<String, String>> sectionTitles =
            new ReadOnlyObjectWrapper<>(this, "sectionTitles", Map.of());
    private final Map<Grade, ReadOnlyStringWrapper> intervals = new EnumMap<>(Grade.class);
    private final BooleanBinding canShowAnswer = card.isNotNull().and(answerShown.not());
    private final BooleanBinding canGrade = card.isNotNull().and(answerShown);
    private final BooleanBinding finished = Bindings.createBooleanBinding(
            () -> card.get() == null && !loading.get(), card, loading);
    private String articleId;
    /** Bumped by each open(), so a slow load for an article left behind is dropped. */
    private long generation;

    public StudyViewModel(CardQueue queue, Scheduler scheduler, Clock clock) {
        this(queue, () -> scheduler, clock);
    }

    public StudyViewModel(CardQueue queue, java.util.function.Supplier<Scheduler> schedulers, Clock clock) {
        this.queue = queue;
        this.schedulers = schedulers;
        this.clock = clock;
        for (Grade g : Grade.values()) {
            intervals.put(g, new ReadOnlyStringWrapper(this, g.name().toLowerCase(), g.label()));
        }
    }

    /** Starts a session over the cards of the article due now. */
    public void open(String newArticleId, String articleTitle) {
        articleId = newArticleId;
        title.set("Study — " + articleTitle);
        sectionTitles.set(Map.of());
        long mine = ++generation;
        loading.set(true);
        session.clear();
        card.set(null);
        reviewed.set(0);
        cardCount.set(0);
        nextDue.set(null);
        Instant now = clock.instant();
        queue.run(cards -> new Found(cards.dueCards(newArticleId, now), cards.cards(newArticleId)), found -> {
            if (mine != generation) {
                return;
            }
            session.addAll(found.due());
            ahead(found.all());
            loading.set(false);
            next(false);
        }, () -> loading.set(false));
    }

    /**
     * The titles of the article's sections, once they are read (a session opened from the Library reads its article
     * in the background); ignored when another article's session has begun since.
     */
    public void setSectionTitles(String forArticle, Map<String, String> titles) {
        if (forArticle.equals(articleId)) {
            sectionTitles.set(Map.copyOf(titles));
        }
    }

    public ReadOnlyObjectProperty<Map<String, String>> sectionTitlesProperty() {
        return sectionTitles.getReadOnlyProperty();
    }

    /** What the card shown asks: a section note's card asks about its section, by its title. */
    public String prompt(Card shown) {
        return shown.prompt(sectionTitles.get().get(shown.sectionId()));
    }

    public void showAnswer() {
        if (canShowAnswer.get()) {
            answerShown.set(true);
        }
    }

    /** Grades the card shown (its answer must be showing), saves the review, and shows the next card. */
    public void grade(Grade grade) {
        if (!canGrade.get()) {
            return;
        }
        Card current = card.get();
        Instant now = clock.instant();
        CardSchedule after = schedulers.get().review(current.schedule(), grade, now);
        Card done = current.withSchedule(after);
        Review review = schedulers.get().record(current.id(), current.schedule(), after, grade);
        queue.run(cards -> {
            cards.recordReview(done, review);
            return null;
        }, ignored -> { });
        reviewed.set(reviewed.get() + 1);
        if (after.isLearning()) { // on a step of minutes: it comes back in this sitting, as in Anki
            session.addLast(done);
        }
        next(true);
    }

    /** Deletes the card shown, with its history, and goes on to the next. */
    public void deleteCard() {
        Card current = card.get();
        if (current == null) {
            return;
        }
        queue.run(cards -> {
            cards.deleteCard(current.id());
            return null;
        }, ignored -> { });
        session.removeIf(c -> c.id().equals(current.id()));
        next(true);
    }

    /** Shows the next card; with none left after a review or a deletion, looks again at what is coming. */
    private void next(boolean changed) {
        Card shown = session.poll();
        answerShown.set(false);
        card.set(shown);
        remaining.set(session.size() + (shown == null ? 0 : 1));
        Map<Grade, Duration> next = shown == null ? Map.of() : schedulers.get().intervals(shown.schedule(), clock.instant());
        for (Grade g : Grade.values()) {
            intervals.get(g).set(shown == null ? g.label() : g.label() + "\n" + Intervals.label(next.get(g)));
        }
        if (shown == null && changed) {
            lookAhead();
        }
    }

    /** With nothing left to review: how many cards the article has, and when the next is due (after saved reviews). */
    private void lookAhead() {
        long mine = generation;
        String article = articleId;
        queue.run(cards -> cards.cards(article), all -> {
            if (mine == generation) {
                ahead(all);
            }
        });
    }

    private void ahead(List<Card> all) {
        cardCount.set(all.size());
        nextDue.set(all.stream().map(c -> c.schedule().due()).min(Instant::compareTo).orElse(null));
    }

    /** What opening a session reads: the cards due now, and all the article's cards. */
    private record Found(List<Card> due, List<Card> all) {}

    /** The card shown, or null when the session is over (or has none). */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty answerShownProperty() {
        return answerShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Cards left in this session, the one shown included. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** Reviews done in this session. */
    public ReadOnlyIntegerProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    /** With nothing left to review: how many cards the article has (0 until known). */
    public ReadOnlyIntegerProperty cardCountProperty() {
        return cardCount.getReadOnlyProperty();
    }

    /** With nothing left to review: when the article's next card is due, or null if it has none (or not known yet). */
    public ReadOnlyObjectProperty<Instant> nextDueProperty() {
        return nextDue.getReadOnlyProperty();
    }

    /** The time the session sees as now (for saying when the next card is due). */
    public Instant now() {
        return clock.instant();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** A grade button's text: the grade and the interval it would give, as "Good\n2 d". */
    public ReadOnlyStringProperty intervalLabelProperty(Grade grade) {
        return intervals.get(grade).getReadOnlyProperty();
    }

    public BooleanBinding canShowAnswerProperty() {
        return canShowAnswer;
    }

    public BooleanBinding canGradeProperty() {
        return canGrade;
    }

    /** Nothing left to review (and not loading). */
    public BooleanBinding finishedProperty() {
        return finished;
    }

    public String articleId() {
        return articleId;
    }

    /** The cards still to come after the one shown, for tests. */
    List<Card> upcoming() {
        return List.copyOf(session);
    }
}
