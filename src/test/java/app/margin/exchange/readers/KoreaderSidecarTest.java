package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KoreaderSidecarTest {

    /** As KOReader's dump() writes it: sorted keys, %q strings (a newline is a backslash and a newline). */
    static final String NEWER = """
            -- we can read Lua syntax here!
            return {
                ["annotations"] = {
                    [1] = {
                        ["chapter"] = "Chapter \\"One\\"",
                        ["color"] = "green",
                        ["datetime"] = "2026-12-07 10:20:31",
                        ["drawer"] = "lighten",
                        ["note"] = "first line\\
            second line",
                        ["page"] = "/body/DocFragment[2]/body/p[3]/text().0",
                        ["pos0"] = "/body/DocFragment[2]/body/p[3]/text().0",
                        ["pos1"] = "/body/DocFragment[2]/body/p[3]/text().41",
                        ["text"] = "Caf\\195\\169 words with a tab\\there",
                    },
                    [2] = {
                        ["chapter"] = "Chapter Two",
                        ["datetime"] = "2026-12-07 11:00:00",
                        ["page"] = "/body/DocFragment[3]/body/p[1]/text().0",
                        ["text"] = "in Chapter Two",
                    },
                },
                ["doc_props"] = {
                    ["authors"] = "Ann Author",
                    ["title"] = "The Book",
                },
                ["percent_finished"] = 0.25,
                ["summary"] = { ["status"] = "reading", },
            }
            """;

    static final String OLDER = """
            return {
                ["bookmarks"] = {
                    [1] = {
                        ["datetime"] = "2019-05-01 09:00:00",
                        ["highlighted"] = true,
                        ["notes"] = "old words",
                        ["page"] = 12,
                        ["pos0"] = "/body/p[4]/text().0",
                        ["pos1"] = "/body/p[4]/text().9",
                        ["text"] = "a note on old words",
                    },
                    [2] = {
                        ["datetime"] = "2019-05-01 09:05:00",
                        ["highlighted"] = true,
                        ["notes"] = "plain words",
                        ["page"] = 13,
                        ["pos0"] = "/body/p[5]/text().0",
                        ["text"] = "Page 13 plain words @ 2019-05-01 09:05:00",
                    },
                    [3] = {
                        ["datetime"] = "2019-05-02 09:00:00",
                        ["notes"] = "Page 20",
                        ["page"] = 20,
                    },
                },
                ["highlight"] = {
                    [12] = {
                        [1] = {
                            ["chapter"] = "Old Chapter",
                            ["datetime"] = "2019-05-01 09:00:00",
                            ["drawer"] = "lighten",
                            ["pos0"] = "/body/p[4]/text().0",
                            ["pos1"] = "/body/p[4]/text().9",
                            ["text"] = "old words",
                        },
                    },
                    [13] = {
                        [1] = {
                            ["datetime"] = "2019-05-01 09:05:00",
                            ["drawer"] = "underscore",
                            ["pos0"] = "/body/p[5]/text().0",
                            ["text"] = "plain words",
                        },
                    },
                },
                ["doc_props"] = { ["title"] = "Old Book", ["authors"] = "Old Author" },
            }
            """;

    @Test
    void readsTheNewerAnnotationsTable() throws ReaderException {
        ForeignFile file = KoreaderSidecar.read(NEWER, "metadata.epub.lua", ZoneOffset.UTC);
        assertThat(file.highlights()).hasSize(2);
        ForeignHighlight h = file.highlights().get(0);
        assertThat(h.kind()).isEqualTo(ForeignHighlight.Kind.HIGHLIGHT);
        assertThat(h.book()).isEqualTo("The Book");
        assertThat(h.author()).isEqualTo("Ann Author");
        assertThat(h.chapter()).isEqualTo("Chapter \"One\"");
        assertThat(h.note()).isEqualTo("first line\nsecond line");
        assertThat(h.text()).isEqualTo("Caf\u00e9 words with a tab\there");
        assertThat(h.color()).isEqualTo("green");
        assertThat(h.time()).isEqualTo(Instant.parse("2026-12-07T10:20:31Z"));
        assertThat(file.highlights().get(1).kind()).isEqualTo(ForeignHighlight.Kind.BOOKMARK);
    }

    @Test
    void readsTheOlderHighlightAndBookmarksTables() throws ReaderException {
        ForeignFile file = KoreaderSidecar.read(OLDER, "metadata.epub.lua", ZoneOffset.UTC);
        assertThat(file.highlights()).extracting(ForeignHighlight::kind, ForeignHighlight::text,
                ForeignHighlight::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.HIGHLIGHT, "old words",
                        "a note on old words"),
                org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.HIGHLIGHT, "plain words", ""),
                org.assertj.core.groups.Tuple.tuple(ForeignHighlight.Kind.BOOKMARK, "Page 20", ""));
        assertThat(file.highlights().get(0).chapter()).isEqualTo("Old Chapter");
    }

    @Test
    void anEmptyAnnotationsTableBesideTheOlderOnesLeavesThemRead() throws ReaderException {
        ForeignFile file = KoreaderSidecar.read(OLDER.replaceFirst("return \\{", "return {\n [\"annotations\"] = {},"),
                "metadata.epub.lua", ZoneOffset.UTC);
        assertThat(file.highlights()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "os.execute('rm -rf ~') return {}",
            "return { [\"a\"] = io.open(\"/etc/passwd\") }",
            "return {\n [\"a\"] = function() return 1 end }",
            "return {\n\n [\"a\"] = (function() while true do end end)() }",
            "while true do end",
            "local t = {} return t",
            "return { [\"a\"] = 1 + 2 }",
            "return { [\"a\"] = \"x\" .. \"y\" }",
            "return {} os.exit()"})
    void codeIsRefusedNeverRun(String source) {
        assertThatThrownBy(() -> KoreaderSidecar.read(source, "metadata.epub.lua", ZoneOffset.UTC))
                .isInstanceOf(ReaderException.class)
                .hasMessageStartingWith("metadata.epub.lua is not a KOReader sidecar: it holds code at line ")
                .hasMessageContaining("never runs them");
    }

    @Test
    void codeIsNamedByItsLine() {
        assertThatThrownBy(() -> KoreaderSidecar.read("return {\n [\"a\"] = 1,\n [\"b\"] = os.execute(\"x\")\n}",
                "m.lua", ZoneOffset.UTC)).hasMessageStartingWith("m.lua is not a KOReader sidecar: it holds code at"
                + " line 3");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "return " + "{".repeat(100_000) + "}".repeat(100_000);
        assertThatThrownBy(() -> KoreaderSidecar.read(deep, "m.lua", ZoneOffset.UTC))
                .hasMessageContaining("nest more than 64 deep");
    }

    @Test
    void wrongTypesLeaveTheGoodPartsAndNameTheRest() throws ReaderException {
        ForeignFile file = KoreaderSidecar.read("""
                return { ["annotations"] = {
                  [1] = "not a table",
                  [2] = { ["text"] = { 1, 2 }, ["pos0"] = "x" },
                  [3] = { ["text"] = 'good one', ["pos0"] = "y", ["datetime"] = 12 },
                } }""", "m.lua", ZoneOffset.UTC);
        assertThat(file.highlights()).singleElement().extracting(ForeignHighlight::text).isEqualTo("good one");
        assertThat(file.skipped()).containsExactly("m.lua: annotations[1] is not a table; it was left out.",
                "m.lua: annotations[2].text is not text; it was left out.");
    }

    @Test
    void literalsOfEveryKindReadAsData() throws LuaLiteral.LuaProblem {
        Map<Object, Object> t = LuaLiteral.read("return { 1, -2.5e3, 0x1F, true, false, nil, 'q\\'', [[long\n]],"
                + " key = \"v\\u{48}\\x41\\65\", [10] = {}; }");
        assertThat(t).containsEntry(1L, 1L).containsEntry(2L, -2500.0).containsEntry(3L, 31L)
                .containsEntry(4L, true).containsEntry(5L, false).containsEntry(7L, "q'").containsEntry(8L, "long\n")
                .containsEntry("key", "vHAA").containsEntry(10L, Map.of()).doesNotContainKey(6L);
    }

    @Test
    void anUnendedStringIsNamedByItsLine() {
        assertThatThrownBy(() -> KoreaderSidecar.read("return {\n [\"a\"] = \"open", "m.lua", ZoneOffset.UTC))
                .hasMessage("m.lua is not a KOReader sidecar: a string that starts at line 2 never ends.");
    }
}
