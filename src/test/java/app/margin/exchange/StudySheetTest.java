package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.TextQuote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudySheetTest {

    private static final String GOLDEN = """
            # US-Russia Military Talks: Ukraine & Global Security Focus

            *by Jhon Lennon*

            Study notes exported from Margin on 2025-03-04.

            ## Understanding the US-Russia Military Dialogue

            **Section note** · Tags: #exam #week-3 · 2025-03-03 09:12

            Main argument: the military-to-military channel is a safety valve that stays open even when politics \
            is frozen. It manages risk; it does not settle political disputes (that is the diplomats' job).

            > The primary goal, no matter how chilly the political relations might be, is to maintain a \
            professional, military-to-military channel of communication.

            Thesis of the article. Quote this in the essay.

            *Yellow highlight · Tags: #essay · 2025-03-03 09:13*

            > Think of it as a crucial safety valve in an incredibly tense global environment.

            *Green highlight · 2025-03-03 09:13*

            ## Ukraine: The Central Point of Discussion

            **Section note** · Tags: #exam #seminar · 2025-03-03 09:22

            Two readings of the same war:\\
            \\- Russia: NATO expansion as a security threat\\
            \\- US: international law and sovereignty

            Seminar question: can deconfliction work when trust is this low?

            > a tactical error on the battlefield doesn't become a strategic catastrophe for the world

            Tactical vs strategic: compare with the Cuban Missile Crisis (week 2 reading).

            *Blue highlight · Tags: #week-3 #cold-war · 2025-03-03 09:27*

            ## De-escalation Efforts and Stability

            - Bookmark: Stopped here, finish before Thursday
            """;

    private StudyNotes study;

    @BeforeEach
    void setUp() throws Exception {
        study = new StudyNotes();
    }

    private String sheet(List<Note> notes) {
        return StudySheet.markdown(study.layout, notes, study.bookmarks(), new AnchorResolver(study.layout)::resolve,
                StudyNotes.EXPORT_CLOCK);
    }

    @Test
    void sheetListsSectionsInReadingOrderWithQuotesNotesAndTags() {
        assertThat(sheet(study.notes())).isEqualTo(GOLDEN);
    }

    @Test
    void exampleInDocsIsTheCurrentOutput() throws Exception {
        assertThat(Files.readString(StudySheetExample.OUTPUT, StandardCharsets.UTF_8))
                .isEqualTo(StudySheetExample.sheet());
    }

    @Test
    void aHighlightsQuoteKeepsTheEmphasisCodeAndOutsideLinksOfItsPassageButNotItsLinksToOtherFiles() {
        String text = "The zlib constant Z_OK means done; see the manual or the table below.";
        app.margin.model.ParagraphForm form = app.margin.model.ParagraphForm.PLAIN.withSpans(List.of(
                new app.margin.model.Span(4, 8, app.margin.model.Span.Style.EMPHASIS),
                new app.margin.model.Span(18, 22, app.margin.model.Span.Style.CODE),
                new app.margin.model.Span(39, 49, app.margin.model.Span.Style.LINK, "https://zlib.net/manual.html"),
                new app.margin.model.Span(53, 58, app.margin.model.Span.Style.LINK, "#table"),
                // a path beside the page the article was read from means nothing in a sheet kept elsewhere
                new app.margin.model.Span(59, 64, app.margin.model.Span.Style.LINK, "appendix.html#t1")));
        app.margin.model.Article article = new app.margin.model.Article("rich", "Rich", null, null, null,
                List.of(text), List.of(), false, null, java.util.Set.of(), java.util.Map.of(0, form));
        app.margin.model.ArticleLayout layout = app.margin.model.ArticleLayout.of(article);
        int at = text.indexOf("zlib");
        Note note = new Note("hl-rich", "rich", "hash", app.margin.model.NoteKind.HIGHLIGHT,
                Anchor.passage(app.margin.model.Article.LEAD_SECTION_ID, 0, text, at, text.length()),
                HighlightColor.YELLOW, "", List.of(), Instant.parse("2025-03-03T10:00:00Z"),
                Instant.parse("2025-03-03T10:00:00Z"));

        String sheet = StudySheet.markdown(layout, List.of(note), List.of(), new AnchorResolver(layout)::resolve,
                java.time.Clock.fixed(Instant.parse("2025-03-04T10:00:00Z"), ZoneId.of("UTC")));

        assertThat(sheet).contains("> *zlib* constant `Z_OK` means done; see [the manual](https://zlib.net/manual.html)"
                + " or the table below.");
    }

    @Test
    void anAnnotationOfAPagedSourceCitesItsPage() {
        app.margin.model.Section body = new app.margin.model.Section("s", "Results",
                List.of("First page words.", "Second page holds the finding."), List.of(), java.util.Set.of(),
                java.util.Map.of(0, app.margin.model.ParagraphForm.PLAIN.withPage("11"),
                        1, app.margin.model.ParagraphForm.PLAIN.withPage("12")));
        app.margin.model.Article paper = new app.margin.model.Article("paper", "Paper", null, null, null, List.of(),
                List.of(body), false);
        app.margin.model.ArticleLayout layout = app.margin.model.ArticleLayout.of(paper);
        String text = body.paragraphs().get(1);
        Note note = new Note("hl-page", "paper", "hash", app.margin.model.NoteKind.HIGHLIGHT,
                Anchor.passage("s", 1, text, 17, 29), HighlightColor.BLUE, "", List.of(),
                Instant.parse("2025-03-03T10:00:00Z"), Instant.parse("2025-03-03T10:00:00Z"));
        app.margin.model.Bookmark mark = new app.margin.model.Bookmark("bm-page", "paper", "hash",
                Anchor.passage("s", 0, body.paragraphs().get(0), 0, 5), "Start", Instant.parse("2025-03-03T10:00:00Z"),
                Instant.parse("2025-03-03T10:00:00Z"));

        String sheet = StudySheet.markdown(layout, List.of(note), List.of(mark), new AnchorResolver(layout)::resolve,
                java.time.Clock.fixed(Instant.parse("2025-03-04T10:00:00Z"), ZoneId.of("UTC")));

        assertThat(sheet).contains("> the finding\n\n*Blue highlight · p. 12 · 2025-03-03 10:00*",
                "- Bookmark: Start (p. 11)");
    }

    @Test
    void leadAnnotationsGoUnderTheTitleAsTheOutlineNamesItBeforeTheSections() {
        List<Note> notes = new ArrayList<>(study.notes());
        String lead = study.article.lead().get(0);
        int at = lead.indexOf("high-stakes poker game");
        notes.add(new Note("hl-lead", study.article.id(), study.hash, app.margin.model.NoteKind.HIGHLIGHT,
                Anchor.passage(app.margin.model.Article.LEAD_SECTION_ID, 0, lead, at, at + 22), HighlightColor.PINK,
                "Nice metaphor", List.of(), Instant.parse("2025-03-03T10:00:00Z"),
                Instant.parse("2025-03-03T10:00:00Z")));

        String sheet = sheet(notes);

        assertThat(sheet).contains("## US-Russia Military Talks: Ukraine & Global Security Focus\n\n> high-stakes poker game\n\nNice metaphor\n\n"
                + "*Pink highlight · 2025-03-03 10:00*\n\n## Understanding the US-Russia Military Dialogue");
    }

    @Test
    void headingLevelsStepOneAtATimeWhenOnlySubsectionsHaveNotes() {
        Note note = study.sectionNote("note-deep", StudyNotes.DE_ESCALATION, "Deep.", List.of(),
                Instant.parse("2025-03-03T12:00:00Z"));
        StudySheet.Part deep = new StudySheet.Part("deep", "A subsection", 2, false, List.of(note), List.of(),
                List.of());
        StudySheet.Part deeper = new StudySheet.Part("deeper", "Its own part", 4, false, List.of(note), List.of(),
                List.of());
        StudySheet.Part sibling = new StudySheet.Part("sibling", "Its sibling", 2, false, List.of(note), List.of(),
                List.of());
        StudySheet.Part top = new StudySheet.Part("top", "Next chapter", 1, false, List.of(note), List.of(),
                List.of());

        String sheet = StudySheet.markdown(new StudySheet.Sheet("Book", "", java.time.LocalDate.of(2025, 3, 4),
                ZoneId.of("UTC"), List.of(deep, deeper, sibling, top)));

        // Two subsections of one chapter that has no notes are siblings on the sheet too (2.5 and 2.6 were ## and ###).
        assertThat(sheet.lines().filter(l -> l.startsWith("#")))
                .containsExactly("# Book", "## A subsection", "### Its own part", "## Its sibling", "## Next chapter");
    }

    @Test
    void annotationWhoseQuoteIsGoneAppearsUnderUnplaced() {
        List<Note> notes = new ArrayList<>(study.notes());
        notes.add(new Note("hl-gone", study.article.id(), study.hash, app.margin.model.NoteKind.HIGHLIGHT,
                new Anchor(StudyNotes.UKRAINE, new TextQuote("a sentence the author has since deleted", "", ""),
                        0, 10, 49),
                HighlightColor.PURPLE, "Was this important?", List.of("check"),
                Instant.parse("2025-03-03T11:00:00Z"), Instant.parse("2025-03-03T11:00:00Z")));
        notes.add(study.sectionNote("note-removed", "a-removed-section", "Summary of a section that was cut.",
                List.of(), Instant.parse("2025-03-03T11:05:00Z")));

        String sheet = sheet(notes);

        assertThat(sheet).endsWith("## Unplaced\n\n"
                + "These no longer match the article's text, so they are listed with what they quoted.\n\n"
                + "Note on the section \"a-removed-section\", which is no longer in the article:\n\n"
                + "**Section note** · 2025-03-03 11:05\n\nSummary of a section that was cut.\n\n"
                + "> a sentence the author has since deleted\n\nWas this important?\n\n"
                + "*Purple highlight · Tags: #check · 2025-03-03 11:00*\n");
        assertThat(sheet.indexOf("## Unplaced")).isGreaterThan(sheet.indexOf("## De-escalation"));
    }

    @Test
    void lineStartsThatMarkdownWouldReadAsStructureAreEscaped() {
        Note tricky = study.sectionNote("note-tricky", StudyNotes.DE_ESCALATION,
                "# not a heading\n> not a quote\n- not a list\n1. not numbered\n```\n    indented\nplain * star",
                List.of("under_score"), Instant.parse("2025-03-03T12:00:00Z"));

        assertThat(StudySheet.noteMarkdown(tricky, ZoneId.of("UTC"))).isEqualTo("""
                **Section note** · Tags: #under\\_score · 2025-03-03 12:00

                \\# not a heading\\
                \\> not a quote\\
                \\- not a list\\
                1\\. not numbered\\
                \\```\\
                indented\\
                plain * star
                """);
    }

    @Test
    void multiLineQuotePrefixesEveryLine() {
        Note highlight = new Note("hl-multi", study.article.id(), study.hash, app.margin.model.NoteKind.HIGHLIGHT,
                new Anchor(StudyNotes.UKRAINE, new TextQuote("first line\n#second line\n\nnew paragraph", "", ""),
                        0, 0, 10),
                HighlightColor.YELLOW, "", List.of(), Instant.parse("2025-03-03T12:00:00Z"),
                Instant.parse("2025-03-03T12:00:00Z"));

        assertThat(StudySheet.noteMarkdown(highlight, ZoneId.of("Europe/Berlin"))).isEqualTo(
                "> first line\\\n> \\#second line\n>\n> new paragraph\n\n*Yellow highlight · 2025-03-03 13:00*\n");
    }
}
