package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.AnchorResolver;
import app.margin.model.MarginLink;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown sheet whose every note links back into Margin. */
class LinkedSheetTest {

    @Test
    void everyNoteEndsWithALinkThatOpensItInMargin() throws Exception {
        StudyNotes study = new StudyNotes();
        StudySheet.Sheet sheet = StudySheet.of(study.layout, study.notes(), study.bookmarks(),
                new AnchorResolver(study.layout)::resolve, StudyNotes.EXPORT_CLOCK);
        String linked = StudySheet.linkedMarkdown(sheet);

        assertThat(linked).contains("Tags: #essay · ", " · [Open in Margin](margin://open?article="
                + "us-russia-military-talks&note=hl-goal)", "**Section note** · Tags: #exam #week-3 · ");
        Matcher links = Pattern.compile("\\[Open in Margin\\]\\(([^)]+)\\)").matcher(linked);
        List<String> ids = links.results().map(m -> MarginLink.parse(m.group(1)).orElseThrow().noteId()).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(study.notes().stream().map(n -> n.id()).toList());
        assertThat(StudySheet.markdown(sheet)).doesNotContain("margin://")
                .isEqualTo(linked.replaceAll(" · \\[Open in Margin\\]\\([^)]+\\)", ""));
    }
}
