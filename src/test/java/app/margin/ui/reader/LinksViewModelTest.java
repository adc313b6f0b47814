package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A note reference's popover: the whole note, from its first paragraph to where the next note or the body starts. */
class LinksViewModelTest {

    private final ReaderViewModel reader = new ReaderViewModel();

    /** Lead paragraphs with their forms and code blocks, as an importer would make them. */
    private static final class Lead {
        final List<String> texts = new ArrayList<>();
        final Map<Integer, ParagraphForm> forms = new HashMap<>();
        final Set<Integer> code = new java.util.HashSet<>();

        Lead add(String text, ParagraphForm form) {
            if (form != null) {
                forms.put(texts.size(), form);
            }
            texts.add(text);
            return this;
        }

        Lead code(String text, ParagraphForm form) {
            code.add(texts.size());
            return add(text, form);
        }

        ArticleLayout layout() {
            return ArticleLayout.of(new Article("notes", "Notes", null, null, null, texts, List.of(), false, null,
                    code, forms));
        }
    }

    private static ParagraphForm note(String id, String marker, Span... spans) {
        return new ParagraphForm(Role.NOTE, 0, marker, ParagraphForm.Align.START, List.of(spans), null,
                id == null ? List.of() : List.of(id), null, false);
    }

    private static ParagraphForm referring(String text, String... ids) {
        List<Span> refs = new ArrayList<>();
        for (String id : ids) {
            int at = text.indexOf(id.substring(1));
            refs.add(new Span(at, at + 1, Span.Style.NOTE_REF, "#" + id));
        }
        return ParagraphForm.PLAIN.withSpans(refs);
    }

    private static int block(ArticleLayout layout, String start) {
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no block starts with " + start);
    }

    /** Clicks the note reference that is character {@code at} of block {@code b}. */
    private LinksViewModel.NoteRequest click(ArticleLayout layout, int b, int at) {
        reader.show(layout);
        Span ref = reader.links().linkAt(b, at);
        assertThat(ref).as("a note reference at %d of block %d", at, b).isNotNull();
        assertThat(reader.links().follow(b, at, ref)).isTrue();
        return reader.links().noteRequestProperty().get();
    }

    private static ArticleLayout threeParagraphNoteThenAnotherThenBody() {
        String body = "A claim1 and another2.";
        return new Lead()
                .add(body, referring(body, "n1", "n2"))
                .add("Body between.", null)
                .add("The first note opens with emphasis.", note("n1", "1", new Span(24, 32, Span.Style.EMPHASIS)))
                .add("Its second paragraph.", note(null, null))
                .add("An item of its list.", note(null, "•"))
                .add("The second note.", note("n2", "2"))
                .add("Body after the notes.", null)
                .layout();
    }

    @Test
    void aNoteOfThreeParagraphsShowsExactlyItsThreeNotTheNextNote() {
        ArticleLayout layout = threeParagraphNoteThenAnotherThenBody();
        int b = block(layout, "A claim");

        LinksViewModel.NoteRequest request = click(layout, b, 7);

        assertThat(request.noteBlock()).isEqualTo(block(layout, "The first note"));
        assertThat(request.noteText()).isEqualTo(
                "The first note opens with emphasis.\n\nIts second paragraph.\n\n• An item of its list.");
    }

    /** A review's finding: a note that no mark points at (no id) ran on into the popover of the note before it. */
    @Test
    void aNoteEndsWhereTheNextNumberedNoteStartsEvenWithoutAnId() {
        String body = "A claim1.";
        ArticleLayout layout = new Lead()
                .add(body, referring(body, "n1"))
                .add("The first note.", note("n1", "1"))
                .add("Its second paragraph.", note(null, null))
                .add("A note nothing points at.", note(null, "2"))
                .layout();

        LinksViewModel.NoteRequest request = click(layout, block(layout, "A claim"), 7);

        assertThat(request.noteText()).isEqualTo("The first note.\n\nIts second paragraph.");
    }

    @Test
    void aNoteOfOneParagraphFollowedByBodyTextIsThatParagraphAlone() {
        ArticleLayout layout = threeParagraphNoteThenAnotherThenBody();

        LinksViewModel.NoteRequest request = click(layout, block(layout, "A claim"), 20);

        assertThat(request.noteBlock()).isEqualTo(block(layout, "The second note."));
        assertThat(request.noteText()).isEqualTo("The second note.");
    }

    @Test
    void aNoteOfManyParagraphsIsCutAfterTwentyWithAnEllipsis() {
        String body = "A claim1.";
        Lead lead = new Lead().add(body, referring(body, "n1")).add("The note begins.", note("n1", null));
        for (int i = 2; i <= 30; i++) {
            lead.add("Paragraph " + i + ".", note(null, null));
        }
        ArticleLayout layout = lead.add("Body after.", null).layout();

        LinksViewModel.NoteRequest request = click(layout, block(layout, "A claim"), 7);

        String[] shown = request.noteText().split("\n\n");
        assertThat(shown).hasSize(NoteParagraphs.PARAGRAPHS).startsWith("The note begins.", "Paragraph 2.");
        assertThat(shown[shown.length - 1]).isEqualTo("Paragraph 20.…");
        assertThat(request.noteBlock()).as("Go to Note still goes to the note's start")
                .isEqualTo(block(layout, "The note begins."));
    }

    @Test
    void aNoteLongerThanTheCharacterCapIsCutThereWithAnEllipsis() {
        String body = "A claim1.";
        String words = "A sentence of the long note. ".repeat(120); // 3,480 characters a paragraph
        ArticleLayout layout = new Lead().add(body, referring(body, "n1"))
                .add(words.strip(), note("n1", null)).add(words.strip(), note(null, null))
                .add("Body after.", null).layout();

        LinksViewModel.NoteRequest request = click(layout, block(layout, "A claim"), 7);

        String text = request.noteText();
        assertThat(text.replace("\n\n", "").length()).isEqualTo(NoteParagraphs.CHARACTERS + 1);
        assertThat(text).endsWith("…").startsWith(words.strip() + "\n\nA sentence");
    }

    @Test
    void theNotesParagraphsKeepTheirMarksTheirListMarkersAndTheirCode() {
        String body = "A claim1.";
        ArticleLayout layout = new Lead().add(body, referring(body, "n1"))
                .add("The note with emphasis.", note("n1", "1", new Span(14, 22, Span.Style.EMPHASIS)))
                .add("An item of its list.", note(null, "•"))
                .code("closes: #123", note(null, null))
                .add("Body after.", null).layout();

        List<LinksViewModel.NoteParagraph> note = click(layout, block(layout, "A claim"), 7).note();

        assertThat(note).containsExactly(
                new LinksViewModel.NoteParagraph(null, "The note with emphasis.",
                        List.of(new Span(14, 22, Span.Style.EMPHASIS)), false),
                new LinksViewModel.NoteParagraph("•", "An item of its list.", List.of(), false),
                new LinksViewModel.NoteParagraph(null, "closes: #123", List.of(), true));
    }

    @Test
    void aSpanCutByTheCapEndsWhereTheTextIsCut() {
        String body = "A claim1.";
        String text = "x".repeat(NoteParagraphs.CHARACTERS - 10) + " and *code that runs past the cap*";
        int code = text.indexOf('*');
        ArticleLayout layout = new Lead().add(body, referring(body, "n1"))
                .add(text, note("n1", null, new Span(code, text.length(), Span.Style.CODE)))
                .layout();

        LinksViewModel.NoteParagraph shown = click(layout, block(layout, "A claim"), 7).note().get(0);

        assertThat(shown.text()).hasSize(NoteParagraphs.CHARACTERS + 1).endsWith(" and *code…");
        assertThat(shown.spans()).containsExactly(new Span(code, NoteParagraphs.CHARACTERS, Span.Style.CODE));
    }

    @Test
    void aReferenceToABodyParagraphShowsThatParagraphAlone() {
        String body = "A claim1.";
        ArticleLayout layout = new Lead().add(body, referring(body, "n1"))
                .add("A body paragraph a reference points at.", ParagraphForm.PLAIN.withIds(List.of("n1")))
                .add("A note paragraph after it.", note(null, null))
                .layout();

        assertThat(click(layout, block(layout, "A claim"), 7).noteText())
                .isEqualTo("A body paragraph a reference points at.");
    }

    /** Found by a new user: the status bar read "mailto:debian-policy%40lists.debian.org". */
    @Test
    void aMailLinkSaysWhomItWritesTo() {
        LinksViewModel links = new LinksViewModel(reader, () -> null);

        assertThat(links.describe(new Span(0, 4, Span.Style.LINK, "mailto:debian-policy%40lists.debian.org")))
                .isEqualTo("E-mail to debian-policy@lists.debian.org");
        assertThat(links.describe(new Span(0, 4, Span.Style.LINK, "MAILTO:a@b.org?subject=Hi%20there")))
                .isEqualTo("E-mail to a@b.org");
        assertThat(links.describe(new Span(0, 4, Span.Style.LINK, "https://www.debian.org/intro/free")))
                .isEqualTo("https://www.debian.org/intro/free");
        assertThat(LinksViewModel.mailAddress("https://example.org/mailto:x")).isNull();
    }

    /** Found by a new user: hovering a citation said only "Go to: References", not which entry. */
    @Test
    void aLinkToAnEntryOfAListSaysWhichEntry() {
        Span cite = new Span(4, 7, Span.Style.LINK, "#ref1");
        ArticleLayout layout = new Lead()
                .add("See [1] for the package.", new ParagraphForm(Role.BODY, 0, null, ParagraphForm.Align.START,
                        List.of(cite), null, List.of(), null, false))
                .add("Braams, Johannes: Babel, a multilingual package.", new ParagraphForm(Role.LIST_ITEM, 0, "[1]",
                        ParagraphForm.Align.START, List.of(), null, List.of("ref1"), null, false))
                .layout();
        reader.show(layout);

        assertThat(reader.links().describe(cite)).isEqualTo("Go to: [1] Braams, Johannes: Babel, a multilingual package.");
    }
}
