package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OutlineEntry's hand-written equals and hashCode mean what a record's own would: equal parts, equal entries. */
class OutlineEntryTest {

    private static OutlineEntry entry(String id, String title, int block, OutlineEntry... children) {
        return new OutlineEntry(id, title, block, List.of(children));
    }

    @Test
    void entriesWithEqualPartsAreEqualAndHashAlike() {
        OutlineEntry a = entry("s1", "One", 3, entry("s1a", "Inner", 4));
        OutlineEntry b = entry("s1", "One", 3, entry("s1a", "Inner", 4));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isEqualTo(a);
    }

    @Test
    void anyPartThatDiffersMakesThemDiffer() {
        OutlineEntry a = entry("s1", "One", 3, entry("s1a", "Inner", 4));

        assertThat(a).isNotEqualTo(entry("s2", "One", 3, entry("s1a", "Inner", 4)));
        assertThat(a).isNotEqualTo(entry("s1", "Two", 3, entry("s1a", "Inner", 4)));
        assertThat(a).isNotEqualTo(entry("s1", "One", 5, entry("s1a", "Inner", 4)));
        assertThat(a).isNotEqualTo(entry("s1", "One", 3, entry("s1a", "Inner", 9)));
        assertThat(a).isNotEqualTo(entry("s1", "One", 3));
        assertThat(a).isNotEqualTo(null);
        assertThat(a).isNotEqualTo("s1");
    }

    @Test
    void aMissingTitleIsComparedLikeAnyOther() {
        assertThat(entry("s1", null, 0)).isEqualTo(entry("s1", null, 0)).hasSameHashCodeAs(entry("s1", null, 0));
        assertThat(entry("s1", null, 0)).isNotEqualTo(entry("s1", "One", 0));
    }
}
