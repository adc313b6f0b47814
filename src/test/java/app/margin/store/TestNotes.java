package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Builders for the records the store tests write. */
final class TestNotes {

    static final String PARAGRAPH = "Die Würde des Menschen ist unantastbar. 人間の尊厳は不可侵である — ça va? 🙂 done.";

    private TestNotes() {}

    static Clock day(String isoDate) {
        return Clock.fixed(Instant.parse(isoDate + "T09:30:00Z"), ZoneOffset.UTC);
    }

    static Note sectionNote(String id, String articleId, Instant created) {
        return new Note(id, articleId, "hash-1", NoteKind.SECTION, Anchor.section("history"), null,
                "A thought about the whole section.", List.of(), created, created);
    }

    static Note highlight(String id, String articleId, Instant created) {
        return new Note(id, articleId, "hash-1", NoteKind.HIGHLIGHT, Anchor.passage("s-2", 3, PARAGRAPH, 4, 22),
                HighlightColor.GREEN, "Ünïcödé note ✓ 日本語 𝄞", List.of("law", "dignity", "日本"), created,
                created.plusNanos(123_456_789));
    }

    static Bookmark bookmark(String id, String articleId, Instant created) {
        return new Bookmark(id, articleId, "hash-1", Anchor.passage("s-1", 0, PARAGRAPH, 0, 16), "Start here",
                created, created);
    }
}
