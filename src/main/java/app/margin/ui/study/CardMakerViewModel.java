package app.margin.ui.study;

import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.ClozeWords;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Making a card from one annotation: basic (the reader's question, or the note, on the front) or, for a
 * highlight, cloze (the words the reader picks hidden on the front).
 */
public final class CardMakerViewModel {

    private final Note note;
    private final CardQueue queue;
    private final Clock clock;
    private final List<ClozeWords.Word> words;
    private final ObjectProperty<CardKind> kind = new SimpleObjectProperty<>(this, "kind", CardKind.BASIC);
    private final StringProperty question = new SimpleStringProperty(this, "question", "");
    private final ObservableSet<Integer> hidden = FXCollections.observableSet();
    private final BooleanBinding canSave;

    public CardMakerViewModel(Note note, CardQueue queue, Clock clock) {
        this.note = note;
        this.queue = queue;
        this.clock = clock;
        this.words = note.kind() == NoteKind.HIGHLIGHT ? ClozeWords.of(passage()) : List.of();
        this.canSave = Bindings.createBooleanBinding(() -> kind.get() == CardKind.BASIC
                ? !note.text().isBlank() || !question.get().isBlank() || !passage().isBlank()
                : !hidden.isEmpty(), kind, question, hidden);
        if (!words.isEmpty()) {
            kind.set(CardKind.CLOZE);
        }
    }

    public Note note() {
        return note;
    }

    /** Whether a cloze card can be made: only a highlight has a passage to hide words of. */
    public boolean canCloze() {
        return !words.isEmpty();
    }

    public List<ClozeWords.Word> words() {
        return words;
    }

    public ObjectProperty<CardKind> kindProperty() {
        return kind;
    }

    public StringProperty questionProperty() {
        return question;
    }

    /** Indices into {@link #words()} of the words the cloze card hides. */
    public ObservableSet<Integer> hiddenWords() {
        return hidden;
    }

    public void toggleWord(int index) {
        if (!hidden.remove(index)) {
            hidden.add(index);
        }
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The card as chosen now. */
    public Card card() {
        String id = UUID.randomUUID().toString();
        String section = note.anchor().sectionId();
        return kind.get() == CardKind.CLOZE && canCloze()
                ? Card.cloze(id, note.id(), note.articleId(), section, passage(), note.text(),
                        ClozeWords.ranges(words, hidden), clock.instant())
                : Card.basic(id, note.id(), note.articleId(), section, question.get().strip(), passage(),
                        note.text(), clock.instant());
    }

    /** Saves the card; {@code onSaved} is told on the FX thread once it is committed. */
    public void save(Consumer<Card> onSaved) {
        if (!canSave.get()) {
            return;
        }
        Card card = card();
        queue.run(cards -> {
            cards.saveCard(card);
            return card;
        }, onSaved);
    }

    private String passage() {
        return note.anchor().quote() == null ? "" : note.anchor().quote().exact();
    }
}
