package app.margin.model.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A review card made from an annotation (a highlight or a section note). It belongs to its annotation by
 * {@link #noteId()}; the passage and note are kept with the card as well, so that it still reads whole after its
 * highlight is deleted and the reader chose to keep it.
 *
 * @param id        stable id (a UUID)
 * @param noteId    the annotation it was made from
 * @param articleId the article it belongs to
 * @param sectionId the annotation's section
 * @param kind      basic or cloze
 * @param question  for a basic card, the question the reader typed; empty to ask with the note itself
 * @param quote     the highlighted passage; empty for a section note
 * @param noteText  the annotation's note
 * @param hidden    for a cloze card, the ranges of {@link #quote()} hidden on the front, sorted, not overlapping
 * @param schedule  where it stands in its reviews
 * @param created     when it was made (UTC)
 * @param updated     when its text last changed (UTC)
 * @param noteTags    the annotation's tags, as the card last saw them
 * @param noteUpdated when the annotation last changed (UTC), or {@code null} if not known (its annotation gone)
 */
public record Card(String id, String noteId, String articleId, String sectionId, CardKind kind, String question,
                   String quote, String noteText, List<ClozeRange> hidden, CardSchedule schedule, Instant created,
                   Instant updated, List<String> noteTags, Instant noteUpdated) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        question = question == null ? "" : question;
        quote = quote == null ? "" : quote;
        noteText = noteText == null ? "" : noteText;
        hidden = checked(hidden == null ? List.of() : hidden, quote.length());
        noteTags = noteTags == null ? List.of() : List.copyOf(noteTags);
        if (kind == CardKind.CLOZE && hidden.isEmpty()) {
            throw new IllegalArgumentException("A cloze card hides at least one range of its passage");
        }
    }

    /** A card as it was made, before it has been read back with its annotation. */
    public Card(String id, String noteId, String articleId, String sectionId, CardKind kind, String question,
                String quote, String noteText, List<ClozeRange> hidden, CardSchedule schedule, Instant created,
                Instant updated) {
        this(id, noteId, articleId, sectionId, kind, question, quote, noteText, hidden, schedule, created, updated,
                List.of(), null);
    }

    private static List<ClozeRange> checked(List<ClozeRange> ranges, int length) {
        List<ClozeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(null);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).end() > length) {
                throw new IllegalArgumentException("A hidden range ends past the passage: " + sorted.get(i));
            }
            if (i > 0 && sorted.get(i).start() < sorted.get(i - 1).end()) {
                throw new IllegalArgumentException("Hidden ranges overlap: " + sorted.get(i - 1) + ", " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** A new basic card, due at once. */
    public static Card basic(String id, String noteId, String articleId, String sectionId, String question,
                             String quote, String noteText, Instant now) {
        return new Card(id, noteId, articleId, sectionId, CardKind.BASIC, question, quote, noteText, List.of(),
                CardSchedule.fresh(now), now, now);
    }

    /** A new cloze card hiding {@code hidden} of {@code quote}, due at once. */
    public static Card cloze(String id, String noteId, String articleId, String sectionId, String quote,
                             String noteText, List<ClozeRange> hidden, Instant now) {
        return new Card(id, noteId, articleId, sectionId, CardKind.CLOZE, "", quote, noteText, hidden,
                CardSchedule.fresh(now), now, now);
    }

    public Card withSchedule(CardSchedule next) {
        return new Card(id, noteId, articleId, sectionId, kind, question, quote, noteText, hidden, next, created,
                updated, noteTags, noteUpdated);
    }

    /** The card with its annotation's current passage and note (after the note was edited or re-anchored). */
    public Card withAnnotation(String newSectionId, String newQuote, String newNoteText) {
        return withAnnotation(newSectionId, newQuote, newNoteText, noteTags, noteUpdated);
    }

    /** The card with its annotation as it is now: passage, note, tags, and when the annotation last changed. */
    public Card withAnnotation(String newSectionId, String newQuote, String newNoteText, List<String> tags,
                               Instant annotationUpdated) {
        // A cloze card's hidden ranges are offsets into its passage: it keeps its own if the passage changed.
        String quoteNow = kind == CardKind.CLOZE && !quote.equals(newQuote) ? quote : newQuote;
        return new Card(id, noteId, articleId, newSectionId, kind, question, quoteNow, newNoteText, hidden, schedule,
                created, updated, tags, annotationUpdated);
    }

    /** When what the card shows last changed: the later of its own change and its annotation's. */
    public Instant changed() {
        return noteUpdated != null && noteUpdated.isAfter(updated) ? noteUpdated : updated;
    }

    /** A section note's card: no passage, only the note on the section. */
    public boolean isOnSection() {
        return quote.isBlank();
    }

    /** What the front asks: the typed question, else the note; a card with neither asks for the passage. */
    public String prompt() {
        if (!question.isBlank()) {
            return question;
        }
        return noteText.isBlank() ? "Recall the passage." : noteText;
    }

    /**
     * What the front asks, knowing the title of the card's section: a section note's card without a typed question
     * asks about its section (its note is the answer), as the exports' fronts do; other cards as {@link #prompt()}.
     */
    public String prompt(String sectionTitle) {
        if (question.isBlank() && isOnSection() && sectionTitle != null && !sectionTitle.isBlank()) {
            return sectionTitle;
        }
        return prompt();
    }

    /** The passage cut where the front hides words: hidden and shown pieces in reading order. */
    public List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (ClozeRange r : hidden) {
            if (r.start() > at) {
                out.add(new Piece(quote.substring(at, r.start()), false));
            }
            out.add(new Piece(quote.substring(r.start(), r.end()), true));
            at = r.end();
        }
        if (at < quote.length() || out.isEmpty()) {
            out.add(new Piece(quote.substring(at), false));
        }
        return out;
    }

    /** A stretch of the passage, hidden on a cloze card's front or not. */
    public record Piece(String text, boolean hidden) {}
}
