package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path HOME = Path.of("/home/reader");

    @Test
    void parsesArticleDataDirAndSmokeInBothSpellings() throws Exception {
        Options o = Options.parse(List.of("--article", "a.json", "--data-dir=/tmp/d", "--smoke"));

        assertThat(o.article()).contains(Path.of("a.json"));
        assertThat(o.dataDir()).contains(Path.of("/tmp/d"));
        assertThat(o.smoke()).isTrue();
    }

    @Test
    void unknownOptionOrMissingValueIsRefused() {
        assertThatThrownBy(() -> Options.parse(List.of("--bogus"))).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> Options.parse(List.of("--article"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("--data-dir", "--smoke"))).hasMessageContaining("needs a value");
    }

    @Test
    void dataDirPrefersTheOptionThenMarginDataDirThenXdg() throws Exception {
        Options withOption = Options.parse(List.of("--data-dir", "/x"));
        Options plain = Options.parse(List.of());
        Map<String, String> env = Map.of("MARGIN_DATA_DIR", "/m", "XDG_DATA_HOME", "/xdg");

        assertThat(withOption.resolveDataDir(env, HOME)).isEqualTo(Path.of("/x"));
        assertThat(plain.resolveDataDir(env, HOME)).isEqualTo(Path.of("/m"));
        assertThat(plain.resolveDataDir(Map.of("XDG_DATA_HOME", "/xdg"), HOME)).isEqualTo(Path.of("/xdg/margin"));
        assertThat(plain.resolveDataDir(Map.of(), HOME)).isEqualTo(Path.of("/home/reader/.local/share/margin"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecAsks() throws Exception {
        assertThat(Options.parse(List.of()).resolveDataDir(Map.of("XDG_DATA_HOME", "rel"), HOME))
                .isEqualTo(Path.of("/home/reader/.local/share/margin"));
    }

    @Test
    void exportTakesAFileAndAFormat() throws Exception {
        Options o = Options.parse(List.of("--export", "sheet.md", "--format", "JSON"));

        assertThat(o.export()).contains(Path.of("sheet.md"));
        assertThat(o.format()).contains("json");
        assertThatThrownBy(() -> Options.parse(List.of("--export", "x", "--format", "pdf"))).hasMessageContaining("pdf");
        assertThatThrownBy(() -> Options.parse(List.of("--format", "md"))).hasMessageContaining("--export");
    }

    @Test
    void aFileGivenWithoutAnOptionIsTheArticleAsOpenWithPassesIt() throws Exception {
        assertThat(Options.parse(List.of("/home/reader/book.epub")).article()).contains(Path.of("/home/reader/book.epub"));
        assertThat(Options.parse(List.of("--data-dir", "/d", "page.html")).article()).contains(Path.of("page.html"));
        assertThatThrownBy(() -> Options.parse(List.of("a.md", "b.md"))).hasMessageContaining("One file at a time");
        assertThatThrownBy(() -> Options.parse(List.of("--article", "a.md", "b.md"))).hasMessageContaining("b.md");
    }

    @Test
    void dataDirFollowsEachSystemsConvention() throws Exception {
        Options plain = Options.parse(List.of());
        Path winHome = Path.of("/Users/reader");

        assertThat(plain.resolveDataDir(Map.of("APPDATA", "/AppData/Roaming"), winHome, "Windows 11"))
                .isEqualTo(Path.of("/AppData/Roaming", "Margin"));
        assertThat(plain.resolveDataDir(Map.of(), winHome, "Windows 10"))
                .isEqualTo(winHome.resolve("AppData/Roaming/Margin"));
        assertThat(plain.resolveDataDir(Map.of("XDG_DATA_HOME", "/xdg"), winHome, "Mac OS X"))
                .isEqualTo(Path.of("/Users/reader/Library/Application Support/Margin"));
        assertThat(plain.resolveDataDir(Map.of("XDG_DATA_HOME", "/xdg"), HOME, "Linux")).isEqualTo(Path.of("/xdg/margin"));
        assertThat(plain.resolveDataDir(Map.of("MARGIN_DATA_DIR", "/m", "APPDATA", "/a"), winHome, "Windows 11"))
                .isEqualTo(Path.of("/m"));
    }

    @Test
    void helpListsEveryFormatAnArticleCanBe() {
        assertThat(Options.USAGE).contains(".json", ".md", ".txt", ".html", ".htm", ".xhtml", ".epub", ".pdf");
    }
}
