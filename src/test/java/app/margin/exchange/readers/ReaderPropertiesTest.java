package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bytes, the readers answer with marks, named parts left out, or one refusal: never a crash. */
class ReaderPropertiesTest {

    @Provide
    Arbitrary<String> luaish() {
        return Arbitraries.strings().withChars("{}[]=,;\"'\\-.0123456789xe \n\treturnilfasdo()").ofMaxLength(200)
                .map(s -> "return " + s);
    }

    @Property(tries = 500)
    void theLuaReaderReadsOrRefusesNeverCrashes(@ForAll("luaish") String source) {
        try {
            Map<Object, Object> table = LuaLiteral.read(source);
            assertThat(table).isNotNull();
        } catch (LuaLiteral.LuaProblem e) {
            assertThat(e.getMessage()).contains("line ");
        }
    }

    @Property(tries = 200)
    void aStringWrittenAsKoreaderWritesItReadsBackTheSame(@ForAll String text) throws Exception {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) { // as Lua's %q: backslash, quote and newline escaped, control bytes as \ddd
            q.append(c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c == '\n' ? "\\\n" : c == '\r' ? "\\r"
                    : c == 0 ? "\\000" : String.valueOf(c)); // %q writes NUL as \000: a digit may follow
        }
        q.append('"');
        Map<Object, Object> t = LuaLiteral.read("return { [\"text\"] = " + q + " }");
        assertThat(t.get("text")).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> clippingish() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("==========", "=====", "", "\uFEFFBook (Author)", "Titel (Autor)",
                        "- Your Highlight on page 1 | Location 1-2 | Added on Monday, 7 December 2026 10:20:31",
                        "- Your Note on page 1 | Location 2 | Added on Monday, 7 December 2026 10:20:31",
                        "- Ihre Markierung auf Seite 2 | Position 3-4 | Hinzugefügt am Montag, 7. Dezember 2026 10:20:31",
                        "- 12ページ|位置No. 180-182のハイライト |作成日: 2026年12月7日月曜日 10:20:31",
                        "- Your Bookmark | Added on", "- | |"),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(40).map(lines -> String.join("\r\n", lines));
    }

    @Property(tries = 500)
    void theClippingsReaderTakesAnyTextAndNamesWhatItLeavesOut(@ForAll("clippingish") String content)
            throws Exception {
        List<ForeignHighlight> marks = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        KindleClippings.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "c.txt",
                ZoneOffset.UTC, marks::add, skipped::add);
        assertThat(skipped).allSatisfy(s -> assertThat(s).startsWith("c.txt, line "));
        long headers = content.lines().filter(l -> KindleHeader.looksLikeHeader(l.strip())).count();
        assertThat(marks.size()).isLessThanOrEqualTo((int) headers);
    }

    @org.junit.jupiter.api.Test
    void anEscapeTakesAsciiDigitsOnlyAndADigitAfterItIsText() throws Exception {
        // U+0665 is a digit to Character.isDigit, but not to Lua: "\1" then the Arabic-Indic five as text.
        Map<Object, Object> t = LuaLiteral.read("return { [\"text\"] = \"\\1\u0665\\0009\" }");
        assertThat(t.get("text")).isEqualTo("\u0001\u0665\u00009");
    }
}
