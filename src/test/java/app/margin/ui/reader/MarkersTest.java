package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What hangs left of a paragraph: a list item's marker, and a note's number when its text does not hold it. */
class MarkersTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static ParagraphForm form(ParagraphForm.Role role, String marker) {
        return new ParagraphForm(role, 0, marker, ParagraphForm.Align.START, List.of(), null, List.of(), null, false);
    }

    private static String markerOf(ParagraphForm form, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node room = new Markers(null).nodeFor(form, () -> text);
            if (room == null) {
                return null;
            }
            return ((Parent) room).getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
        }).get(10, TimeUnit.SECONDS);
    }

    /** Found by a new user: the notes at the end of a Debian Policy chapter had no numbers to tell them apart. */
    @Test
    void aNoteShowsItsNumberBesideItUnlessItsTextStartsWithIt() throws Exception {
        assertThat(markerOf(form(ParagraphForm.Role.NOTE, "1"), "Rationale:")).isEqualTo("1");
        assertThat(markerOf(form(ParagraphForm.Role.NOTE, "[2]"), "See the changelog.")).isEqualTo("[2]");
        // A PDF's note keeps its mark in its text: not twice.
        assertThat(markerOf(form(ParagraphForm.Role.NOTE, "3"), "3 Submitted to the journal.")).isEmpty();
        assertThat(markerOf(form(ParagraphForm.Role.NOTE, null), "A note's second paragraph.")).isEmpty();
        // A text that only starts with the same digits keeps its number (a review's finding).
        assertThat(markerOf(form(ParagraphForm.Role.NOTE, "1"), "1984 figures, as counted.")).isEqualTo("1");
    }

    @Test
    void aListItemShowsItsMarkerAndABodyParagraphHasNoRoom() throws Exception {
        assertThat(markerOf(form(ParagraphForm.Role.LIST_ITEM, "•"), "An item")).isEqualTo("•");
        assertThat(markerOf(form(ParagraphForm.Role.BODY, "1"), "Text")).isNull();
    }
}
