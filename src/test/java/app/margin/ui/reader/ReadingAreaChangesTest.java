package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading area's own plain-text changes (which do not spell out a whole book's text): the caret and the
 * selection still follow every change, style-only changes are not text changes, and a change's text is there when
 * asked for.
 */
class ReadingAreaChangesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Replaces {@code [from, to)} with {@code text} through the document, in the area's own paragraph style. */
    private static <P> void insert(GenericStyledArea<P, String, Collection<String>> area, int from, int to, String text) {
        area.getContent().replace(from, to, ReadOnlyStyledDocument.fromString(text, area.getInitialParagraphStyle(),
                List.of(), area.getSegOps()));
    }

    @Test
    void theCaretAndTheSelectionFollowChangesAsInRichTextFxsOwnArea() throws Exception {
        int[][] after = WaitForAsyncUtils.asyncFx(() -> {
            List<GenericStyledArea<?, String, Collection<String>>> areas = List.of(new ReadingArea(), new StyleClassedTextArea());
            int[][] result = new int[2][];
            for (int i = 0; i < 2; i++) {
                GenericStyledArea<?, String, Collection<String>> area = areas.get(i);
                area.replaceText("hello world, and more words");
                area.selectRange(20, 25);
                // Through the document, as changes the area did not make itself: its caret and selection follow.
                insert(area, 0, 0, "a long prefix, ");
                insert(area, 30, 35, "");
                result[i] = new int[] {area.getSelection().getStart(), area.getSelection().getEnd(),
                        area.getCaretPosition()};
            }
            return result;
        }).get(10, TimeUnit.SECONDS);

        assertThat(after[0]).isEqualTo(after[1]);
        // Moved on by the 15 characters put in before it, then back by the 5 taken out before it.
        assertThat(after[0]).containsExactly(30, 35, 35);
    }

    @Test
    void aChangeReportsItsLengthsAndGivesItsTextOnlyWhenAsked() throws Exception {
        List<PlainTextChange> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ReadingArea area = new ReadingArea();
            area.replaceText("first text");
            area.multiPlainChanges().subscribe(seen::addAll);
            area.replaceText(0, 5, "second");
            // The same text with another style is no text change.
            area.setStyle(0, 6, List.of("title"));
        }).get(10, TimeUnit.SECONDS);

        assertThat(seen).singleElement().satisfies(change -> {
            assertThat(change).isInstanceOf(LazyPlainTextChange.class);
            assertThat(change.getPosition()).isZero();
            assertThat(change.getNetLength()).isEqualTo(1);
            assertThat(change.getRemovalEnd()).isEqualTo(5);
            assertThat(change.getInsertionEnd()).isEqualTo(6);
            assertThat(change.getRemoved()).isEqualTo("first");
            assertThat(change.getInserted()).isEqualTo("second");
        });
    }

    @Test
    void aReplacementWithTheSameTextIsNoChange() throws Exception {
        List<PlainTextChange> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ReadingArea area = new ReadingArea();
            area.replaceText("same words");
            area.multiPlainChanges().subscribe(seen::addAll);
            area.replaceText(0, 4, "same");
        }).get(10, TimeUnit.SECONDS);

        assertThat(seen).isEmpty();
    }
}
