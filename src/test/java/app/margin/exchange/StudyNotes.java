package app.margin.exchange;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.article.ContentHash;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Section;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The study notes a student might take on the bundled article: two section notes, three highlights, a bookmark. */
final class StudyNotes {

    static final String ARTICLE = "/articles/us-russia-military-talks.json";
    static final String DIALOGUE = "understanding-the-us-russia-military-dialogue";
    static final String UKRAINE = "ukraine-the-central-point-of-discussion";
    static final String DE_ESCALATION = "de-escalation-efforts-and-stability";
    /** The day the sheet is exported, in UTC. */
    static final Clock EXPORT_CLOCK = Clock.fixed(Instant.parse("2025-03-04T18:00:00Z"), ZoneOffset.UTC);

    private static final Instant MONDAY = Instant.parse("2025-03-03T09:12:45.123456789Z");

    final Article article;
    final ArticleLayout layout;
    final String hash;

    StudyNotes() throws ArticleException {
        this.article = new ArticleReader().readBundled(ARTICLE);
        this.layout = ArticleLayout.of(article);
        this.hash = ContentHash.of(article);
    }

    List<Note> notes() {
        return List.of(
                sectionNote("note-dialogue", DIALOGUE,
                        "Main argument: the military-to-military channel is a safety valve that stays open even "
                                + "when politics is frozen. It manages risk; it does not settle political disputes "
                                + "(that is the diplomats' job).",
                        List.of("exam", "week-3"), MONDAY),
                sectionNote("note-ukraine", UKRAINE,
                        "Two readings of the same war:\n"
                                + "- Russia: NATO expansion as a security threat\n"
                                + "- US: international law and sovereignty\n\n"
                                + "Seminar question: can deconfliction work when trust is this low?",
                        List.of("exam", "seminar"), MONDAY.plusSeconds(600)),
                highlight("hl-goal", DIALOGUE, "The primary goal, no matter how chilly the political relations "
                                + "might be, is to maintain a professional, military-to-military channel of "
                                + "communication.", HighlightColor.YELLOW,
                        "Thesis of the article. Quote this in the essay.", List.of("essay"), MONDAY.plusSeconds(60)),
                highlight("hl-valve", DIALOGUE, "Think of it as a crucial safety valve in an incredibly tense "
                                + "global environment.", HighlightColor.GREEN, "", List.of(), MONDAY.plusSeconds(30)),
                highlight("hl-tactical", UKRAINE, "a tactical error on the battlefield doesn't become a strategic "
                                + "catastrophe for the world", HighlightColor.BLUE,
                        "Tactical vs strategic: compare with the Cuban Missile Crisis (week 2 reading).",
                        List.of("week-3", "cold-war"), MONDAY.plusSeconds(900)));
    }

    List<Bookmark> bookmarks() {
        Anchor start = passage(DE_ESCALATION, "Indeed, a major component of these discussions");
        return List.of(new Bookmark("bm-stopped", article.id(), hash, start, "Stopped here, finish before Thursday",
                MONDAY.plusSeconds(1200), MONDAY.plusSeconds(1200)));
    }

    Note sectionNote(String id, String sectionId, String text, List<String> tags, Instant when) {
        return new Note(id, article.id(), hash, NoteKind.SECTION, Anchor.section(sectionId), null, text, tags,
                when, when);
    }

    Note highlight(String id, String sectionId, String quote, HighlightColor color, String text, List<String> tags,
            Instant when) {
        return new Note(id, article.id(), hash, NoteKind.HIGHLIGHT, passage(sectionId, quote), color, text, tags,
                when, when);
    }

    /** An anchor on the first place {@code quote} appears in the section's first paragraph. */
    Anchor passage(String sectionId, String quote) {
        String paragraph = section(sectionId).paragraphs().get(0);
        int at = paragraph.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + sectionId + ": " + quote);
        }
        return Anchor.passage(sectionId, 0, paragraph, at, at + quote.length());
    }

    private Section section(String id) {
        return article.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
